// generated from specs/cloudmore.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template as written in the spec, e.g. `/pets/{petId}`. */
  readonly path: string;
  /** `"METHOD /path/template"`: the key of `responseSchemas` in ./zod.js. */
  readonly key: string;
  readonly tags: readonly string[];
  /** `none`: the spec opts the operation out of authentication (`security: []`), as for token endpoints. */
  readonly security: "none" | "required";
}

/** Every operation of the spec by operationId, in spec order. */
export const operations = {
  requestToken: {
    operationId: "requestToken",
    method: "POST",
    path: "/connect/token",
    key: "POST /connect/token",
    tags: ["Authentication"],
    security: "none",
  },
  listOrganizations: {
    operationId: "listOrganizations",
    method: "GET",
    path: "/api/resellers/{resellerId}/Organizations",
    key: "GET /api/resellers/{resellerId}/Organizations",
    tags: ["Organizations"],
    security: "required",
  },
  createOrganization: {
    operationId: "createOrganization",
    method: "POST",
    path: "/api/resellers/{resellerId}/Organizations",
    key: "POST /api/resellers/{resellerId}/Organizations",
    tags: ["Organizations"],
    security: "required",
  },
  getOrganization: {
    operationId: "getOrganization",
    method: "GET",
    path: "/api/resellers/{resellerId}/Organizations/{organizationId}",
    key: "GET /api/resellers/{resellerId}/Organizations/{organizationId}",
    tags: ["Organizations"],
    security: "required",
  },
  updateOrganization: {
    operationId: "updateOrganization",
    method: "PUT",
    path: "/api/resellers/{resellerId}/Organizations/{organizationId}",
    key: "PUT /api/resellers/{resellerId}/Organizations/{organizationId}",
    tags: ["Organizations"],
    security: "required",
  },
  deleteOrganization: {
    operationId: "deleteOrganization",
    method: "DELETE",
    path: "/api/resellers/{resellerId}/Organizations/{organizationId}",
    key: "DELETE /api/resellers/{resellerId}/Organizations/{organizationId}",
    tags: ["Organizations"],
    security: "required",
  },
  listOrganizationUsers: {
    operationId: "listOrganizationUsers",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/Users",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/Users",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  createOrganizationUser: {
    operationId: "createOrganizationUser",
    method: "POST",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/Users",
    key: "POST /api/resellers/{resellerId}/organizations/{organizationId}/Users",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  getOrganizationUser: {
    operationId: "getOrganizationUser",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  updateOrganizationUser: {
    operationId: "updateOrganizationUser",
    method: "PUT",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    key: "PUT /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  deleteOrganizationUser: {
    operationId: "deleteOrganizationUser",
    method: "DELETE",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    key: "DELETE /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  listOrganizationRoles: {
    operationId: "listOrganizationRoles",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles",
    tags: ["OrganizationUsers"],
    security: "required",
  },
  listResellerAdministrators: {
    operationId: "listResellerAdministrators",
    method: "GET",
    path: "/api/resellers/{resellerId}/ResellerAdministrators",
    key: "GET /api/resellers/{resellerId}/ResellerAdministrators",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  createResellerAdministrator: {
    operationId: "createResellerAdministrator",
    method: "POST",
    path: "/api/resellers/{resellerId}/ResellerAdministrators",
    key: "POST /api/resellers/{resellerId}/ResellerAdministrators",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  getResellerAdministrator: {
    operationId: "getResellerAdministrator",
    method: "GET",
    path: "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    key: "GET /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  updateResellerAdministrator: {
    operationId: "updateResellerAdministrator",
    method: "PUT",
    path: "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    key: "PUT /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  deleteResellerAdministrator: {
    operationId: "deleteResellerAdministrator",
    method: "DELETE",
    path: "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    key: "DELETE /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  listResellerRoles: {
    operationId: "listResellerRoles",
    method: "GET",
    path: "/api/resellers/{resellerId}/ResellerRoles",
    key: "GET /api/resellers/{resellerId}/ResellerRoles",
    tags: ["ResellerAdministrators"],
    security: "required",
  },
  listOrganizationServices: {
    operationId: "listOrganizationServices",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/services",
    tags: ["OrganizationServices"],
    security: "required",
  },
  addOrganizationService: {
    operationId: "addOrganizationService",
    method: "POST",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services",
    key: "POST /api/resellers/{resellerId}/organizations/{organizationId}/services",
    tags: ["OrganizationServices"],
    security: "required",
  },
  getOrganizationService: {
    operationId: "getOrganizationService",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
    tags: ["OrganizationServices"],
    security: "required",
  },
  updateOrganizationService: {
    operationId: "updateOrganizationService",
    method: "PUT",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
    key: "PUT /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
    tags: ["OrganizationServices"],
    security: "required",
  },
  listSubscriptionUsers: {
    operationId: "listSubscriptionUsers",
    method: "GET",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    key: "GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    tags: ["OrganizationServices"],
    security: "required",
  },
  updateSubscriptionUser: {
    operationId: "updateSubscriptionUser",
    method: "PUT",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    key: "PUT /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    tags: ["OrganizationServices"],
    security: "required",
  },
  addSubscriptionUser: {
    operationId: "addSubscriptionUser",
    method: "POST",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    key: "POST /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
    tags: ["OrganizationServices"],
    security: "required",
  },
  deleteSubscriptionUser: {
    operationId: "deleteSubscriptionUser",
    method: "DELETE",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}",
    key: "DELETE /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}",
    tags: ["OrganizationServices"],
    security: "required",
  },
  listSellerServices: {
    operationId: "listSellerServices",
    method: "GET",
    path: "/api/sellers/{sellerId}/services",
    key: "GET /api/sellers/{sellerId}/services",
    tags: ["SellerServices"],
    security: "required",
  },
  createSellerService: {
    operationId: "createSellerService",
    method: "POST",
    path: "/api/sellers/{sellerId}/services",
    key: "POST /api/sellers/{sellerId}/services",
    tags: ["SellerServices"],
    security: "required",
  },
  getSellerService: {
    operationId: "getSellerService",
    method: "GET",
    path: "/api/sellers/{sellerId}/services/{serviceId}",
    key: "GET /api/sellers/{sellerId}/services/{serviceId}",
    tags: ["SellerServices"],
    security: "required",
  },
  updateSellerService: {
    operationId: "updateSellerService",
    method: "PUT",
    path: "/api/sellers/{sellerId}/services/{serviceId}",
    key: "PUT /api/sellers/{sellerId}/services/{serviceId}",
    tags: ["SellerServices"],
    security: "required",
  },
  deleteSellerService: {
    operationId: "deleteSellerService",
    method: "DELETE",
    path: "/api/sellers/{sellerId}/services/{serviceId}",
    key: "DELETE /api/sellers/{sellerId}/services/{serviceId}",
    tags: ["SellerServices"],
    security: "required",
  },
  listServiceCategories: {
    operationId: "listServiceCategories",
    method: "GET",
    path: "/api/services/categories",
    key: "GET /api/services/categories",
    tags: ["SellerServices"],
    security: "required",
  },
  listSellerServiceProducts: {
    operationId: "listSellerServiceProducts",
    method: "GET",
    path: "/api/sellers/{sellerId}/services/{serviceId}/products",
    key: "GET /api/sellers/{sellerId}/services/{serviceId}/products",
    tags: ["SellerServices"],
    security: "required",
  },
  createSellerServiceProduct: {
    operationId: "createSellerServiceProduct",
    method: "POST",
    path: "/api/sellers/{sellerId}/services/{serviceId}/products",
    key: "POST /api/sellers/{sellerId}/services/{serviceId}/products",
    tags: ["SellerServices"],
    security: "required",
  },
  getSellerServiceProduct: {
    operationId: "getSellerServiceProduct",
    method: "GET",
    path: "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    key: "GET /api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    tags: ["SellerServices"],
    security: "required",
  },
  updateSellerServiceProduct: {
    operationId: "updateSellerServiceProduct",
    method: "PUT",
    path: "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    key: "PUT /api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    tags: ["SellerServices"],
    security: "required",
  },
  deleteSellerServiceProduct: {
    operationId: "deleteSellerServiceProduct",
    method: "DELETE",
    path: "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    key: "DELETE /api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
    tags: ["SellerServices"],
    security: "required",
  },
  listSellerSubscriptions: {
    operationId: "listSellerSubscriptions",
    method: "GET",
    path: "/api/sellers/{sellerId}/subscriptions",
    key: "GET /api/sellers/{sellerId}/subscriptions",
    tags: ["Subscriptions"],
    security: "required",
  },
  getSellerSubscription: {
    operationId: "getSellerSubscription",
    method: "GET",
    path: "/api/sellers/{sellerId}/subscriptions/{subscriptionId}",
    key: "GET /api/sellers/{sellerId}/subscriptions/{subscriptionId}",
    tags: ["Subscriptions"],
    security: "required",
  },
  deleteSellerSubscription: {
    operationId: "deleteSellerSubscription",
    method: "DELETE",
    path: "/api/sellers/{sellerId}/subscriptions/{subscriptionId}",
    key: "DELETE /api/sellers/{sellerId}/subscriptions/{subscriptionId}",
    tags: ["Subscriptions"],
    security: "required",
  },
  listResellerServiceSubscriptions: {
    operationId: "listResellerServiceSubscriptions",
    method: "GET",
    path: "/api/resellers/{resellerId}/services/{serviceId}/subscriptions",
    key: "GET /api/resellers/{resellerId}/services/{serviceId}/subscriptions",
    tags: ["Subscriptions"],
    security: "required",
  },
  createManualBilling: {
    operationId: "createManualBilling",
    method: "POST",
    path: "/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling",
    key: "POST /api/resellers/{resellerId}/organizations/{organizationId}/manualbilling",
    tags: ["Billing"],
    security: "required",
  },
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

const routes: ReadonlyArray<readonly [HttpMethod, RegExp, OperationInfo]> = [
  ["POST", /^\/connect\/token$/, operations.requestToken],
  ["GET", /^\/api\/services\/categories$/, operations.listServiceCategories],
  ["GET", /^\/api\/resellers\/[^/]+\/Organizations$/, operations.listOrganizations],
  ["POST", /^\/api\/resellers\/[^/]+\/Organizations$/, operations.createOrganization],
  ["GET", /^\/api\/resellers\/[^/]+\/ResellerAdministrators$/, operations.listResellerAdministrators],
  ["POST", /^\/api\/resellers\/[^/]+\/ResellerAdministrators$/, operations.createResellerAdministrator],
  ["GET", /^\/api\/resellers\/[^/]+\/ResellerRoles$/, operations.listResellerRoles],
  ["GET", /^\/api\/sellers\/[^/]+\/services$/, operations.listSellerServices],
  ["POST", /^\/api\/sellers\/[^/]+\/services$/, operations.createSellerService],
  ["GET", /^\/api\/sellers\/[^/]+\/subscriptions$/, operations.listSellerSubscriptions],
  ["GET", /^\/api\/resellers\/[^/]+\/Organizations\/[^/]+$/, operations.getOrganization],
  ["PUT", /^\/api\/resellers\/[^/]+\/Organizations\/[^/]+$/, operations.updateOrganization],
  ["DELETE", /^\/api\/resellers\/[^/]+\/Organizations\/[^/]+$/, operations.deleteOrganization],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/Users$/, operations.listOrganizationUsers],
  ["POST", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/Users$/, operations.createOrganizationUser],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/OrganizationRoles$/, operations.listOrganizationRoles],
  ["GET", /^\/api\/resellers\/[^/]+\/ResellerAdministrators\/[^/]+$/, operations.getResellerAdministrator],
  ["PUT", /^\/api\/resellers\/[^/]+\/ResellerAdministrators\/[^/]+$/, operations.updateResellerAdministrator],
  ["DELETE", /^\/api\/resellers\/[^/]+\/ResellerAdministrators\/[^/]+$/, operations.deleteResellerAdministrator],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services$/, operations.listOrganizationServices],
  ["POST", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services$/, operations.addOrganizationService],
  ["GET", /^\/api\/sellers\/[^/]+\/services\/[^/]+$/, operations.getSellerService],
  ["PUT", /^\/api\/sellers\/[^/]+\/services\/[^/]+$/, operations.updateSellerService],
  ["DELETE", /^\/api\/sellers\/[^/]+\/services\/[^/]+$/, operations.deleteSellerService],
  ["GET", /^\/api\/sellers\/[^/]+\/services\/[^/]+\/products$/, operations.listSellerServiceProducts],
  ["POST", /^\/api\/sellers\/[^/]+\/services\/[^/]+\/products$/, operations.createSellerServiceProduct],
  ["GET", /^\/api\/sellers\/[^/]+\/subscriptions\/[^/]+$/, operations.getSellerSubscription],
  ["DELETE", /^\/api\/sellers\/[^/]+\/subscriptions\/[^/]+$/, operations.deleteSellerSubscription],
  ["GET", /^\/api\/resellers\/[^/]+\/services\/[^/]+\/subscriptions$/, operations.listResellerServiceSubscriptions],
  ["POST", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/manualbilling$/, operations.createManualBilling],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/Users\/[^/]+$/, operations.getOrganizationUser],
  ["PUT", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/Users\/[^/]+$/, operations.updateOrganizationUser],
  ["DELETE", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/Users\/[^/]+$/, operations.deleteOrganizationUser],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+$/, operations.getOrganizationService],
  ["PUT", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+$/, operations.updateOrganizationService],
  ["GET", /^\/api\/sellers\/[^/]+\/services\/[^/]+\/products\/[^/]+$/, operations.getSellerServiceProduct],
  ["PUT", /^\/api\/sellers\/[^/]+\/services\/[^/]+\/products\/[^/]+$/, operations.updateSellerServiceProduct],
  ["DELETE", /^\/api\/sellers\/[^/]+\/services\/[^/]+\/products\/[^/]+$/, operations.deleteSellerServiceProduct],
  ["GET", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+\/subscriptions\/[^/]+\/users$/, operations.listSubscriptionUsers],
  ["PUT", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+\/subscriptions\/[^/]+\/users$/, operations.updateSubscriptionUser],
  ["POST", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+\/subscriptions\/[^/]+\/users$/, operations.addSubscriptionUser],
  ["DELETE", /^\/api\/resellers\/[^/]+\/organizations\/[^/]+\/services\/[^/]+\/subscriptions\/[^/]+\/users\/[^/]+$/, operations.deleteSubscriptionUser],
];

/**
 * The operation a request is for, from its method and URL pathname. Pass the client's base URL
 * pathname as `basePath` when it adds a prefix to the spec's paths (e.g. a proxy mount).
 * A trailing slash is ignored; path parameters match one non-empty segment.
 */
export function matchOperation(method: string, pathname: string, basePath = ""): OperationInfo | undefined {
  const prefix = basePath.endsWith("/") ? basePath.slice(0, -1) : basePath;
  let path = prefix !== "" && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  const wanted = method.toUpperCase();
  for (const [routeMethod, pattern, operation] of routes) {
    if (routeMethod === wanted && pattern.test(path)) return operation;
  }
  return undefined;
}

/** Paged operations by path, from their `x-cloud-sdks-pagination`: what `client.paginate` can iterate. */
export const pagination = {} as const;

/** Per paged path: its method, page and size parameter names, and the type of one item. */
export type Paging = {};
