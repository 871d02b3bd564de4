export { ApiError, type ApiErrorDetails } from "./api-error.js";
export {
  apiErrorFromResponse,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./api-error-classes.js";
export { callOptionsFetch, type CallOptions } from "./call-options.js";
export type { ApiClient, CallMethod } from "./client-types.js";
export { isApiErrorOf, type ApiErrorOf, type DocumentedErrorStatus, type IsApiError, type OperationKey } from "./operation-errors.js";
export { paginate, PaginationError } from "./pagination.js";
export type { Page, Paged, PageInit, Paginate, PaginateOptions, PagingRule, PagingTable, PagingTypes } from "./pagination-types.js";
export { ApiConnectionError, ApiTimeoutError, transportErrorOf, typeTransportErrors } from "./transport-errors.js";
export {
  ClientConfigError,
  SHARED_AUTH_OPTIONS,
  checkBaseUrl,
  requireOptions,
  requireString,
  resolveBaseUrl,
  sharedAuthOptions,
  type ClientOptionsBase,
  type SharedAuthOptionName,
} from "./client-options.js";
export { MissingEnvError, processEnv, readEnv, type EnvRecord } from "./env.js";
export { CLIENT_ERROR_CODES, CloudSdksClientError, type ClientErrorCode } from "./errors.js";
export { createProviderClient, type ProviderClient, type ProviderClientExtras, type ProviderClientOptions } from "./provider-client.js";
export { requestIdOf } from "./request-id.js";
export { rememberSentSecrets, secretsOfAuthorization, secretsSentWith } from "./sent-secrets.js";
export {
  jsonPathOf,
  lookupFromTable,
  responseValidation,
  responseValidationMiddleware,
  ResponseValidationError,
  type ResponseSchemaLookup,
  type ResponseValidation,
  type ResponseValidationIssue,
  type ResponseValidationOptions,
} from "./response-validation.js";
export {
  documentedStatus,
  extraFields,
  shapeOf,
  withResponseDocs,
  type DocumentedResponses,
  type OperationResponses,
  type ResponseViolation,
  type ResponseViolationHandler,
  type ResponseViolationKind,
} from "./response-drift.js";
export type { StandardIssue, StandardResult, StandardSchema } from "./standard-schema.js";
export { throwOnErrorMiddleware } from "./throw-on-error.js";
export { unwrap, type DataOf, type FetchResultLike } from "./unwrap.js";
