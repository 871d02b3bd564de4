import type { RedisTokenStoreLogger } from "./options.js";

/**
 * Tracks whether Redis answered last time, so an outage is logged once when it starts and once
 * when it ends rather than on every call.
 */
export class RedisHealth {
  #available = true;
  readonly #logger: RedisTokenStoreLogger;
  readonly #onRecovered: (() => void)[] = [];

  constructor(logger: RedisTokenStoreLogger) {
    this.#logger = logger;
  }

  get available(): boolean {
    return this.#available;
  }

  markDown(reason: string): void {
    if (!this.#available) return;
    this.#available = false;
    this.#logger.warn(
      `@cloud-sdks/auth-redis: Redis is unreachable (${reason}); falling back to per-process tokens and locks until it returns`,
    );
  }

  markUp(): void {
    if (this.#available) return;
    this.#available = true;
    this.#logger.warn("@cloud-sdks/auth-redis: Redis is reachable again; tokens are shared across processes again");
    for (const listener of this.#onRecovered) listener();
  }

  /** Work that had to wait for Redis (releasing locks orphaned by the outage) hooks in here. */
  onRecovered(listener: () => void): void {
    this.#onRecovered.push(listener);
  }
}

/** Names the failure without echoing command arguments (which could hold a token). */
export function describeRedisError(error: unknown): string {
  if (error instanceof Error) {
    const firstLine = error.message.split("\n", 1)[0] ?? "";
    return `${error.name}: ${firstLine.slice(0, 200)}`;
  }
  return "unknown error";
}
