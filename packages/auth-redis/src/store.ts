import type { TokenSet, TokenStore } from "@cloud-sdks/auth";
import { createOwnedClient, type OwnedClient, type RedisClientLike } from "./client.js";
import { DistributedLock } from "./distributed-lock.js";
import { describeRedisError, RedisHealth } from "./health.js";
import { isFreshEnoughToSkipRedis, type LocalEntry, LocalTokenCache } from "./local-cache.js";
import { LocalMutex } from "./local-mutex.js";
import { resolveOptions, type RedisTokenStoreOptions } from "./options.js";
import { OrphanedLocks } from "./orphaned-locks.js";
import { RedisGateway } from "./redis-gateway.js";
import { parseStoredEntry, type StoredEntry } from "./serialize.js";
import { writeTokensUnlessChanged } from "./write-tokens.js";

export interface RedisTokenStore extends TokenStore {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Closes the client the store created from `url`; a client you passed in stays open. */
  close(): Promise<void>;
}

/** Without a refresh-token expiry, keep a remote entry locally this long as an outage fallback. */
const FALLBACK_KEEP_MS = 24 * 60 * 60 * 1000;

export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  const settings = resolveOptions(options);
  const { keyPrefix, logger, now: clock } = settings;
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
  const gateway = new RedisGateway(
    getClient,
    health,
    { timeoutMs: settings.commandTimeoutMs, probeIntervalMs: settings.probeIntervalMs },
    logger,
  );
  const lock = new DistributedLock(
    gateway,
    new OrphanedLocks(gateway, health),
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

  /** As an outage fallback, keep a shared token locally for as long as its refresh token lives. */
  function remember(key: string, { tokens: remote, writtenAt }: StoredEntry, now: number): TokenSet {
    const keepUntil =
      remote.refreshToken === undefined ? remote.expiresAt : (remote.refreshTokenExpiresAt ?? now + FALLBACK_KEEP_MS);
    local.set(key, { tokens: remote, entryExpiresAt: Math.max(keepUntil, remote.expiresAt), unsynced: false, writtenAt });
    return remote;
  }

  /** Writes `entry` unless Redis changed since `entry.writtenAt`, and returns whichever Redis keeps. */
  async function push(key: string, entry: LocalEntry, now: number): Promise<TokenSet> {
    const outcome = await writeTokensUnlessChanged(gateway, tokenKey(key), entry.tokens, entry.entryExpiresAt - now, entry.writtenAt);
    if (outcome.kind === "newer" && outcome.entry !== undefined) return remember(key, outcome.entry, now);
    local.set(key, {
      ...entry,
      unsynced: outcome.kind === "unavailable",
      writtenAt: outcome.kind === "written" ? outcome.writtenAt : entry.writtenAt,
    });
    return entry.tokens;
  }

  return {
    async get(key) {
      const now = clock();
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

      // A token refreshed during an outage may carry the only valid (rotated) refresh token.
      if (cached?.unsynced === true) return push(key, cached, now);

      const result = await gateway.run("get", (client) => client.get(tokenKey(key)));
      if (!result.ok) return cached?.tokens;

      const remote = typeof result.value === "string" ? parseStoredEntry(result.value) : undefined;
      if (typeof result.value === "string" && remote === undefined) {
        logger.debug?.("@cloud-sdks/auth-redis: ignored a stored entry that is not a TokenSet");
      }
      if (remote === undefined) {
        local.delete(key);
        return undefined;
      }
      return remember(key, remote, now);
    },

    async set(key, tokens, ttlMs) {
      const now = clock();
      // Based on the entry this process last read or wrote: if another wrote since, theirs stays.
      const seen = local.get(key, now)?.writtenAt ?? 0;
      await push(key, { tokens, entryExpiresAt: now + ttlMs, unsynced: true, writtenAt: seen }, now);
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
