/** Stable codes so callers can branch without parsing messages. */
export const AUTH_REDIS_INVALID_OPTIONS = "AUTH_REDIS_INVALID_OPTIONS";
export const AUTH_REDIS_LOCK_TIMEOUT = "AUTH_REDIS_LOCK_TIMEOUT";

export type RedisTokenStoreErrorCode = typeof AUTH_REDIS_INVALID_OPTIONS | typeof AUTH_REDIS_LOCK_TIMEOUT;

export class RedisTokenStoreError extends Error {
  override name = "RedisTokenStoreError";
  readonly code: RedisTokenStoreErrorCode;
  /** For AUTH_REDIS_INVALID_OPTIONS: the option at fault, e.g. `keyPrefix` or `lock.ttlMs`. */
  readonly option: string | undefined;

  constructor(code: RedisTokenStoreErrorCode, message: string, option?: string) {
    super(`@cloud-sdks/auth-redis: ${message}`);
    this.code = code;
    this.option = option;
  }
}

/**
 * Another process held the refresh lock for longer than `lock.waitMs`. Thrown instead of
 * refreshing anyway because a second refresh would spend a rotating refresh token twice.
 */
export class RedisLockTimeoutError extends RedisTokenStoreError {
  override name = "RedisLockTimeoutError";
  readonly waitedMs: number;

  constructor(waitedMs: number) {
    super(
      AUTH_REDIS_LOCK_TIMEOUT,
      `another process held the token refresh lock for more than ${waitedMs} ms; ` +
        `retry the call, or raise lock.waitMs (or set lock.onTimeout: "run" if your refresh tokens do not rotate)`,
    );
    this.waitedMs = waitedMs;
  }
}
