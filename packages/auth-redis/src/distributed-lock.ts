import { RedisLockTimeoutError } from "./errors.js";
import type { RedisTokenStoreLogger } from "./options.js";
import type { OrphanedLocks } from "./orphaned-locks.js";
import type { RedisGateway } from "./redis-gateway.js";
import { RELEASE_LOCK_SCRIPT, RENEW_LOCK_SCRIPT, runScript } from "./scripts.js";

export interface DistributedLockSettings {
  readonly ttlMs: number;
  readonly waitMs: number;
  readonly retryDelayMs: number;
  readonly onTimeout: "throw" | "run";
}

type Acquisition = "acquired" | "redis-unavailable" | "timed-out";

/**
 * SET NX PX with a random owner token; released and renewed only by its owner through
 * compare-and-act scripts. If Redis is unreachable the caller runs under the in-process lock
 * alone: a token request is never refused because Redis is down.
 */
export class DistributedLock {
  readonly #gateway: RedisGateway;
  readonly #settings: DistributedLockSettings;
  readonly #logger: RedisTokenStoreLogger;
  readonly #orphans: OrphanedLocks;

  constructor(
    gateway: RedisGateway,
    orphans: OrphanedLocks,
    settings: DistributedLockSettings,
    logger: RedisTokenStoreLogger,
  ) {
    this.#gateway = gateway;
    this.#orphans = orphans;
    this.#settings = settings;
    this.#logger = logger;
  }

  async withLock<T>(lockKey: string, fn: () => Promise<T>): Promise<T> {
    const owner = crypto.randomUUID();
    const acquisition = await this.#acquire(lockKey, owner);
    if (acquisition === "timed-out") {
      if (this.#settings.onTimeout === "throw") throw new RedisLockTimeoutError(this.#settings.waitMs);
      this.#logger.debug?.("@cloud-sdks/auth-redis: lock wait expired; running the token request anyway");
      return fn();
    }
    if (acquisition === "redis-unavailable") return fn();

    // Keeps the lock while a slow token request is still running, so no one else refreshes.
    const renewal = setInterval(() => void this.#renew(lockKey, owner), Math.max(1, this.#settings.ttlMs / 3));
    try {
      return await fn();
    } finally {
      clearInterval(renewal);
      const released = await this.#gateway.run("unlock", (client) =>
        runScript(client, RELEASE_LOCK_SCRIPT, [lockKey], [owner]),
      );
      // Otherwise the fleet's next refresh would wait out the lock's ttl.
      if (!released.ok) this.#orphans.add(lockKey, owner);
    }
  }

  async #acquire(lockKey: string, owner: string): Promise<Acquisition> {
    const { ttlMs, waitMs, retryDelayMs } = this.#settings;
    const deadline = Date.now() + waitMs;
    let delay = retryDelayMs;
    for (;;) {
      const result = await this.#gateway.run("lock", (client) =>
        client.set(lockKey, owner, { expiration: { type: "PX", value: Math.ceil(ttlMs) }, condition: "NX" }),
      );
      if (!result.ok) {
        if (result.maybeApplied) this.#orphans.add(lockKey, owner);
        return "redis-unavailable";
      }
      if (result.value === "OK") return "acquired";
      const remaining = deadline - Date.now();
      if (remaining <= 0) return "timed-out";
      // Jitter spreads the pollers of a fleet so they do not hit Redis in lockstep.
      await sleep(Math.min(remaining, delay * (0.5 + Math.random() * 0.5)));
      delay = Math.min(delay * 2, retryDelayMs * 8);
    }
  }

  async #renew(lockKey: string, owner: string): Promise<void> {
    const result = await this.#gateway.run("renew lock", (client) =>
      runScript(client, RENEW_LOCK_SCRIPT, [lockKey], [owner, String(Math.ceil(this.#settings.ttlMs))]),
    );
    if (result.ok && result.value === 0) {
      this.#logger.debug?.("@cloud-sdks/auth-redis: refresh lock expired before its holder finished");
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
