import { createAuthFetch } from "./auth-fetch.js";
import type { AuthContext } from "./context.js";
import type { Credentials } from "./credentials.js";
import { ConfigError, type OAuthError } from "./errors.js";
import { checkOptions, func, isNonNegative, isRecord, nonNegativeInteger, nonNegativeNumber, optional, positiveNumber, withoutAuthorization, type Rules } from "./options.js";
import { isLogger, type Logger } from "./logger.js";
import { DEFAULT_API_TIMEOUT_MS } from "./api-timeout.js";
import { resolveRetry, type RetryOptions } from "./retry.js";
import { createMemoryTokenStore, type TokenSet, type TokenStore } from "./store.js";
import { createTokenManager, type RefreshWindow } from "./token-manager.js";
import type { ExtraParser } from "./token-response.js";
import { checkUrl } from "./url-policy.js";

/** A TokenSet whose `extra` fields were typed by `parseExtra`. */
export type TypedTokenSet<TExtra> = TokenSet & { readonly extra: TExtra };

/** Options of {@link createAuth}. */
export interface CreateAuthOptions<TExtra = Readonly<Record<string, unknown>>> {
  /** From clientCredentials, passwordGrant, apiKeyPasswordGrant, httpBasic or staticBearer. */
  readonly credentials: Credentials;
  /** Credentials are attached only to requests whose origin equals this URL's origin. */
  readonly apiBaseUrl: string | URL;
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
  /** Where tokens live between requests. Default: an in-memory store. */
  readonly store?: TokenStore;
  /** Called after every new TokenSet (not for one read from the store): persist refresh tokens here. */
  readonly onTokens?: (tokens: TypedTokenSet<TExtra>) => void | Promise<void>;
  /** Retries of API and token requests; `false` turns them off. On by default. */
  readonly retry?: RetryOptions | false;
  /**
   * Per-attempt timeout of API requests, until the response headers arrive. Default 600000
   * (10 minutes, as Stainless-generated SDKs): a server that never answers cannot hold a call forever.
   */
  readonly timeoutMs?: number;
  /** Per-attempt timeout of token requests, including reading the body. Default 30000. */
  readonly tokenTimeoutMs?: number;
  /**
   * Deadline of each TokenStore call (get, set, delete, acquiring withLock) and of onTokens. A call
   * that misses it is given up on (warned once): tokens are requested and kept without the store. Default 5000.
   */
  readonly storeTimeoutMs?: number;
  readonly refreshWindow?: RefreshWindow;
  /** Allow plain http to non-loopback hosts (tests only). Default false. */
  readonly allowInsecureHttp?: boolean;
  /** Added to every API request and token request unless already set, e.g. a vendor Accept. */
  readonly headers?: HeadersInit;
  /** Where debug and warn lines go. A logger that throws is ignored. */
  readonly logger?: Logger;
  /** Clock in epoch ms. Default Date.now. */
  readonly now?: () => number;
  /** Aborts every request and token request of this instance (e.g. on shutdown). */
  readonly signal?: AbortSignal;
  /** Validates and types the non-standard token response fields (a zod/valibot schema or a function). */
  readonly parseExtra?: ExtraParser<TExtra>;
  /** Provider advice appended to OAuthError messages, e.g. how to fix `invalid_scope`. */
  readonly describeError?: (error: OAuthError) => string | undefined;
}

/** What {@link createAuth} returns. */
export interface Auth<TExtra = Readonly<Record<string, unknown>>> {
  /** A fetch for openapi-fetch's `createClient({ fetch: auth.fetch })`; also usable directly. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** A valid access token, requested when needed. Throws ConfigError for httpBasic. */
  getAccessToken(): Promise<string>;
  /** The current TokenSet, requested when needed. */
  getTokens(): Promise<TypedTokenSet<TExtra>>;
  /** Forgets cached tokens, including the stored refresh token. */
  invalidate(): Promise<void>;
}

const retryDelay = optional(nonNegativeInteger);

/** Every option of createAuth, in the order they are checked. */
const AUTH_RULES: Rules = {
  credentials: [
    (value) => value?.kind === "oauth2" || value?.kind === "header",
    "must come from a credential factory, e.g. clientCredentials().",
  ],
  store: optional([(value) => ["get", "set", "delete"].every((name) => typeof value?.[name] === "function"), "must be a TokenStore (async get, set, delete)."]),
  retry: optional([(value) => value === false || isRecord(value), "must be an object or false."]),
  "retry.maxRetries": retryDelay,
  "retry.baseDelayMs": retryDelay,
  "retry.maxDelayMs": retryDelay,
  "retry.maxRetryAfterMs": retryDelay,
  "retry.statuses": optional([
    (value) => Array.isArray(value) && value.every((status) => Number.isInteger(status) && status >= 400 && status < 600 && status !== 401),
    // A 401 is not retried: it refreshes the token and resends once.
    "must be HTTP statuses 400-599 except 401.",
  ]),
  "refreshWindow.advisorySeconds": optional(nonNegativeNumber),
  "refreshWindow.mandatorySeconds": optional([
    (value, options) => isNonNegative(value) && value <= (options.refreshWindow.advisorySeconds ?? 120),
    "must be a non-negative number <= advisorySeconds.",
  ]),
  timeoutMs: optional(positiveNumber),
  tokenTimeoutMs: optional(positiveNumber),
  storeTimeoutMs: optional(positiveNumber),
  logger: optional([isLogger, "must be an object whose debug and warn, if present, are functions."]),
  fetch: [(value) => typeof (value ?? globalThis.fetch) === "function", "must be a function (no global fetch)."],
  onTokens: optional(func),
  now: optional(func),
  describeError: optional(func),
  parseExtra: optional([(value) => typeof value === "function" || typeof value === "object", "must be a Standard Schema or a function."]),
  signal: optional([(value) => value instanceof AbortSignal, "must be an AbortSignal."]),
  headers: withoutAuthorization,
};

/**
 * Binds credentials to an API: returns a fetch that attaches them (refreshing tokens as needed)
 * plus token accessors. Every option is checked here, so mistakes fail at start-up with a
 * ConfigError naming the option rather than at the first request.
 */
export function createAuth<TExtra = Readonly<Record<string, unknown>>>(options: CreateAuthOptions<TExtra>): Auth<TExtra> {
  checkOptions(options, AUTH_RULES);
  const { credentials } = options;
  const allowInsecureHttp = options.allowInsecureHttp === true;
  const apiOrigin = checkUrl(options.apiBaseUrl, "apiBaseUrl", allowInsecureHttp).origin;
  if (credentials.kind === "oauth2") {
    checkUrl(credentials.tokenUrl, "credentials.tokenUrl", allowInsecureHttp);
    checkUrl(credentials.refreshTokenUrl, "credentials.refresh.tokenUrl", allowInsecureHttp);
  }
  const now = options.now ?? Date.now;
  const ctx: AuthContext = {
    // timeoutMs, refreshWindow, onTokens, parseExtra and describeError as given.
    ...(options as object),
    signals: options.signal ? [options.signal] : [],
    // A bare global fetch must not be called as a method of another object.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    retry: resolveRetry(options.retry),
    headers: [...new Headers(options.headers)],
    logger: options.logger ?? {},
    now,
    random: Math.random,
    timeoutMs: options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    tokenTimeoutMs: options.tokenTimeoutMs ?? 30_000,
    storeTimeoutMs: options.storeTimeoutMs ?? 5_000,
    store: options.store ?? createMemoryTokenStore(now),
  };
  const manager = credentials.kind === "oauth2" ? createTokenManager(ctx, credentials) : undefined;
  const authFetch = createAuthFetch(ctx, apiOrigin, manager, credentials.kind === "header" ? credentials.authorization() : undefined);

  const getTokens = async (): Promise<TypedTokenSet<TExtra>> => {
    if (manager !== undefined) return (await manager.getTokens()) as TypedTokenSet<TExtra>;
    if (credentials.kind === "header" && credentials.scheme === "Bearer") {
      const accessToken = credentials.authorization().slice("Bearer ".length);
      return { accessToken, tokenType: "Bearer", expiresAt: Number.POSITIVE_INFINITY, obtainedAt: now(), extra: {} } as TypedTokenSet<TExtra>;
    }
    throw new ConfigError("credentials", "is httpBasic, which has no token: use auth.fetch.");
  };

  return {
    fetch: authFetch,
    getTokens,
    getAccessToken: async () => manager?.peek() ?? (await getTokens()).accessToken,
    invalidate: async () => {
      await manager?.invalidate();
    },
  };
}
