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
  /**
   * Clock in epoch ms for the local cache; pass createAuth's `now` here too. Default Date.now.
   * Which write wins in Redis never depends on it: that is ordered by the Redis server's clock.
   */
  now?: () => number;
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
  readonly now: () => number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isFunction = (value: unknown) => typeof value === "function";

/** Each option a wrong type would break later (or silently), checked once, named in the error. */
function checkTypes(options: RedisTokenStoreOptions): void {
  const checks: [option: string, ok: boolean, expected: string][] = [
    ["client", options.client === undefined || (isRecord(options.client) && isFunction(options.client.get) && isFunction(options.client.evalSha)), "must be a node-redis 5 client (createClient() from `redis`)"],
    ["url", options.url === undefined || typeof options.url === "string", "must be a redis:// or rediss:// URL string"],
    ["keyPrefix", options.keyPrefix === undefined || typeof options.keyPrefix === "string", 'must be a string such as "cloud-sdks:tokens:"'],
    ["lock", options.lock === undefined || isRecord(options.lock), "must be an object such as { ttlMs: 10000, waitMs: 15000 }"],
    ["localCache", options.localCache === undefined || typeof options.localCache === "boolean", "must be true or false"],
    ["logger", options.logger === undefined || (isRecord(options.logger) && isFunction(options.logger.warn) && (options.logger.debug === undefined || isFunction(options.logger.debug))), "must have a warn(message) function (and optionally debug)"],
    ["now", options.now === undefined || isFunction(options.now), "must be a function returning epoch ms"],
  ];
  for (const [option, ok, expected] of checks) if (!ok) throw invalid(`\`${option}\` ${expected}`, option);
}

export function resolveOptions(options: RedisTokenStoreOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) throw invalid("pass an options object such as { url: \"redis://localhost:6379\" }", "options");
  if ((options.client === undefined) === (options.url === undefined)) {
    throw invalid("pass exactly one of `client` (a connected node-redis client) or `url` (redis://host:port)", "client");
  }
  checkTypes(options);
  if (options.url !== undefined && !/^rediss?:\/\//.test(options.url)) {
    throw invalid("`url` must start with redis:// or rediss://", "url");
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
    now: options.now ?? Date.now,
  };
  if (resolved.lockOnTimeout !== "throw" && resolved.lockOnTimeout !== "run") {
    throw invalid('`lock.onTimeout` must be "throw" or "run"', "lock.onTimeout");
  }
  return resolved;
}

function positive(name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw invalid(`\`${name}\` must be a positive number of milliseconds`, name);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalid(`\`${name}\` must be zero or a positive number of milliseconds`, name);
  return value;
}

function invalid(message: string, option: string): RedisTokenStoreError {
  return new RedisTokenStoreError(AUTH_REDIS_INVALID_OPTIONS, message, option);
}
