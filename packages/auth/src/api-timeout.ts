import type { AuthContext } from "./context.js";

/** As Stainless-generated SDKs: long enough for any sane API call, short enough to never hang forever. */
export const DEFAULT_API_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The per-attempt timeout of one API request: createAuth's `timeoutMs` (default 10 minutes).
 * One place on purpose: a per-call override extends this function.
 */
export function apiAttemptTimeoutMs(ctx: Pick<AuthContext, "timeoutMs">, _request: Request): number {
  return ctx.timeoutMs;
}
