import type { OAuth2Credentials } from "./credentials.js";

/**
 * The store key of a credential: a SHA-256 digest of what identifies its tokens (grant, token
 * URL, client id, user, scope), so a shared store (Redis) sees neither user names nor URLs, and
 * two credentials never share tokens by accident. Secrets are not part of it.
 */
export async function tokenCacheKey(credentials: OAuth2Credentials): Promise<string> {
  const { grantType, tokenUrl, clientId = "", username = "", scope = "" } = credentials;
  const identity = JSON.stringify(["v1", grantType, tokenUrl, clientId, username, scope]);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(identity)));
  return `cloud-sdks-auth:${[...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
