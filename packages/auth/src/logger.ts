/**
 * Where the package reports what it does. Messages are plain strings built only from log-safe
 * values (grant names, URLs without query strings, statuses, durations): never a token or secret.
 */
export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}
