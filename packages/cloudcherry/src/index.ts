export { createCloudcherryAuth } from "./auth.js";
export { createCloudcherryClient, type CloudcherryClient } from "./client.js";
export { CLOUDCHERRY_ENV, cloudcherryOptionsFromEnv } from "./env.js";
export {
  CLOUDCHERRY_HOSTS,
  type CloudcherryApiKeyOptions,
  type CloudcherryEnvironment,
  type CloudcherryOptions,
  type CloudcherryPasswordOptions,
} from "./options.js";
export type { CloudcherryLoginFields, CloudcherrySession } from "./session.js";
export type { components, operations, paths } from "./generated/schema.js";
// Types only: the operation table is a runtime value users rarely need, and it would cost every bundle.
export type { OperationId } from "./generated/operations.js";
export * from "@cloud-sdks/core/public";
