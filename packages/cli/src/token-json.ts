import type { TokenSet } from "@cloud-sdks/auth";

/**
 * The token set in the provider's own token-response shape (RFC 6749 section 5.1 names plus the
 * provider's extra fields), so `jq -r .access_token` works as it would on the raw response.
 * `expires_in` counts from now: a cached token has less left than it was issued with.
 */
export function tokenResponseJson(tokens: TokenSet, now: number): Record<string, unknown> {
  return {
    ...tokens.extra,
    access_token: tokens.accessToken,
    token_type: tokens.tokenType,
    expires_in: Math.max(0, Math.floor((tokens.expiresAt - now) / 1000)),
    ...(tokens.refreshToken === undefined ? {} : { refresh_token: tokens.refreshToken }),
    ...(tokens.scope === undefined ? {} : { scope: tokens.scope }),
  };
}
