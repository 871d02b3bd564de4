import type { OAuthError } from "@cloud-sdks/auth";

/** What Cloudmore's guide tells you to do about each token error, word for word. */
export const CLOUDMORE_TOKEN_ERROR_REMEDIES: Readonly<Record<string, string>> = {
  invalid_grant: "Verify that the username and password are correct.",
  invalid_scope: "Verify that the POST parameter “scope” has the correct value.",
  unsupported_grant_type: "Verify that the POST parameter “grant_type” has the correct value.",
  invalid_client: "Verify that the POST parameters “client_secret” and “client_id” have correct values.",
};

/** The remedy `createAuth` appends to an OAuthError's message, if the guide has one for its code. */
export function describeCloudmoreTokenError(error: OAuthError): string | undefined {
  return CLOUDMORE_TOKEN_ERROR_REMEDIES[error.error];
}
