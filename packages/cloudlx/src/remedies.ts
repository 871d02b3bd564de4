import type { OAuthError } from "@cloud-sdks/auth";

/**
 * What to do about each token error CloudLX's token endpoints can answer. The guide documents no
 * error codes, so these follow its instructions: credentials come from the portal's API
 * Applications section, and an expired (7-day) refresh token means a new client credentials grant.
 */
export const CLOUDLX_TOKEN_ERROR_REMEDIES: Readonly<Record<string, string>> = {
  invalid_client: "Check the client ID and secret created in the CloudLX portal's API Applications section (the demo host has its own).",
  invalid_grant: "The refresh token is invalid or older than 7 days: request a new access token with the client credentials grant (createCloudlxAuth does this by itself).",
  invalid_request: "Send grant_type, client_id and client_secret (and refresh_token when refreshing) as form parameters with Accept: application/vnd.cloudlx.v1+json.",
  unsupported_grant_type: "Use grant_type=client_credentials at /api/oauth2/access-token and grant_type=refresh_token at /api/oauth2/refresh-token.",
  unauthorized_client: "The API application may not use this grant: check its settings in the CloudLX portal's API Applications section.",
};

/** The remedy `createAuth` appends to an OAuthError's message, if there is one for its code. */
export function describeCloudlxTokenError(error: OAuthError): string | undefined {
  return Object.hasOwn(CLOUDLX_TOKEN_ERROR_REMEDIES, error.error) ? CLOUDLX_TOKEN_ERROR_REMEDIES[error.error] : undefined;
}
