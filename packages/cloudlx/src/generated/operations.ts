// generated from specs/cloudlx.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

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
  /** Each documented status (`200`, `4XX`, `default`) with its media types; none for a body-less response. */
  readonly responses: Readonly<Record<string, readonly string[]>>;
  /** The path template's parameters, in order. */
  readonly pathParams: readonly string[];
  /** The query parameters the operation requires. */
  readonly requiredQuery: readonly string[];
}

/** Every operation of the spec by operationId, in spec order. */
export const operations = {
  requestAccessToken: {
    operationId: "requestAccessToken",
    method: "POST",
    path: "/api/oauth2/access-token",
    key: "POST /api/oauth2/access-token",
    tags: ["Authentication"],
    security: "none",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "400": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  refreshAccessToken: {
    operationId: "refreshAccessToken",
    method: "POST",
    path: "/api/oauth2/refresh-token",
    key: "POST /api/oauth2/refresh-token",
    tags: ["Authentication"],
    security: "none",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "400": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  listServices: {
    operationId: "listServices",
    method: "GET",
    path: "/api/services",
    key: "GET /api/services",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  getService: {
    operationId: "getService",
    method: "GET",
    path: "/api/services/{id}/service",
    key: "GET /api/services/{id}/service",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  getServiceGraph: {
    operationId: "getServiceGraph",
    method: "GET",
    path: "/api/services/{id}/graph/{type}",
    key: "GET /api/services/{id}/graph/{type}",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id", "type"],
    requiredQuery: [],
  },
  createService: {
    operationId: "createService",
    method: "POST",
    path: "/api/services/create",
    key: "POST /api/services/create",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "400": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  upgradeService: {
    operationId: "upgradeService",
    method: "POST",
    path: "/api/services/{id}/service/upgrade",
    key: "POST /api/services/{id}/service/upgrade",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "400": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  updateServiceRenewal: {
    operationId: "updateServiceRenewal",
    method: "PUT",
    path: "/api/services/{id}/service/renew",
    key: "PUT /api/services/{id}/service/renew",
    tags: ["Services"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  getServicePricing: {
    operationId: "getServicePricing",
    method: "GET",
    path: "/api/services/pricing",
    key: "GET /api/services/pricing",
    tags: ["Catalogue"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  listServiceTypes: {
    operationId: "listServiceTypes",
    method: "GET",
    path: "/api/services/types",
    key: "GET /api/services/types",
    tags: ["Catalogue"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  getServiceType: {
    operationId: "getServiceType",
    method: "GET",
    path: "/api/services/types/{id}/type",
    key: "GET /api/services/types/{id}/type",
    tags: ["Catalogue"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  listAvailableServicePorts: {
    operationId: "listAvailableServicePorts",
    method: "GET",
    path: "/api/services/ports-available",
    key: "GET /api/services/ports-available",
    tags: ["Catalogue"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  listAvailableVlans: {
    operationId: "listAvailableVlans",
    method: "GET",
    path: "/api/services/available-vlans",
    key: "GET /api/services/available-vlans",
    tags: ["Catalogue"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: ["port_id"],
  },
  listPorts: {
    operationId: "listPorts",
    method: "GET",
    path: "/api/ports",
    key: "GET /api/ports",
    tags: ["Ports"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  listAvailablePorts: {
    operationId: "listAvailablePorts",
    method: "GET",
    path: "/api/ports/available",
    key: "GET /api/ports/available",
    tags: ["Ports"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
  getPort: {
    operationId: "getPort",
    method: "GET",
    path: "/api/ports/{id}/port",
    key: "GET /api/ports/{id}/port",
    tags: ["Ports"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "404": ["application/vnd.cloudlx.v1+json"] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  purchasePort: {
    operationId: "purchasePort",
    method: "POST",
    path: "/api/ports/purchase",
    key: "POST /api/ports/purchase",
    tags: ["Ports"],
    security: "required",
    responses: { "200": ["application/vnd.cloudlx.v1+json"], "400": ["application/vnd.cloudlx.v1+json"], "401": ["application/vnd.cloudlx.v1+json"], "422": ["application/vnd.cloudlx.v1+json"] },
    pathParams: [],
    requiredQuery: [],
  },
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

// Built on first use: regular expressions compiled at module load would cost every import of
// this file, also those that only read `operations` (the validation entry).
let routeTable: ReadonlyArray<readonly [HttpMethod, RegExp, OperationInfo]> | undefined;
const routes = () => (routeTable ??= [
  ["POST", /^\/api\/oauth2\/access-token$/, operations.requestAccessToken],
  ["POST", /^\/api\/oauth2\/refresh-token$/, operations.refreshAccessToken],
  ["GET", /^\/api\/services$/, operations.listServices],
  ["POST", /^\/api\/services\/create$/, operations.createService],
  ["GET", /^\/api\/services\/pricing$/, operations.getServicePricing],
  ["GET", /^\/api\/services\/types$/, operations.listServiceTypes],
  ["GET", /^\/api\/services\/ports-available$/, operations.listAvailableServicePorts],
  ["GET", /^\/api\/services\/available-vlans$/, operations.listAvailableVlans],
  ["GET", /^\/api\/ports$/, operations.listPorts],
  ["GET", /^\/api\/ports\/available$/, operations.listAvailablePorts],
  ["POST", /^\/api\/ports\/purchase$/, operations.purchasePort],
  ["GET", /^\/api\/services\/[^/]+\/service$/, operations.getService],
  ["POST", /^\/api\/services\/[^/]+\/service\/upgrade$/, operations.upgradeService],
  ["PUT", /^\/api\/services\/[^/]+\/service\/renew$/, operations.updateServiceRenewal],
  ["GET", /^\/api\/services\/types\/[^/]+\/type$/, operations.getServiceType],
  ["GET", /^\/api\/ports\/[^/]+\/port$/, operations.getPort],
  ["GET", /^\/api\/services\/[^/]+\/graph\/[^/]+$/, operations.getServiceGraph],
]);

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
  for (const [routeMethod, pattern, operation] of routes()) {
    if (routeMethod === wanted && pattern.test(path)) return operation;
  }
  return undefined;
}
