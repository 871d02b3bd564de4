export { createCloudlxAuth } from "./auth.js";
export { createCloudlxClient, type CloudlxClient } from "./client.js";
export { CLOUDLX_ENV, cloudlxOptionsFromEnv } from "./env.js";
export {
  CLOUDLX_HOSTS,
  CLOUDLX_REFRESH_TOKEN_LIFETIME_SECONDS,
  cloudlxMediaType,
  type CloudlxEnvironment,
  type CloudlxOptions,
} from "./options.js";
export type { components, operations, paths } from "./generated/schema.js";
export { operations as operationTable, type OperationId } from "./generated/operations.js";
export type {
  SchemaService as Service,
  SchemaPort as Port,
  SchemaTokenResponse as TokenResponse,
} from "./generated/schema.js";
export {
  ApiError,
  ClientConfigError,
  CLIENT_ERROR_CODES,
  MissingEnvError,
  ResponseValidationError,
  unwrap,
} from "@cloud-sdks/core";
export {
  AUTH_CONFIG_INVALID,
  AUTH_INSECURE_URL,
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  ConfigError,
  OAuthError,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  type TokenSet,
  type TokenStore,
} from "@cloud-sdks/auth";
