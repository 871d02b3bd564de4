import { tokenCacheKey } from "./cache-key.js";
import type { AuthContext } from "./context.js";
import type { OAuth2Credentials, TokenEndpointRequest } from "./credentials.js";
import { errorLabel, OAuthError } from "./errors.js";
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

/**
 * Holds one credential's tokens: serves them from memory, refreshes them before expiry in the
 * background, and makes sure concurrent callers share a single token request.
 */
export class TokenManager {
  readonly #ctx: AuthContext;
  readonly #credentials: OAuth2Credentials;
  #current: TokenSet | undefined;
  /** Epoch ms from which a background refresh starts. */
  #refreshAt = 0;
  /** Epoch ms from which callers wait for a new token. */
  #mustRefreshAt = 0;
  #inflight: Promise<TokenSet> | undefined;
  #backgroundPausedUntil = 0;
  #key: Promise<string> | undefined;

  constructor(ctx: AuthContext, credentials: OAuth2Credentials) {
    this.#ctx = ctx;
    this.#credentials = credentials;
  }

  /**
   * The hot path: the cached access token if it may still be used, without awaiting anything.
   * Starts a background refresh inside the advisory window.
   */
  peek(): string | undefined {
    const now = this.#ctx.now();
    if (this.#current === undefined || now >= this.#mustRefreshAt) return undefined;
    if (now >= this.#refreshAt && this.#inflight === undefined && now >= this.#backgroundPausedUntil) {
      this.#singleFlight().catch((error: unknown) => {
        this.#backgroundPausedUntil = this.#ctx.now() + BACKGROUND_RETRY_MS;
        this.#warn("background token refresh", error, `serving the cached token, next try in ${BACKGROUND_RETRY_MS / 1000} s`);
      });
    }
    return this.#current.accessToken;
  }

  /** Current tokens, fetched (once, however many callers wait) when missing or about to expire. */
  async getTokens(): Promise<TokenSet> {
    return this.peek() === undefined ? this.#singleFlight() : this.#current!;
  }

  /**
   * The token to resend with after the API answered 401 to a request that carried `rejected`.
   * Refreshes only if `rejected` is still the current token; a late 401 for a token that was
   * already replaced gets the new one.
   */
  async tokenAfterUnauthorized(rejected: string): Promise<string> {
    if (this.#inflight !== undefined) return (await this.#inflight).accessToken;
    const tokens = this.#current;
    if (tokens !== undefined && tokens.accessToken !== rejected && this.#ctx.now() < this.#mustRefreshAt) return tokens.accessToken;
    // Keep the rejected set: its refresh token is still worth trying.
    this.#refreshAt = this.#mustRefreshAt = Number.NEGATIVE_INFINITY;
    return (await this.#singleFlight(rejected)).accessToken;
  }

  /** Forgets the tokens, in memory and in the store (e.g. on logout). */
  async invalidate(): Promise<void> {
    this.#current = undefined;
    this.#refreshAt = this.#mustRefreshAt = 0;
    await this.#ctx.store.delete(await this.#cacheKey());
  }

  #cacheKey(): Promise<string> {
    return (this.#key ??= tokenCacheKey(this.#credentials));
  }

  #warn(what: string, error: unknown, consequence: string): void {
    log(this.#ctx.logger, "warn", `${what} failed (${errorLabel(error)}); ${consequence}`);
  }

  /** Runs a step whose failure must not fail the token request (store, onTokens): warns instead. */
  async #tolerate<T>(what: string, consequence: string, step: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      this.#warn(what, error, consequence);
      return undefined;
    }
  }

  #singleFlight(rejected?: string): Promise<TokenSet> {
    return (this.#inflight ??= this.#obtain(rejected).finally(() => (this.#inflight = undefined)));
  }

  async #obtain(rejected: string | undefined): Promise<TokenSet> {
    const key = await this.#cacheKey();
    const { store, onTokens } = this.#ctx;
    const run = async () => {
      // Re-read inside the lock: another process may have fetched or rotated tokens meanwhile.
      const stored = await this.#tolerate("token store get", "requesting new tokens", () => store.get(key));
      if (stored !== undefined && stored.accessToken !== rejected && this.#ctx.now() < this.#windows(stored)[0]) {
        return this.#adopt(stored);
      }
      const tokens = await this.#fetchTokens(stored ?? this.#current);
      await this.#tolerate("token store set", "tokens kept in memory only", () => store.set(key, tokens, this.#ttl(tokens)));
      this.#adopt(tokens);
      await this.#tolerate("onTokens", "the new tokens are used anyway", () => onTokens?.(tokens));
      return tokens;
    };
    return store.withLock ? store.withLock(key, run) : run();
  }

  async #fetchTokens(previous: TokenSet | undefined): Promise<TokenSet> {
    const credentials = this.#credentials;
    const { refreshToken, refreshTokenExpiresAt = Infinity } = previous ?? {};
    // A server may echo the tokens it rejects in error_description: scrub them as well.
    const secrets = [...credentials.secrets(), previous?.accessToken ?? "", refreshToken ?? ""];
    const request = (grant: TokenEndpointRequest, name: string) => requestTokens(this.#ctx, credentials, grant, name, secrets);
    if (refreshToken !== undefined && this.#ctx.now() < refreshTokenExpiresAt - REFRESH_TOKEN_MARGIN_MS) {
      try {
        const fresh = await request(credentials.refreshGrant(refreshToken), "refresh_token");
        // A refresh response may omit the refresh token: the old one (and its expiry) stays valid.
        return fresh.refreshToken ? fresh : { ...fresh, refreshToken, refreshTokenExpiresAt: previous!.refreshTokenExpiresAt };
      } catch (error) {
        if (!(error instanceof OAuthError && SPENT_REFRESH_TOKEN.includes(error.error))) throw error;
        log(this.#ctx.logger, "debug", `refresh token refused (${error.error}); using the ${credentials.grantType} grant`);
      }
    }
    return request(credentials.primaryGrant(), credentials.grantType);
  }

  /** [refreshAt, mustRefreshAt]: the windows shrink to 10% and 5% of short lifetimes. */
  #windows(tokens: TokenSet): [number, number] {
    const { advisorySeconds = 120, mandatorySeconds = 30 } = this.#ctx.refreshWindow ?? {};
    const lifetime = Math.max(0, tokens.expiresAt - tokens.obtainedAt);
    return [
      tokens.expiresAt - Math.min(advisorySeconds * 1000, lifetime * 0.1),
      tokens.expiresAt - Math.min(mandatorySeconds * 1000, lifetime * 0.05),
    ];
  }

  #adopt(tokens: TokenSet): TokenSet {
    [this.#refreshAt, this.#mustRefreshAt] = this.#windows(tokens);
    this.#current = tokens;
    this.#backgroundPausedUntil = 0;
    return tokens;
  }

  /** How long the store keeps the set: until the later of access and refresh token expiry. */
  #ttl(tokens: TokenSet): number {
    const refreshUntil =
      tokens.refreshToken === undefined ? 0 : (tokens.refreshTokenExpiresAt ?? tokens.expiresAt + UNKNOWN_REFRESH_TTL_MS);
    return Math.max(1, Math.max(tokens.expiresAt, refreshUntil) - this.#ctx.now());
  }
}
