import type { TokenSet, TokenStore } from "@cloud-sdks/auth";
import { createOwnedClient, type OwnedClient, type RedisClientLike } from "./client.js";
import { DistributedLock } from "./distributed-lock.js";
import { describeRedisError, RedisHealth } from "./health.js";
import { isFreshEnoughToSkipRedis, type LocalEntry, LocalTokenCache } from "./local-cache.js";
import { LocalMutex } from "./local-mutex.js";
import { resolveOptions, type RedisTokenStoreOptions } from "./options.js";
import { RedisGateway } from "./redis-gateway.js";
import { parseTokenSet, serializeTokenSet } from "./serialize.js";

export interface RedisTokenStore extends TokenStore {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Closes the client the store created from `url`; a client you passed in stays open. */
  close(): Promise<void>;
}

/** Without a refresh-token expiry, keep a remote entry locally this long as an outage fallback. */
const FALLBACK_KEEP_MS = 24 * 60 * 60 * 1000;

export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  const settings = resolveOptions(options);
  const { keyPrefix, logger } = settings;
  const health = new RedisHealth(logger);
  const local = new LocalTokenCache(settings.localCacheMaxEntries);
  const localMutex = new LocalMutex();
  /** Keys whose token request is running here: reads inside the lock must see other processes' writes. */
  const lockedKeys = new Map<string, number>();

  let owned: Promise<OwnedClient> | undefined;
  const getClient = async (): Promise<RedisClientLike> => {
    if (options.client !== undefined) return options.client;
    owned ??= createOwnedClient(options.url as string, settings.commandTimeoutMs, (error) => health.markDown(describeRedisError(error)));
    return (await owned).client;
  };
  const gateway = new RedisGateway(getClient, health, settings.commandTimeoutMs, logger);
  const lock = new DistributedLock(
    gateway,
    {
      ttlMs: settings.lockTtlMs,
      waitMs: settings.lockWaitMs,
      retryDelayMs: settings.lockRetryDelayMs,
      onTimeout: settings.lockOnTimeout,
    },
    logger,
  );

  const tokenKey = (key: string) => `${keyPrefix}${key}`;
  const lockKey = (key: string) => `${keyPrefix}lock:${key}`;

  async function writeRemote(key: string, tokens: TokenSet, ttlMs: number): Promise<boolean> {
    const result = await gateway.run("set", (client) =>
      client.set(tokenKey(key), serializeTokenSet(tokens), {
        expiration: { type: "PX", value: Math.max(1, Math.ceil(ttlMs)) },
      }),
    );
    return result.ok;
  }

  /** A token refreshed during an outage may carry the only valid (rotated) refresh token. */
  async function syncUp(key: string, entry: LocalEntry, now: number): Promise<void> {
    const synced = await writeRemote(key, entry.tokens, entry.entryExpiresAt - now);
    if (synced) local.set(key, { ...entry, unsynced: false });
  }

  return {
    async get(key) {
      const now = Date.now();
      const cached = local.get(key, now);
      if (
        cached !== undefined &&
        settings.localCache &&
        !cached.unsynced &&
        !lockedKeys.has(key) &&
        isFreshEnoughToSkipRedis(cached.tokens, now)
      ) {
        return cached.tokens;
      }

      const result = await gateway.run("get", (client) => client.get(tokenKey(key)));
      if (!result.ok) return cached?.tokens;

      const remote = typeof result.value === "string" ? parseTokenSet(result.value) : undefined;
      if (typeof result.value === "string" && remote === undefined) {
        logger.debug?.("@cloud-sdks/auth-redis: ignored a stored entry that is not a TokenSet");
      }
      if (cached?.unsynced === true && (remote === undefined || cached.tokens.obtainedAt > remote.obtainedAt)) {
        await syncUp(key, cached, now);
        return cached.tokens;
      }
      if (remote === undefined) {
        local.delete(key);
        return undefined;
      }
      const keepUntil =
        remote.refreshToken === undefined ? remote.expiresAt : (remote.refreshTokenExpiresAt ?? now + FALLBACK_KEEP_MS);
      local.set(key, { tokens: remote, entryExpiresAt: Math.max(keepUntil, remote.expiresAt), unsynced: false });
      return remote;
    },

    async set(key, tokens, ttlMs) {
      const synced = await writeRemote(key, tokens, ttlMs);
      local.set(key, { tokens, entryExpiresAt: Date.now() + ttlMs, unsynced: !synced });
    },

    async delete(key) {
      local.delete(key);
      await gateway.run("delete", (client) => client.del(tokenKey(key)));
    },

    withLock(key, fn) {
      return localMutex.run(key, () =>
        lock.withLock(lockKey(key), async () => {
          lockedKeys.set(key, (lockedKeys.get(key) ?? 0) + 1);
          try {
            return await fn();
          } finally {
            const remaining = (lockedKeys.get(key) ?? 1) - 1;
            if (remaining === 0) lockedKeys.delete(key);
            else lockedKeys.set(key, remaining);
          }
        }),
      );
    },

    async close() {
      if (owned !== undefined) await (await owned).close();
    },
  };
}
