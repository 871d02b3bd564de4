import { callOptionsOf } from "./call-options.js";
import type { AuthContext } from "./context.js";

/** As Stainless-generated SDKs: long enough for any sane API call, short enough to never hang forever. */
export const DEFAULT_API_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The per-attempt timeout of one API request: the one `withCallOptions` set on it, else
 * createAuth's `timeoutMs` (default 10 minutes).
 */
export function apiAttemptTimeoutMs(ctx: Pick<AuthContext, "timeoutMs">, request: Request): number {
  return callOptionsOf(request)?.timeoutMs ?? ctx.timeoutMs;
}
