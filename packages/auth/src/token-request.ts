import { readCapped } from "./capped-body.js";
import type { AuthContext } from "./context.js";
import type { OAuth2Credentials, TokenEndpointRequest } from "./credentials.js";
import { log } from "./logger.js";
import { describeUrl } from "./redact.js";
import { logRetries, sendWithRetry } from "./retry.js";
import type { TokenSet } from "./store.js";
import { parseTokenResponse } from "./token-response.js";

/**
 * Sends one token request and parses the answer. It is a POST, but retried like an idempotent
 * request: a duplicate grant only mints a second token, and a refresh token spent twice fails
 * with invalid_grant, which falls back to the primary grant. `secrets` are scrubbed from
 * server-supplied error text.
 */
export async function requestTokens(
  ctx: AuthContext,
  credentials: OAuth2Credentials,
  request: TokenEndpointRequest,
  grant: string,
  secrets: readonly string[],
): Promise<TokenSet> {
  const headers = new Headers(request.headers);
  for (const [name, value] of [...ctx.headers, ["accept", "application/json"]]) if (!headers.has(name!)) headers.set(name!, value!);
  headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
  const body = request.body.toString();
  const url = describeUrl(request.url);
  const obtainedAt = ctx.now();
  const label = `token request (${grant})`;
  log(ctx.logger, "debug", `${label} to ${url}`);
  const response = await sendWithRetry({
    ...ctx,
    // The body is read inside the attempt: its timeout covers a stalled body, and a reset mid-body is retried.
    fetch: async (signal) => readCapped(await ctx.fetch(request.url, { method: "POST", headers, body, redirect: "manual", signal: signal ?? null }), signal ?? undefined),
    secrets,
    retry: { ...ctx.retry, throwWhenExhausted: true },
    idempotent: true,
    url,
    timeoutMs: ctx.tokenTimeoutMs,
    onRetry: logRetries(ctx.logger, () => label),
  });
  const tokens = await parseTokenResponse(response, { ...ctx, ...credentials, obtainedAt, secrets });
  log(ctx.logger, "debug", `${label}: tokens valid for ${Math.round((tokens.expiresAt - obtainedAt) / 1000)} s`);
  return tokens;
}
