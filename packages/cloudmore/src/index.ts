export { createCloudmoreAuth } from "./auth.js";
export { createCloudmoreClient, type CloudmoreClient } from "./client.js";
export { CLOUDMORE_FORBIDDEN_HINT } from "./forbidden-hint.js";
export { createdIdOf, locationOf } from "./location.js";
// Shadows core's `unwrap` (re-exported below): same contract, plus the access hint on 403s.
export { unwrap } from "./unwrap.js";
export { CLOUDMORE_ENV, cloudmoreOptionsFromEnv } from "./env.js";
export { CLOUDMORE_HOSTS, type CloudmoreEnvironment, type CloudmoreOptions } from "./options.js";
export { CLOUDMORE_TOKEN_ERROR_REMEDIES } from "./remedies.js";
export type { components, operations, paths } from "./generated/schema.js";
// Types only: the operation table is a runtime value users rarely need, and it would cost every bundle.
export type { OperationId } from "./generated/operations.js";
export type { Paging } from "./generated/pagination.js";
export type {
  SchemaOrganization as Organization,
  SchemaOrganizationInput as OrganizationInput,
  SchemaOrganizationUser as OrganizationUser,
  SchemaResellerAdministrator as ResellerAdministrator,
  SchemaOrganizationService as OrganizationService,
  SchemaSellerService as SellerService,
  SchemaProduct as Product,
  SchemaSubscription as Subscription,
  SchemaTokenResponse as TokenResponse,
} from "./generated/schema.js";
export * from "@cloud-sdks/core/public";
