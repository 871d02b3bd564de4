import type { TokenSet } from "@cloud-sdks/auth";

export interface LocalEntry {
  readonly tokens: TokenSet;
  /** Epoch ms after which the entry is worth nothing (the store's ttl). */
  readonly entryExpiresAt: number;
  /** Written while Redis was unreachable: must be pushed to Redis once it is back. */
  readonly unsynced: boolean;
  /** The Redis entry's server-clock stamp this entry is based on (0: none seen); see scripts.ts. */
  readonly writtenAt: number;
}

/**
 * Near expiry, another process may already have refreshed: from then on reads go to Redis.
 * The window scales with the lifetime so that short tokens are not served stale.
 */
export function isFreshEnoughToSkipRedis(tokens: TokenSet, now: number): boolean {
  const lifetime = tokens.expiresAt - tokens.obtainedAt;
  const window = Math.max(lifetime * 0.1, 60_000);
  return now < tokens.expiresAt - window;
}

/** A small bounded map; the oldest write is evicted first. */
export class LocalTokenCache {
  readonly #entries = new Map<string, LocalEntry>();
  readonly #maxEntries: number;

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  get(key: string, now: number): LocalEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.entryExpiresAt <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: LocalEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
