import { tokenCacheKey } from "./cache-key.js";
import type { AuthContext } from "./context.js";
import type { OAuth2Credentials, TokenEndpointRequest } from "./credentials.js";
import { TIMED_OUT, withinDeadline } from "./deadline.js";
import { errorLabel, OAuthError } from "./errors.js";
import { guardStore } from "./guarded-store.js";
import { log } from "./logger.js";
import type { TokenSet } from "./store.js";
import { requestTokens } from "./token-request.js";

/** When, before expiry, tokens are refreshed. */
export interface RefreshWindow {
  /** Refresh in the background while serving the cached token. Default 120 (capped at 10% of the lifetime). */
  readonly advisorySeconds?: number;
  /** Block callers until a new token arrives. Default 30 (capped at 5% of the lifetime). */
  readonly mandatorySeconds?: number;
}

/** After a failed background refresh, the old token is served this long before trying again. */
const BACKGROUND_RETRY_MS = 5_000;
/** A refresh token is not spent in its last seconds: it could expire on the way. */
const REFRESH_TOKEN_MARGIN_MS = 5_000;
/** How long a refresh token of unknown lifetime stays in the store. */
const UNKNOWN_REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
/** Errors from a refresh grant that mean "this refresh token is no good": use the primary grant. */
const SPENT_REFRESH_TOKEN = ["invalid_grant", "invalid_request", "invalid_token"];

/** One credential's tokens, as auth.fetch and createAuth use them. */
export interface TokenManager {
  /**
   * The hot path: the cached access token if it may still be used, without awaiting anything.
   * Starts a background refresh inside the advisory window.
   */
  peek(): string | undefined;
  /** Current tokens, fetched (once, however many callers wait) when missing or about to expire. */
  getTokens(): Promise<TokenSet>;
  /**
   * The token to resend with after the API answered 401 to a request that carried `rejected`.
   * Refreshes only if `rejected` is still the current token; a late 401 for a token that was
   * already replaced gets the new one.
   */
  tokenAfterUnauthorized(rejected: string): Promise<string>;
  /** Forgets the tokens, in memory and in the store (e.g. on logout). */
  invalidate(): Promise<void>;
}

/**
 * Holds one credential's tokens: serves them from memory, refreshes them before expiry in the
 * background, and makes sure concurrent callers share a single token request.
 */
export function createTokenManager(ctx: AuthContext, credentials: OAuth2Credentials): TokenManager {
  const { now, logger } = ctx;
  const store = guardStore(ctx.store, ctx.storeTimeoutMs, logger);
  const { advisorySeconds = 120, mandatorySeconds = 30 } = ctx.refreshWindow ?? {};
  let current: TokenSet | undefined;
  /** Epoch ms from which a background refresh starts. */
  let refreshAt = 0;
  /** Epoch ms from which callers wait for a new token. */
  let mustRefreshAt = 0;
  let inflight: Promise<TokenSet> | undefined;
  let backgroundPausedUntil = 0;
  let key: Promise<string> | undefined;
  /** The access token invalidate() dropped: never adopted again from the store. */
  let forgotten: string | undefined;

  const cacheKey = () => (key ??= tokenCacheKey(credentials));
  const warn = (what: string, error: unknown, consequence: string) => log(logger, "warn", `${what} failed (${errorLabel(error)}); ${consequence}`);

  /** Runs onTokens, whose failure or hang must not fail nor hold the token request: warns instead. */
  const notify = async (tokens: TokenSet): Promise<void> => {
    try {
      if ((await withinDeadline(() => ctx.onTokens?.(tokens), ctx.storeTimeoutMs)) === TIMED_OUT) {
        log(logger, "warn", `onTokens did not settle within ${ctx.storeTimeoutMs} ms; tokens used anyway`);
      }
    } catch (error) {
      warn("onTokens", error, "tokens used anyway");
    }
  };

  /** [refreshAt, mustRefreshAt]: the windows shrink to 10% and 5% of short lifetimes. */
  const windows = ({ expiresAt, obtainedAt }: TokenSet) => {
    const lifetime = Math.max(0, expiresAt - obtainedAt);
    return [expiresAt - Math.min(advisorySeconds * 1000, lifetime * 0.1), expiresAt - Math.min(mandatorySeconds * 1000, lifetime * 0.05)] as const;
  };

  const adopt = (tokens: TokenSet) => {
    [refreshAt, mustRefreshAt] = windows(tokens);
    backgroundPausedUntil = 0;
    return (current = tokens);
  };

  /** How long the store keeps the set: until the later of access and refresh token expiry. */
  const ttl = ({ expiresAt, refreshToken, refreshTokenExpiresAt = expiresAt + UNKNOWN_REFRESH_TTL_MS }: TokenSet) =>
    Math.max(1, (refreshToken === undefined ? expiresAt : Math.max(expiresAt, refreshTokenExpiresAt)) - now());

  const fetchTokens = async (previous: TokenSet | undefined): Promise<TokenSet> => {
    const { refreshToken = credentials.initialRefreshToken?.(), refreshTokenExpiresAt = Infinity } = previous ?? {};
    const { primaryGrant } = credentials;
    // A server may echo the tokens it rejects in error_description: scrub them as well.
    const secrets = [...credentials.secrets(), previous?.accessToken ?? "", refreshToken ?? ""];
    const request = (grant: TokenEndpointRequest, name: string) => requestTokens(ctx, credentials, grant, name, secrets);
    // Without a primary grant the refresh token is all there is: it is tried even past its tracked expiry.
    if (refreshToken !== undefined && (primaryGrant === undefined || now() < refreshTokenExpiresAt - REFRESH_TOKEN_MARGIN_MS)) {
      try {
        const fresh = await request(credentials.refreshGrant(refreshToken), "refresh_token");
        // A refresh response may omit the refresh token: the old one (and its expiry) stays valid.
        return fresh.refreshToken ? fresh : { ...fresh, refreshToken, refreshTokenExpiresAt: previous?.refreshTokenExpiresAt };
      } catch (error) {
        if (primaryGrant === undefined || !(error instanceof OAuthError && SPENT_REFRESH_TOKEN.includes(error.error))) throw error;
        log(logger, "debug", `refresh token refused (${error.error}); using the ${credentials.grantType} grant`);
      }
    }
    // Reached only with a primary grant: a credential without one always has a refresh token.
    return request(primaryGrant!(), credentials.grantType);
  };

  const obtain = async (rejected: string | undefined): Promise<TokenSet> => {
    const storeKey = await cacheKey();
    const run = async () => {
      // Re-read inside the lock: another process may have fetched or rotated tokens meanwhile.
      const read = await store.get(storeKey);
      const stored = read?.accessToken === forgotten ? undefined : read;
      if (stored !== undefined && stored.accessToken !== rejected && now() < windows(stored)[0]) return adopt(stored);
      const tokens = await fetchTokens(stored ?? current);
      await store.set(storeKey, tokens, ttl(tokens));
      adopt(tokens);
      await notify(tokens);
      return tokens;
    };
    return store.locked(storeKey, run);
  };

  const singleFlight = (rejected?: string) => (inflight ??= obtain(rejected).finally(() => (inflight = undefined)));

  const peek = () => {
    const time = now();
    if (current === undefined || time >= mustRefreshAt) return undefined;
    if (time >= refreshAt && inflight === undefined && time >= backgroundPausedUntil) {
      singleFlight().catch((error: unknown) => {
        backgroundPausedUntil = now() + BACKGROUND_RETRY_MS;
        warn("background token refresh", error, `serving the cached token for ${BACKGROUND_RETRY_MS / 1000} s`);
      });
    }
    return current.accessToken;
  };

  return {
    peek,
    // Not async: the shared in-flight promise itself, rather than one more promise per waiting caller.
    getTokens: () => (peek() === undefined ? singleFlight() : Promise.resolve(current!)),
    async tokenAfterUnauthorized(rejected) {
      if (inflight !== undefined) return (await inflight).accessToken;
      if (current !== undefined && current.accessToken !== rejected && now() < mustRefreshAt) return current.accessToken;
      // Keep the rejected set: its refresh token is still worth trying.
      refreshAt = mustRefreshAt = Number.NEGATIVE_INFINITY;
      return (await singleFlight(rejected)).accessToken;
    },
    async invalidate() {
      // Should the store fail to delete, its copy of these tokens must not come back.
      forgotten = current?.accessToken ?? forgotten;
      current = undefined;
      refreshAt = mustRefreshAt = 0;
      await store.delete(await cacheKey());
    },
  };
}
