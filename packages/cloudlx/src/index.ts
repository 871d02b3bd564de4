export { createCloudlxAuth } from "./auth.js";
export { createCloudlxClient, type CloudlxClient } from "./client.js";
export { CLOUDLX_ENV, cloudlxOptionsFromEnv } from "./env.js";
export { CLOUDLX_TOKEN_ERROR_REMEDIES } from "./remedies.js";
export { parseCloudlxTimestamp } from "./timestamp.js";
export {
  CLOUDLX_HOSTS,
  CLOUDLX_REFRESH_TOKEN_LIFETIME_SECONDS,
  cloudlxMediaType,
  type CloudlxEnvironment,
  type CloudlxOptions,
} from "./options.js";
export type { components, operations, paths } from "./generated/schema.js";
// Types only: the operation table is a runtime value users rarely need, and it would cost every bundle.
export type { OperationId } from "./generated/operations.js";
export type { Paging } from "./generated/pagination.js";
export type {
  SchemaService as Service,
  SchemaPort as Port,
  SchemaTokenResponse as TokenResponse,
} from "./generated/schema.js";
export * from "@cloud-sdks/core/public";
