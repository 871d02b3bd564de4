import { createAuth, type Auth } from "@cloud-sdks/auth";
import { rememberSentSecrets, requireOptions, resolveBaseUrl, sharedAuthOptions } from "@cloud-sdks/core";
import { cloudcherryCredentials } from "./credentials.js";
import { CLOUDCHERRY_HOSTS, type CloudcherryAuthMode, type CloudcherryOptions } from "./options.js";
import { describeCloudcherryTokenError } from "./remedies.js";
import { pickLoginFields, type CloudcherryLoginFields } from "./session.js";

/** The token layer, the origin both it and the API client use, and the auth mode. */
export interface CloudcherryAuthSetup {
  readonly auth: Auth<CloudcherryLoginFields>;
  readonly baseUrl: string;
  readonly mode: CloudcherryAuthMode;
}

/**
 * Validates the options and builds the token layer. The 401 "Authorization has been denied"
 * handling (one new login, then one resend), proactive re-login before expiry, and 429 retries
 * with Retry-After all come from `@cloud-sdks/auth`; nothing is invalidated server-side, since
 * CloudCherry keeps earlier tokens valid until they expire.
 */
export function setUpCloudcherryAuth(options: CloudcherryOptions): CloudcherryAuthSetup {
  requireOptions("cloudcherry", options, "{ username, password } or { username, apiKey }");
  const baseUrl = resolveBaseUrl("cloudcherry", CLOUDCHERRY_HOSTS, options);
  const { mode, credentials } = cloudcherryCredentials(options, `${baseUrl}/api/LoginToken`);
  const auth = createAuth<CloudcherryLoginFields>({
    ...sharedAuthOptions(options),
    // Lets an ApiError scrub the bearer or Basic credential its request carried, and the password or API key.
    fetch: rememberSentSecrets(options.fetch, () => credentials.secrets()),
    credentials,
    apiBaseUrl: baseUrl,
    parseExtra: pickLoginFields,
    describeError: describeCloudcherryTokenError,
  });
  return { auth, baseUrl, mode };
}

/**
 * Just the token side of CloudCherry: `grant_type=password` at /api/LoginToken with the password
 * or an API key. No refresh token: a new login before expiry or after a 401.
 * `getTokens().extra` carries the typed login fields (see {@link CloudcherryLoginFields}).
 */
export function createCloudcherryAuth(options: CloudcherryOptions): Auth<CloudcherryLoginFields> {
  return setUpCloudcherryAuth(options).auth;
}
