import { clientCredentials, createAuth, type Auth } from "@cloud-sdks/auth";
import { ClientConfigError, rememberSentSecrets, requireOptions, requireString, resolveBaseUrl, sharedAuthOptions } from "@cloud-sdks/core";
import { CLOUDLX_HOSTS, CLOUDLX_REFRESH_TOKEN_LIFETIME_SECONDS, cloudlxMediaType, type CloudlxOptions } from "./options.js";
import { describeCloudlxTokenError } from "./remedies.js";

/** What `createCloudlxAuth` resolved the options to; the client reuses it. */
export interface CloudlxAuthSetup {
  readonly auth: Auth;
  readonly baseUrl: string;
  readonly mediaType: string;
}

/** Validates the options and builds the client-credentials token layer on the chosen host. */
export function setUpCloudlxAuth(options: CloudlxOptions): CloudlxAuthSetup {
  requireOptions("cloudlx", options, "{ clientId, clientSecret } or cloudlxOptionsFromEnv()");
  const clientId = requireString("cloudlx", "clientId", options.clientId);
  const clientSecret = requireString("cloudlx", "clientSecret", options.clientSecret);
  const apiVersion = options.apiVersion ?? 1;
  if (!Number.isInteger(apiVersion) || apiVersion < 1) {
    throw new ClientConfigError("cloudlx", "apiVersion", "must be a positive integer (1 → application/vnd.cloudlx.v1+json)");
  }
  const baseUrl = resolveBaseUrl("cloudlx", CLOUDLX_HOSTS, options);
  const mediaType = cloudlxMediaType(apiVersion);
  const credentials = clientCredentials({
      tokenUrl: `${baseUrl}/api/oauth2/access-token`,
      clientId,
      clientSecret,
      // The seed lists client_id and client_secret as form parameters of both endpoints.
      clientAuthentication: "client_secret_post",
      refresh: {
        tokenUrl: `${baseUrl}/api/oauth2/refresh-token`,
        includeClientCredentials: true,
        refreshTokenLifetimeSeconds: CLOUDLX_REFRESH_TOKEN_LIFETIME_SECONDS,
      },
  });
  const auth = createAuth({
    ...sharedAuthOptions(options),
    // Lets an ApiError scrub the bearer its request carried and the client secret.
    fetch: rememberSentSecrets(options.fetch, () => credentials.secrets()),
    credentials,
    apiBaseUrl: baseUrl,
    // The token endpoints want the vendor Accept too, and answer in it.
    headers: { accept: mediaType },
    describeError: describeCloudlxTokenError,
  });
  return { auth, baseUrl, mediaType };
}

/**
 * Just the token side of CloudLX: client credentials at /api/oauth2/access-token, refreshed at
 * /api/oauth2/refresh-token while the 7-day refresh token lives, then a new grant.
 */
export function createCloudlxAuth(options: CloudlxOptions): Auth {
  return setUpCloudlxAuth(options).auth;
}
