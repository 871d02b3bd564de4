export { tokenCacheKey } from "./cache-key.js";
export { withCallOptions, type CallOptions } from "./call-options.js";
export { createAuth, type Auth, type CreateAuthOptions, type TypedTokenSet } from "./create-auth.js";
export {
  apiKeyPasswordGrant,
  clientCredentials,
  httpBasic,
  passwordGrant,
  refreshTokenGrant,
  staticBearer,
  type ApiKeyPasswordGrantOptions,
  type ClientAuthentication,
  type ClientCredentialsOptions,
  type Credentials,
  type HeaderCredentials,
  type OAuth2Credentials,
  type OAuth2GrantOptions,
  type PasswordGrantOptions,
  type RefreshOptions,
  type RefreshTokenGrantOptions,
  type TokenEndpointRequest,
} from "./credentials.js";
export {
  AUTH_CONFIG_INVALID,
  AUTH_INSECURE_URL,
  AUTH_NETWORK_ERROR,
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  CloudSdksAuthError,
  ConfigError,
  InsecureUrlError,
  NetworkError,
  OAuthError,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  type AuthErrorCode,
  type OAuthErrorFields,
} from "./errors.js";
export type { Logger } from "./logger.js";
// Public so @cloud-sdks/core scrubs API errors by the same rule as token errors, not a second copy.
export { scrub as scrubSecrets } from "./redact.js";
export { parseRetryAfter, type RetryOptions } from "./retry.js";
export type { StandardIssue, StandardResult, StandardSchemaV1 } from "./standard-schema.js";
export { createMemoryTokenStore, type TokenSet, type TokenStore } from "./store.js";
export type { RefreshWindow } from "./token-manager.js";
export { parseTokenResponse, type ExtraParser, type TokenResponseContext } from "./token-response.js";
