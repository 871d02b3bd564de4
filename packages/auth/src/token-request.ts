import type { OAuth2Credentials, TokenEndpointRequest } from "./credentials.js";
import { describeUrl } from "./redact.js";
import { sendWithRetry, type ResolvedRetry } from "./retry.js";
import type { TokenSet } from "./store.js";
import { parseTokenResponse, type ExtraParser } from "./token-response.js";
import type { OAuthError } from "./errors.js";
import type { Logger } from "./logger.js";

/** Everything a token request needs besides the grant. */
export interface TokenRequestContext {
  readonly credentials: OAuth2Credentials;
  readonly fetch: typeof fetch;
  readonly retry: ResolvedRetry;
  readonly timeoutMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Headers of every request (createAuth's `headers`), below the credential's own. */
  readonly headers: readonly (readonly [string, string])[];
  readonly parseExtra?: ExtraParser<unknown> | undefined;
  readonly describeError?: ((error: OAuthError) => string | undefined) | undefined;
  readonly logger: Logger;
  readonly now: () => number;
  readonly random: () => number;
  readonly secrets: () => readonly string[];
}

/**
 * Sends one token request and parses the answer. It is a POST, but retried like an idempotent
 * request: a duplicate grant only mints a second token, and a refresh token spent twice fails
 * with invalid_grant, which falls back to the primary grant.
 */
export async function requestTokens(ctx: TokenRequestContext, request: TokenEndpointRequest, grant: string): Promise<TokenSet> {
  const headers = new Headers(request.headers);
  for (const [name, value] of ctx.headers) if (!headers.has(name)) headers.set(name, value);
  if (!headers.has("accept")) headers.set("accept", "application/json");
  headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
  const body = request.body.toString();
  const url = describeUrl(request.url);
  const obtainedAt = ctx.now();
  ctx.logger.debug?.(`@cloud-sdks/auth: requesting tokens (${grant}) from ${url}`);
  const response = await sendWithRetry({
    fetch: (signal) => ctx.fetch(request.url, { method: "POST", headers, body, redirect: "error", signal: signal ?? null }),
    retry: { ...ctx.retry, throwWhenExhausted: true },
    idempotent: true,
    url,
    timeoutMs: ctx.timeoutMs,
    signals: ctx.signal ? [ctx.signal] : [],
    now: ctx.now,
    random: ctx.random,
    onRetry: (attempt, delayMs, reason) =>
      ctx.logger.debug?.(`@cloud-sdks/auth: token request attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs)} ms`),
  });
  const { credentials } = ctx;
  const tokens = await parseTokenResponse(response, {
    obtainedAt,
    defaultExpiresInSeconds: credentials.defaultExpiresInSeconds,
    refreshTokenLifetimeSeconds: credentials.refreshTokenLifetimeSeconds,
    parseExtra: ctx.parseExtra,
    describeError: ctx.describeError,
    secrets: ctx.secrets(),
  });
  ctx.logger.debug?.(`@cloud-sdks/auth: tokens received (${grant}), valid for ${Math.round((tokens.expiresAt - obtainedAt) / 1000)} s`);
  return tokens;
}
