import type { RedisHealth } from "./health.js";
import type { RedisGateway } from "./redis-gateway.js";
import { RELEASE_LOCK_SCRIPT, runScript } from "./scripts.js";

/**
 * Locks this process may hold without knowing it: an acquire that timed out on a stalled Redis
 * still runs when it resumes, and would block the whole fleet's next refresh until its ttl. Each
 * is released by its owner's compare-and-delete, sent at once so it queues right behind the late
 * acquire, and sent again after an outage if the connection dropped in between.
 */
export class OrphanedLocks {
  readonly #gateway: RedisGateway;
  /** owner token → lock key */
  readonly #pending = new Map<string, string>();
  readonly #inFlight = new Set<string>();

  constructor(gateway: RedisGateway, health: RedisHealth) {
    this.#gateway = gateway;
    health.onRecovered(() => {
      for (const [owner, lockKey] of this.#pending) this.#release(lockKey, owner);
    });
  }

  add(lockKey: string, owner: string): void {
    this.#pending.set(owner, lockKey);
    this.#release(lockKey, owner);
  }

  #release(lockKey: string, owner: string): void {
    if (this.#inFlight.has(owner)) return;
    this.#inFlight.add(owner);
    void this.#gateway
      .runWhenAnswering("release orphaned lock", (client) => runScript(client, RELEASE_LOCK_SCRIPT, [lockKey], [owner]))
      .then((result) => {
        this.#inFlight.delete(owner);
        if (result.ok) this.#pending.delete(owner);
      });
  }
}
