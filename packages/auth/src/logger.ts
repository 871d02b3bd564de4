import { PREFIX } from "./errors.js";

/**
 * Where the package reports what it does. Messages are plain strings built only from log-safe
 * values (grant names, URLs without query strings, statuses, durations): never a token or secret.
 */
export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

/**
 * Writes one prefixed line; `message` must be built from log-safe values only. A logger that
 * throws is ignored: logging must never fail a request nor turn a background refresh into an
 * unhandled rejection.
 */
export function log(logger: Logger, level: keyof Logger, message: string): void {
  try {
    logger[level]?.(PREFIX + message);
  } catch {
    // Nowhere left to report it.
  }
}

/** createAuth's check: a logger is an object whose `debug` and `warn`, where present, are functions. */
export function isLogger(value: unknown): value is Logger {
  if (typeof value !== "object" || value === null) return false;
  const { debug, warn } = value as Record<string, unknown>;
  return (debug === undefined || typeof debug === "function") && (warn === undefined || typeof warn === "function");
}
