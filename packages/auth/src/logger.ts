import { PREFIX } from "./errors.js";

/**
 * Where the package reports what it does. Messages are plain strings built only from log-safe
 * values (grant names, URLs without query strings, statuses, durations): never a token or secret.
 */
export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

/** Writes one prefixed line; `message` must be built from log-safe values only. */
export function log(logger: Logger, level: keyof Logger, message: string): void {
  logger[level]?.(PREFIX + message);
}
