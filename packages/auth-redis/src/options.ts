import { AUTH_REDIS_INVALID_OPTIONS, RedisTokenStoreError } from "./errors.js";
import type { RedisClientLike } from "./client.js";

export interface RedisTokenStoreLogger {
  warn(message: string): void;
  debug?(message: string): void;
}

export interface RedisLockOptions {
  /** How long a lock lives if its holder dies; renewed while the holder is alive. Default 10 000. */
  ttlMs?: number;
  /** How long to wait for another process's lock before giving up. Default 15 000. */
  waitMs?: number;
  /** First poll delay; doubles up to 8x with jitter. Default 50. */
  retryDelayMs?: number;
  /**
   * After `waitMs`: "throw" a RedisLockTimeoutError (default, safe with rotating refresh
   * tokens) or "run" the token request anyway (fine when refresh tokens do not rotate).
   */
  onTimeout?: "throw" | "run";
}

export interface RedisTokenStoreOptions {
  /** A connected node-redis 5 client. You own it: connect, attach an "error" listener, close. */
  client?: RedisClientLike;
  /** Or a redis:// URL: the store creates, connects and (on close()) closes its own client. */
  url?: string;
  /** Default "cloud-sdks:tokens:". */
  keyPrefix?: string;
  lock?: RedisLockOptions;
  /** Serve fresh tokens from process memory without a Redis round trip. Default true. */
  localCache?: boolean;
  /** Bound on the in-process cache. Default 1000. */
  localCacheMaxEntries?: number;
  /** A Redis command slower than this counts as Redis being down. Default 1000. */
  commandTimeoutMs?: number;
  /**
   * While Redis counts as down, calls skip it and it is probed with PING at most this often
   * (one probe in flight at a time) to notice it is back. Default 1000.
   */
  probeIntervalMs?: number;
  /** Default: console.warn for warnings, no debug output. */
  logger?: RedisTokenStoreLogger;
}

export interface ResolvedOptions {
  readonly keyPrefix: string;
  readonly lockTtlMs: number;
  readonly lockWaitMs: number;
  readonly lockRetryDelayMs: number;
  readonly lockOnTimeout: "throw" | "run";
  readonly localCache: boolean;
  readonly localCacheMaxEntries: number;
  readonly commandTimeoutMs: number;
  readonly probeIntervalMs: number;
  readonly logger: RedisTokenStoreLogger;
}

export function resolveOptions(options: RedisTokenStoreOptions): ResolvedOptions {
  if ((options.client === undefined) === (options.url === undefined)) {
    throw invalid("pass exactly one of `client` (a connected node-redis client) or `url` (redis://host:port)");
  }
  if (options.url !== undefined && !/^rediss?:\/\//.test(options.url)) {
    throw invalid("`url` must start with redis:// or rediss://");
  }
  const lock = options.lock ?? {};
  const resolved: ResolvedOptions = {
    keyPrefix: options.keyPrefix ?? "cloud-sdks:tokens:",
    lockTtlMs: positive("lock.ttlMs", lock.ttlMs ?? 10_000),
    lockWaitMs: nonNegative("lock.waitMs", lock.waitMs ?? 15_000),
    lockRetryDelayMs: positive("lock.retryDelayMs", lock.retryDelayMs ?? 50),
    lockOnTimeout: lock.onTimeout ?? "throw",
    localCache: options.localCache ?? true,
    localCacheMaxEntries: positive("localCacheMaxEntries", options.localCacheMaxEntries ?? 1000),
    commandTimeoutMs: positive("commandTimeoutMs", options.commandTimeoutMs ?? 1000),
    probeIntervalMs: positive("probeIntervalMs", options.probeIntervalMs ?? 1000),
    logger: options.logger ?? { warn: (message) => console.warn(message) },
  };
  if (resolved.lockOnTimeout !== "throw" && resolved.lockOnTimeout !== "run") {
    throw invalid('`lock.onTimeout` must be "throw" or "run"');
  }
  return resolved;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw invalid(`\`${name}\` must be a positive number of milliseconds`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw invalid(`\`${name}\` must be zero or a positive number of milliseconds`);
  return value;
}

function invalid(message: string): RedisTokenStoreError {
  return new RedisTokenStoreError(AUTH_REDIS_INVALID_OPTIONS, message);
}
