import type { RedisClientLike } from "./client.js";
import type { RedisHealth } from "./health.js";

/**
 * Notices that a Redis marked down is back without making any caller wait for it: callers skip
 * Redis at once and poke the probe, which keeps at most one PING in flight and sends one at most
 * every `intervalMs`. A connection answers in order, so the PONG also means every command that
 * timed out earlier on it has run by now.
 */
export class RecoveryProbe {
  readonly #health: RedisHealth;
  readonly #intervalMs: number;
  #inFlight = false;
  #notBefore = 0;

  constructor(health: RedisHealth, intervalMs: number) {
    this.#health = health;
    this.#intervalMs = intervalMs;
  }

  poke(client: RedisClientLike): void {
    // A reconnecting client would only queue the PING; node-redis reports when it is ready again.
    if (this.#inFlight || Date.now() < this.#notBefore || !client.isReady) return;
    this.#inFlight = true;
    client
      .ping()
      .then(
        () => this.#health.markUp(),
        () => {},
      )
      .finally(() => {
        this.#inFlight = false;
        this.#notBefore = Date.now() + this.#intervalMs;
      });
  }
}
