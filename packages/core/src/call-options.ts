import { ConfigError, withCallOptions } from "@cloud-sdks/auth";
import { ClientConfigError } from "./client-options.js";

/**
 * Options of one call, next to `params` and `body` in openapi-fetch's init:
 * `client.GET(path, { params, timeout: 5_000, maxRetries: 0, signal })`. `signal` is fetch's own.
 */
export interface CallOptions {
  /** Per-attempt timeout of this call in ms, instead of the client's `timeoutMs`. */
  readonly timeout?: number;
  /** Retries of this call after the first attempt, instead of `retry.maxRetries`; 0 turns them off. */
  readonly maxRetries?: number;
}

const AUTH_NAMES: Readonly<Record<string, keyof CallOptions>> = { timeoutMs: "timeout", maxRetries: "maxRetries" };

/**
 * Wraps the authenticated fetch so the call options reach it. openapi-fetch copies init keys that
 * a Request lacks onto the Request it builds, which is how `timeout` and `maxRetries` travel here;
 * `withCallOptions` then hands them to @cloud-sdks/auth for this Request alone.
 */
export function callOptionsFetch(provider: string, fetch: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return (request) => {
    const { timeout, maxRetries } = request as Request & CallOptions;
    if (timeout === undefined && maxRetries === undefined) return fetch(request);
    try {
      return fetch(withCallOptions(request, { timeoutMs: timeout, maxRetries }));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const option = AUTH_NAMES[error.option] ?? error.option;
      throw new ClientConfigError(provider, option, option === "timeout" ? "must be a positive number of milliseconds" : "must be a whole number >= 0 (0 turns retries off)");
    }
  };
}
