/**
 * The tokens one credential holds at a time. Never contains a client secret, password or API
 * key: a store (memory, Redis, a file) may persist it as it is.
 */
export interface TokenSet {
  readonly accessToken: string;
  /** As the server sent it; compared case-insensitively ("bearer", "Bearer"). */
  readonly tokenType: string;
  /** Epoch milliseconds at which the access token stops being valid. */
  readonly expiresAt: number;
  /** Epoch milliseconds at which the token was received: windows scale with the lifetime. */
  readonly obtainedAt: number;
  readonly refreshToken?: string;
  /** Epoch milliseconds; absent when the provider does not say how long refresh tokens live. */
  readonly refreshTokenExpiresAt?: number;
  readonly scope?: string;
  /** Every other field of the token response, e.g. CloudCherry's `userName` or `.expires`. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Where tokens live between requests. Keys are opaque digests computed by the auth layer from
 * the token URL, client id, user and scope; they never contain a secret.
 */
export interface TokenStore {
  get(key: string): Promise<TokenSet | undefined>;
  /** `ttlMs` is how long the entry is worth keeping (the longer of access and refresh token). */
  set(key: string, tokens: TokenSet, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Optional cross-process mutual exclusion around a token request. The auth layer re-reads
   * the store inside the lock, so a process that waited picks up the token another one fetched
   * instead of spending a rotating refresh token twice.
   */
  withLock?<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** The default store: one process, one Map. `now` is the clock its TTLs count on. */
export function createMemoryTokenStore(now: () => number = Date.now): TokenStore {
  const entries = new Map<string, { tokens: TokenSet; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.tokens;
    },
    async set(key, tokens, ttlMs) {
      entries.set(key, { tokens, expiresAt: now() + ttlMs });
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
