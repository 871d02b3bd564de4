import type { OAuthError } from "@cloud-sdks/auth";

/**
 * What to do about each login error specs/cloudcherry.yaml documents for `POST /api/LoginToken`.
 * The client itself always sends a well-formed password grant without client credentials, so the
 * last three point at something between it and CloudCherry (a proxy, a custom `fetch`, a wrong `baseUrl`).
 */
export const CLOUDCHERRY_TOKEN_ERROR_REMEDIES: Readonly<Record<string, string>> = {
  invalid_grant: "Check the username and the password or API key (an API key from GetAPIKey/GenerateAPIKey stands in for the password).",
  unsupported_grant_type: "The login must send grant_type=password; check that `baseUrl` points at CloudCherry and that no proxy or custom fetch rewrites the body.",
  invalid_request: "The login must be form-encoded (application/x-www-form-urlencoded); check that no proxy or custom fetch changes its body or Content-Type.",
  invalid_client: "CloudCherry registers no OAuth clients: the login must carry no client_id or client_secret; check any proxy or custom fetch that adds them.",
};

/** The remedy `createAuth` appends to an OAuthError's message, if there is one for its code. */
export function describeCloudcherryTokenError(error: OAuthError): string | undefined {
  return CLOUDCHERRY_TOKEN_ERROR_REMEDIES[error.error];
}
