import { TIMED_OUT, withinDeadline } from "./deadline.js";
import { errorLabel } from "./errors.js";
import { log, type Logger } from "./logger.js";
import type { TokenSet, TokenStore } from "./store.js";

/**
 * A TokenStore as the token manager uses it: every call bounded by a deadline and none able to
 * fail a token request. A store is a cache: when it is slow, broken or returns garbage, tokens
 * are requested (and kept in memory) without it.
 */
export interface GuardedStore {
  /** A valid TokenSet, or undefined for a miss, an error, a timeout or a malformed entry. */
  get(key: string): Promise<TokenSet | undefined>;
  set(key: string, tokens: TokenSet, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** `run` under the store's lock; without it when the lock fails or is not granted in time. */
  locked(key: string, run: () => Promise<TokenSet>): Promise<TokenSet>;
}

const isNumber = (value: unknown) => typeof value === "number" && !Number.isNaN(value);
const isOptional = (value: unknown, test: (value: unknown) => boolean) => value === undefined || value === null || test(value);

/** What a TokenSet read back must look like to be used; anything else is a miss. */
export function isTokenSet(value: unknown): value is TokenSet {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.accessToken === "string" &&
    entry.accessToken !== "" &&
    typeof entry.tokenType === "string" &&
    isNumber(entry.expiresAt) &&
    isNumber(entry.obtainedAt) &&
    isOptional(entry.refreshToken, (token) => typeof token === "string" && token !== "") &&
    isOptional(entry.refreshTokenExpiresAt, isNumber) &&
    isOptional(entry.scope, (scope) => typeof scope === "string") &&
    isOptional(entry.extra, (extra) => typeof extra === "object")
  );
}

export function guardStore(store: TokenStore, timeoutMs: number, logger: Logger): GuardedStore {
  /** A broken store would otherwise warn on every request: each kind of trouble is reported once. */
  const warned = new Set<string>();
  const warnOnce = (what: string, problem: string, consequence: string) => {
    if (warned.has(what + problem)) return;
    warned.add(what + problem);
    log(logger, "warn", `token store ${what} ${problem}; ${consequence} (reported once)`);
  };

  /** The step's value, or undefined (warned) when it throws or misses the deadline. */
  const call = async <T>(what: string, consequence: string, step: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      const outcome = await withinDeadline(step, timeoutMs);
      if (outcome !== TIMED_OUT) return outcome;
      warnOnce(what, `did not settle within ${timeoutMs} ms`, consequence);
    } catch (error) {
      warnOnce(what, `failed (${errorLabel(error)})`, consequence);
    }
    return undefined;
  };

  return {
    async get(key) {
      const entry = await call("get", "requesting new tokens", () => store.get(key));
      if (entry === undefined || entry === null) return undefined;
      if (isTokenSet(entry)) return { ...entry, extra: entry.extra ?? {} };
      warnOnce("get", "returned something that is not a TokenSet", "treated as a miss");
      return undefined;
    },
    async set(key, tokens, ttlMs) {
      await call("set", "tokens kept in memory only", () => store.set(key, tokens, ttlMs));
    },
    async delete(key) {
      await call("delete", "the stored entry may outlive this invalidate()", () => store.delete(key));
    },
    async locked(key, run) {
      const { withLock } = store;
      if (withLock === undefined) return run();
      let inside: Promise<TokenSet> | undefined;
      /** Set once the lock is given up on: a late grant must not send a second token request. */
      let unlocked: Promise<TokenSet> | undefined;
      let granted!: () => void;
      const started = new Promise<void>((resolve) => (granted = resolve));
      const lock = Promise.resolve().then(() =>
        withLock.call(store, key, () => {
          inside = unlocked ?? run();
          granted();
          return inside;
        }),
      );
      lock.catch(() => {});
      // Wait until the lock is granted (run started), fails, or the deadline passes.
      const outcome = await withinDeadline(() => Promise.race([started, lock.then(() => {}, () => {})]), timeoutMs);
      if (inside !== undefined) {
        const tokens = await inside;
        // Releasing the lock is the store's business: a slow or failing release is not waited for.
        await call("withLock", "released late or failed to release", () => lock);
        return tokens;
      }
      const problem = outcome === TIMED_OUT ? `did not grant the lock within ${timeoutMs} ms` : "failed before running the token request";
      warnOnce("withLock", problem, "requesting tokens without the lock");
      return (unlocked = run());
    },
  };
}
