// What every provider package re-exports for its users (`export * from "@cloud-sdks/core/public"`),
// so `import { ApiError, OAuthError } from "@cloud-sdks/cloudlx"` works without a second install.
export {
  AUTH_CONFIG_INVALID,
  AUTH_INSECURE_URL,
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  CloudSdksAuthError,
  ConfigError,
  InsecureUrlError,
  OAuthError,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  createMemoryTokenStore,
  type AuthErrorCode,
  type Logger,
  type RefreshWindow,
  type RetryOptions,
  type TokenSet,
  type TokenStore,
} from "@cloud-sdks/auth";
export { ApiError } from "./api-error.js";
export { ClientConfigError } from "./client-options.js";
export { MissingEnvError } from "./env.js";
export { CLIENT_ERROR_CODES, CloudSdksClientError, type ClientErrorCode } from "./errors.js";
export { ResponseValidationError, type ResponseValidation, type ResponseValidationIssue } from "./response-validation.js";
export type { ResponseViolation, ResponseViolationKind } from "./response-drift.js";
export { unwrap } from "./unwrap.js";
