export { createRedisTokenStore, type RedisTokenStore } from "./store.js";
export type {
  RedisTokenStoreOptions,
  RedisLockOptions,
  RedisTokenStoreLogger,
} from "./options.js";
export type { RedisClientLike } from "./client.js";
export {
  RedisTokenStoreError,
  RedisLockTimeoutError,
  AUTH_REDIS_INVALID_OPTIONS,
  AUTH_REDIS_LOCK_TIMEOUT,
  type RedisTokenStoreErrorCode,
} from "./errors.js";
