import type { OAuthError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { ResolvedRetry } from "./retry.js";
import type { TokenSet, TokenStore } from "./store.js";
import type { RefreshWindow } from "./token-manager.js";
import type { ExtraParser } from "./token-response.js";

/** createAuth's options with every default applied: what auth.fetch and the token manager share. */
export interface AuthContext {
  readonly fetch: typeof fetch;
  readonly retry: ResolvedRetry;
  /** createAuth's `headers`, set on API and token requests that lack them. */
  readonly headers: readonly (readonly [string, string])[];
  readonly logger: Logger;
  /** Clock in epoch ms. */
  readonly now: () => number;
  readonly random: () => number;
  /** createAuth's `signal` (which aborts every request and token request), if any, as a list. */
  readonly signals: readonly AbortSignal[];
  /** Per-attempt timeout of API requests (see api-timeout.ts). */
  readonly timeoutMs: number;
  /** Per-attempt timeout of token requests, headers and body. */
  readonly tokenTimeoutMs: number;
  /** Deadline of each TokenStore call and of onTokens. */
  readonly storeTimeoutMs: number;
  readonly store: TokenStore;
  readonly refreshWindow?: RefreshWindow | undefined;
  readonly onTokens?: ((tokens: TokenSet) => void | Promise<void>) | undefined;
  readonly parseExtra?: ExtraParser<unknown> | undefined;
  readonly describeError?: ((error: OAuthError) => string | undefined) | undefined;
}
