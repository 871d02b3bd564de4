// What every provider package re-exports for its users (`export * from "@cloud-sdks/core/public"`),
// so `import { ApiError, OAuthError } from "@cloud-sdks/cloudlx"` works without a second install.
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
  createMemoryTokenStore,
  type AuthErrorCode,
  type Logger,
  type RefreshWindow,
  type RetryOptions,
  type TokenSet,
  type TokenStore,
} from "@cloud-sdks/auth";
export { ApiError } from "./api-error.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./api-error-classes.js";
export type { CallOptions } from "./call-options.js";
export type { ApiErrorOf, OperationKey } from "./operation-errors.js";
export { PaginationError } from "./pagination.js";
export type { Page, Paged, PaginateOptions } from "./pagination-types.js";
export { requestIdOf } from "./request-id.js";
export { ApiConnectionError, ApiTimeoutError } from "./transport-errors.js";
export { ClientConfigError } from "./client-options.js";
export { MissingEnvError } from "./env.js";
export { CLIENT_ERROR_CODES, CloudSdksClientError, type ClientErrorCode } from "./errors.js";
export { ResponseValidationError, type ResponseValidation, type ResponseValidationIssue } from "./response-validation.js";
export type { ResponseViolation, ResponseViolationKind } from "./response-drift.js";
export { unwrap } from "./unwrap.js";
