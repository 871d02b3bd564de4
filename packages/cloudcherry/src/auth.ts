import { apiKeyPasswordGrant, createAuth, httpBasic, passwordGrant, type Auth } from "@cloud-sdks/auth";
import { ClientConfigError, requireString, resolveBaseUrl, sharedAuthOptions } from "@cloud-sdks/core";
import { CLOUDCHERRY_HOSTS, type CloudcherryOptions } from "./options.js";
import { pickLoginFields, type CloudcherryLoginFields } from "./session.js";

export interface CloudcherryAuthSetup {
  readonly auth: Auth<CloudcherryLoginFields>;
  readonly baseUrl: string;
  readonly mode: "token" | "basic";
}

function credentialsOf(options: CloudcherryOptions, tokenUrl: string) {
  const username = requireString("cloudcherry", "username", options.username);
  const hasPassword = options.password !== undefined;
  const hasApiKey = options.apiKey !== undefined;
  if (hasPassword === hasApiKey) {
    throw new ClientConfigError("cloudcherry", hasPassword ? "apiKey" : "password", "and the other are exclusive: pass either `password` or `apiKey`");
  }
  const secret = hasPassword
    ? requireString("cloudcherry", "password", options.password)
    : requireString("cloudcherry", "apiKey", options.apiKey);
  const mode = options.auth ?? "token";
  if (mode === "basic") return { mode, credentials: httpBasic({ username, password: secret }) } as const;
  if (mode !== "token") throw new ClientConfigError("cloudcherry", "auth", 'must be "token" or "basic"');
  const credentials = hasPassword
    ? passwordGrant({ tokenUrl, username, password: secret })
    : apiKeyPasswordGrant({ tokenUrl, username, apiKey: secret });
  return { mode, credentials } as const;
}

export function setUpCloudcherryAuth(options: CloudcherryOptions): CloudcherryAuthSetup {
  const baseUrl = resolveBaseUrl("cloudcherry", CLOUDCHERRY_HOSTS, options);
  const { mode, credentials } = credentialsOf(options, `${baseUrl}/api/LoginToken`);
  const auth = createAuth<CloudcherryLoginFields>({
    ...sharedAuthOptions(options),
    credentials,
    apiBaseUrl: baseUrl,
    parseExtra: pickLoginFields,
  });
  return { auth, baseUrl, mode };
}

/**
 * Just the token side of CloudCherry: `grant_type=password` at /api/LoginToken with the password
 * or an API key. No refresh token: a new login before expiry or after a 401.
 */
export function createCloudcherryAuth(options: CloudcherryOptions): Auth<CloudcherryLoginFields> {
  return setUpCloudcherryAuth(options).auth;
}
