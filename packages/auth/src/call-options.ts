import { ConfigError } from "./errors.js";

/** What one request may change of the client's transport settings. */
export interface CallOptions {
  /** Per-attempt timeout of this request, instead of `timeoutMs`. */
  readonly timeoutMs?: number | undefined;
  /** Retries of this request after the first attempt, instead of `retry.maxRetries`; 0 turns them off. */
  readonly maxRetries?: number | undefined;
}

// Keyed by the Request itself rather than a header or property: nothing leaks onto the wire, and
// an entry goes away with its Request.
const byRequest = new WeakMap<Request, CallOptions>();

/**
 * Marks `request` with call options that `auth.fetch` applies to it alone; returns the same
 * Request. Throws ConfigError naming a value that cannot work.
 */
export function withCallOptions(request: Request, options: CallOptions): Request {
  const { timeoutMs, maxRetries } = options;
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new ConfigError("timeoutMs", "must be a positive number of milliseconds for this call.");
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigError("maxRetries", "must be a whole number >= 0 for this call (0 turns retries off).");
  }
  if (timeoutMs !== undefined || maxRetries !== undefined) byRequest.set(request, { timeoutMs, maxRetries });
  return request;
}

/** The options set on `request` by {@link withCallOptions}, if any. */
export function callOptionsOf(request: Request): CallOptions | undefined {
  return byRequest.get(request);
}
