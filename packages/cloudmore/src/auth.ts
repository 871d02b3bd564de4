import { createAuth, passwordGrant, type Auth } from "@cloud-sdks/auth";
import { rememberSentSecrets, requireOptions, requireString, resolveBaseUrl, sharedAuthOptions } from "@cloud-sdks/core";
import { CLOUDMORE_HOSTS, type CloudmoreOptions } from "./options.js";
import { describeCloudmoreTokenError } from "./remedies.js";

/** The token layer and the origin both it and the API client use. */
export interface CloudmoreAuthSetup {
  readonly auth: Auth;
  readonly baseUrl: string;
}

/** Validates the options and builds the password-grant token layer on the chosen host. */
export function setUpCloudmoreAuth(options: CloudmoreOptions): CloudmoreAuthSetup {
  requireOptions("cloudmore", options, "{ clientId, clientSecret, username, password } or cloudmoreOptionsFromEnv()");
  const baseUrl = resolveBaseUrl("cloudmore", CLOUDMORE_HOSTS, options);
  const credentials = passwordGrant({
      tokenUrl: `${baseUrl}/connect/token`,
      username: requireString("cloudmore", "username", options.username),
      password: requireString("cloudmore", "password", options.password),
      clientId: requireString("cloudmore", "clientId", options.clientId),
      clientSecret: requireString("cloudmore", "clientSecret", options.clientSecret),
      clientAuthentication: options.clientAuthentication ?? "client_secret_post",
      scope: "api",
  });
  const auth = createAuth({
    ...sharedAuthOptions(options),
    // Lets an ApiError scrub the bearer its request carried, the password and the client secret.
    fetch: rememberSentSecrets(options.fetch, () => credentials.secrets()),
    credentials,
    apiBaseUrl: baseUrl,
    describeError: describeCloudmoreTokenError,
  });
  return { auth, baseUrl };
}

/**
 * Just the token side of Cloudmore: the password grant with client credentials and
 * `scope=api` at /connect/token; the JWT's lifetime comes from `expires_in` (or its `exp` claim).
 */
export function createCloudmoreAuth(options: CloudmoreOptions): Auth {
  return setUpCloudmoreAuth(options).auth;
}
