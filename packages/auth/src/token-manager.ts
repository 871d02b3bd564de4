import { tokenCacheKey } from "./cache-key.js";
import type { OAuth2Credentials } from "./credentials.js";
import { OAuthError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { TokenSet, TokenStore } from "./store.js";
import { requestTokens, type TokenRequestContext } from "./token-request.js";

/** When, before expiry, tokens are refreshed. */
export interface RefreshWindow {
  /** Refresh in the background while serving the cached token. Default 120 (capped at 10% of the lifetime). */
  readonly advisorySeconds?: number;
  /** Block callers until a new token arrives. Default 30 (capped at 5% of the lifetime). */
  readonly mandatorySeconds?: number;
}

/** What the token manager is built from. */
export interface TokenManagerOptions extends TokenRequestContext {
  readonly store: TokenStore;
  readonly refreshWindow?: RefreshWindow | undefined;
  readonly onTokens?: ((tokens: TokenSet) => void | Promise<void>) | undefined;
}

/** After a failed background refresh, the old token is served this long before trying again. */
const BACKGROUND_RETRY_MS = 5_000;
/** A refresh token is not spent in its last seconds: it could expire on the way. */
const REFRESH_TOKEN_MARGIN_MS = 5_000;
/** How long a refresh token of unknown lifetime stays in the store. */
const UNKNOWN_REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
/** Errors from a refresh grant that mean "this refresh token is no good": use the primary grant. */
const SPENT_REFRESH_TOKEN = new Set(["invalid_grant", "invalid_request", "invalid_token"]);

/**
 * Holds one credential's tokens: serves them from memory, refreshes them before expiry in the
 * background, and makes sure concurrent callers share a single token request.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  readonly #advisoryMs: number;
  readonly #mandatoryMs: number;
  #current: TokenSet | undefined;
  /** Epoch ms from which a background refresh starts. */
  #refreshAt = 0;
  /** Epoch ms from which callers wait for a new token. */
  #mustRefreshAt = 0;
  #inflight: Promise<TokenSet> | undefined;
  #backgroundPausedUntil = 0;
  #key: Promise<string> | undefined;

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    this.#advisoryMs = (options.refreshWindow?.advisorySeconds ?? 120) * 1000;
    this.#mandatoryMs = (options.refreshWindow?.mandatorySeconds ?? 30) * 1000;
  }

  /**
   * The hot path: the cached access token if it may still be used, without awaiting anything.
   * Starts a background refresh inside the advisory window.
   */
  peek(): string | undefined {
    const tokens = this.#current;
    if (tokens === undefined) return undefined;
    const now = this.#options.now();
    if (now < this.#refreshAt) return tokens.accessToken;
    if (now >= this.#mustRefreshAt) return undefined;
    this.#refreshInBackground(now);
    return tokens.accessToken;
  }

  /** Current tokens, fetched (once, however many callers wait) when missing or about to expire. */
  async getTokens(): Promise<TokenSet> {
    const tokens = this.#current;
    if (tokens !== undefined) {
      const now = this.#options.now();
      if (now < this.#mustRefreshAt) {
        if (now >= this.#refreshAt) this.#refreshInBackground(now);
        return tokens;
      }
    }
    return this.#singleFlight(undefined);
  }

  /**
   * The token to resend with after the API answered 401 to a request that carried `rejected`.
   * Refreshes only if `rejected` is still the current token; a late 401 for a token that was
   * already replaced gets the new one.
   */
  async tokenAfterUnauthorized(rejected: string): Promise<string> {
    if (this.#inflight !== undefined) return (await this.#inflight).accessToken;
    const tokens = this.#current;
    if (tokens !== undefined && tokens.accessToken !== rejected && this.#options.now() < this.#mustRefreshAt) {
      return tokens.accessToken;
    }
    // Keep the rejected set: its refresh token is still worth trying.
    this.#refreshAt = this.#mustRefreshAt = Number.NEGATIVE_INFINITY;
    return (await this.#singleFlight(rejected)).accessToken;
  }

  /** Forgets the tokens, in memory and in the store (e.g. on logout). */
  async invalidate(): Promise<void> {
    this.#current = undefined;
    this.#refreshAt = this.#mustRefreshAt = 0;
    await this.#options.store.delete(await this.#cacheKey());
  }

  #cacheKey(): Promise<string> {
    this.#key ??= tokenCacheKey(this.#options.credentials);
    return this.#key;
  }

  #refreshInBackground(now: number): void {
    if (this.#inflight !== undefined || now < this.#backgroundPausedUntil) return;
    this.#singleFlight(undefined).catch((error: unknown) => {
      this.#backgroundPausedUntil = this.#options.now() + BACKGROUND_RETRY_MS;
      this.#options.logger.warn?.(
        `@cloud-sdks/auth: background token refresh failed (${errorLabel(error)}); serving the cached token, next try in ${BACKGROUND_RETRY_MS / 1000} s`,
      );
    });
  }

  #singleFlight(rejected: string | undefined): Promise<TokenSet> {
    if (this.#inflight !== undefined) return this.#inflight;
    const flight = (async () => {
      try {
        return await this.#obtain(rejected);
      } finally {
        this.#inflight = undefined;
      }
    })();
    this.#inflight = flight;
    return flight;
  }

  async #obtain(rejected: string | undefined): Promise<TokenSet> {
    const key = await this.#cacheKey();
    const { store } = this.#options;
    const run = async () => {
      // Re-read inside the lock: another process may have fetched or rotated tokens meanwhile.
      const stored = await this.#readStore(key);
      if (stored !== undefined && stored.accessToken !== rejected && this.#isFresh(stored)) {
        this.#adopt(stored);
        return stored;
      }
      const tokens = await this.#fetchTokens(stored ?? this.#current);
      try {
        await store.set(key, tokens, this.#ttl(tokens));
      } catch (error) {
        this.#options.logger.warn?.(`@cloud-sdks/auth: token store set failed (${errorLabel(error)}); tokens kept in memory only`);
      }
      this.#adopt(tokens);
      await this.#notify(tokens);
      return tokens;
    };
    return store.withLock ? store.withLock(key, run) : run();
  }

  async #readStore(key: string): Promise<TokenSet | undefined> {
    try {
      return await this.#options.store.get(key);
    } catch (error) {
      this.#options.logger.warn?.(`@cloud-sdks/auth: token store get failed (${errorLabel(error)}); requesting new tokens`);
      return undefined;
    }
  }

  async #fetchTokens(previous: TokenSet | undefined): Promise<TokenSet> {
    const { credentials } = this.#options;
    const refreshToken = previous?.refreshToken;
    // A server may echo the tokens it rejects in error_description: scrub them as well.
    const context: TokenRequestContext = {
      ...this.#options,
      secrets: () => [...this.#options.secrets(), ...(previous ? [previous.accessToken, refreshToken ?? ""] : [])],
    };
    if (previous !== undefined && refreshToken !== undefined && this.#refreshTokenUsable(previous)) {
      try {
        const fresh = await requestTokens(context, credentials.refreshGrant(refreshToken), "refresh_token");
        return keepRefreshToken(previous, fresh);
      } catch (error) {
        if (!(error instanceof OAuthError && SPENT_REFRESH_TOKEN.has(error.error))) throw error;
        this.#options.logger.debug?.(`@cloud-sdks/auth: refresh token refused (${error.error}); using the ${credentials.grantType} grant`);
      }
    }
    return requestTokens(context, credentials.primaryGrant(), credentials.grantType);
  }

  #refreshTokenUsable(tokens: TokenSet): boolean {
    return tokens.refreshTokenExpiresAt === undefined || this.#options.now() < tokens.refreshTokenExpiresAt - REFRESH_TOKEN_MARGIN_MS;
  }

  #windows(tokens: TokenSet): { refreshAt: number; mustRefreshAt: number } {
    const lifetime = Math.max(0, tokens.expiresAt - tokens.obtainedAt);
    return {
      refreshAt: tokens.expiresAt - Math.min(this.#advisoryMs, lifetime * 0.1),
      mustRefreshAt: tokens.expiresAt - Math.min(this.#mandatoryMs, lifetime * 0.05),
    };
  }

  #isFresh(tokens: TokenSet): boolean {
    return this.#options.now() < this.#windows(tokens).refreshAt;
  }

  #adopt(tokens: TokenSet): void {
    const { refreshAt, mustRefreshAt } = this.#windows(tokens);
    this.#current = tokens;
    this.#refreshAt = refreshAt;
    this.#mustRefreshAt = mustRefreshAt;
    this.#backgroundPausedUntil = 0;
  }

  #ttl(tokens: TokenSet): number {
    const now = this.#options.now();
    const refreshUntil =
      tokens.refreshToken === undefined ? 0 : (tokens.refreshTokenExpiresAt ?? tokens.expiresAt + UNKNOWN_REFRESH_TTL_MS);
    return Math.max(1, Math.max(tokens.expiresAt, refreshUntil) - now);
  }

  async #notify(tokens: TokenSet): Promise<void> {
    try {
      await this.#options.onTokens?.(tokens);
    } catch (error) {
      this.#options.logger.warn?.(`@cloud-sdks/auth: onTokens failed (${errorLabel(error)}); the new tokens are used anyway`);
    }
  }
}

/** A refresh response may omit the refresh token: the old one (and its expiry) stays valid. */
function keepRefreshToken(previous: TokenSet, fresh: TokenSet): TokenSet {
  return fresh.refreshToken ? fresh : { ...fresh, refreshToken: previous.refreshToken, refreshTokenExpiresAt: previous.refreshTokenExpiresAt };
}

/** A log-safe label: the error's code or class name, never its message. */
function errorLabel(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === "string") return code;
    if (typeof name === "string") return name;
  }
  return typeof error;
}
