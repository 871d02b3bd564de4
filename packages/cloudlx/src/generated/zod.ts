// generated from specs/cloudlx.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import * as z from "zod/mini";

/** The client ID created in the CloudLX portal API Applications section. */
export const ClientIdSchema = z.string().check(z.minLength(1));

/** The client secret created in the CloudLX portal API Applications section. */
export const ClientSecretSchema = z.string().check(z.minLength(1));

/** Form body of the client credentials grant. Every field is required. */
export const AccessTokenRequestSchema = z.strictObject({
  grant_type: z.literal("client_credentials"),
  client_id: ClientIdSchema,
  client_secret: ClientSecretSchema,
});

/** Form body of the refresh token grant. Every field is required. */
export const RefreshTokenRequestSchema = z.strictObject({
  grant_type: z.literal("refresh_token"),
  refresh_token: z.string().check(z.minLength(1)),
  client_id: ClientIdSchema,
  client_secret: ClientSecretSchema,
});

/** Token pair issued by both token endpoints. Access token lifetime 3600 s; refresh token lifetime 604800 s (7 days). */
export const TokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.literal("Bearer"),
  expires_in: z.int().check(z.gte(0)),
  refresh_token: z.string().check(z.minLength(1)),
});

/** OAuth2 error response (RFC 6749 §5.2) from the token endpoints. CloudLX's guide documents no error codes; `error` is one of the six RFC 6749 section 5.2 codes. */
export const OAuthErrorSchema = z.looseObject({
  error: z.enum(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"]),
  error_description: z.optional(z.string()),
});

/** Error body of resource endpoints. NOT documented by the provider: every property is optional and more may appear. OAuth2 token failures carry `error`/`error_description`; application errors carry `success: false` and `message`; validation failures may carry `errors` (field name to messages). */
export const UndocumentedErrorSchema = z.looseObject({
  success: z.optional(z.boolean()),
  message: z.optional(z.string()),
  error: z.optional(z.string()),
  error_description: z.optional(z.string()),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
});

/** The answer of every write call. */
export const SuccessResponseSchema = z.looseObject({
  success: z.boolean(),
  message: z.string(),
});

/** A numeric CloudLX id. */
export const IdSchema = z.int().check(z.gte(1));

/** `{success, message}` like every write call; the provider's PHP client also reads `service_id`, the id of the new service, when present. */
export const ServiceCreatedSchema = z.intersection(SuccessResponseSchema, z.looseObject({
  service_id: z.optional(IdSchema),
}));

/** A PHP-style boolean flag sent as 0 or 1. */
export const FlagIntegerSchema = z.literal([0, 1]);

/** A VLAN id (the provider documents the range 1-4098). */
export const VlanSchema = z.int().check(z.gte(1), z.lte(4098));

/** Date and time as the provider sends it. The provider's own fixtures show `YYYY-MM-DD HH:MM:SS` without a zone (not RFC 3339), so `format: date-time` is not claimed; the pattern also accepts RFC 3339. */
export const TimestampSchema = z.string().check(z.regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}", "u")));

/** The answer of `GET /api/services/{id}/graph/{type}`. Only the `graph` key is known (the provider's PHP client reads it); what it holds is documented nowhere, so any JSON is accepted. */
export const ServiceGraphSchema = z.looseObject({
  graph: z.unknown(),
});

export const RegionSchema = z.looseObject({
  name: z.string(),
});

export const NetworkAlarmSchema = z.looseObject({
  description: z.string(),
  created_at: z.iso.datetime({ offset: true }),
});

export const ServiceReferenceSchema = z.looseObject({
  id: IdSchema,
  name: z.string(),
});

export const ServiceTypeCategorySchema = z.looseObject({
  name: z.string(),
  code: z.string(),
});

/** A kind of service (fields from the provider's PHP client fixtures). */
export const ServiceTypeSchema = z.looseObject({
  id: IdSchema,
  name: z.string(),
  short_name: z.optional(z.string()),
  logo_path: z.optional(z.nullable(z.string())),
  regions: z.optional(z.string()),
  category: z.optional(z.string()),
  category_id: z.optional(IdSchema),
  categories: z.optional(z.array(ServiceTypeCategorySchema)),
});

/** One statistic of a service. */
export const ServiceStatisticSchema = z.looseObject({
  name: z.string(),
  lastvalue: z.string(),
  lastvalue_raw: z.number(),
});

/** Live statistics keyed by metric id (e.g. `jitter`, `2_way_latency`). When there are none the provider (PHP) sends an empty JSON array `[]` instead of `{}`. */
export const ServiceStatisticsSchema = z.union([z.record(z.string(), ServiceStatisticSchema), z.array(ServiceStatisticSchema).check(z.maxLength(0))]);

/** A port in a data centre. Only `id` and `name` are always present; the rest appears in port detail responses (fields from the provider's PHP client fixtures). */
export const PortSchema = z.looseObject({
  id: IdSchema,
  ref: z.optional(z.string()),
  name: z.string(),
  datacentre_name: z.optional(z.string()),
  index: z.optional(z.int()),
  speed: z.optional(z.string()),
  throughput: z.optional(z.int()),
  committed_bandwidth: z.optional(z.string()),
  committed_bandwidth_raw: z.optional(z.int()),
  remaining_bandwidth: z.optional(z.string()),
  remaining_bandwidth_raw: z.optional(z.int()),
  utilisation: z.optional(z.string()),
  utilisation_raw: z.optional(z.string()),
  customer: z.optional(z.string()),
  customer_id: z.optional(IdSchema),
  regions: z.optional(z.array(RegionSchema)),
  network_alarms: z.optional(z.array(NetworkAlarmSchema)),
  services: z.optional(z.array(ServiceReferenceSchema)),
  service_type: z.optional(ServiceTypeSchema),
  service_count: z.optional(z.int().check(z.gte(0))),
  user_can_access: z.optional(z.boolean()),
  datacentre_datacentre_name: z.optional(z.string()),
  datacentre_city: z.optional(z.string()),
  datacentre_city_iso: z.optional(z.string()),
  status: z.optional(z.string()),
  statistics: z.optional(ServiceStatisticsSchema),
});

/** A layer-2 service on one of the customer's ports. */
export const ServiceSchema = z.looseObject({
  id: IdSchema,
  name: z.string(),
  vlan: z.union([VlanSchema, z.null()]),
  nni_vlan: z.optional(z.union([VlanSchema, z.null()])),
  created: TimestampSchema,
  cancellation_date: z.optional(z.union([TimestampSchema, z.null()])),
  expires: z.optional(z.union([TimestampSchema, z.null()])),
  protected: z.optional(z.string()),
  bandwidth: z.string(),
  paused: z.boolean(),
  expired: z.boolean(),
  type: z.string(),
  type_short_name: z.optional(z.string()),
  port: PortSchema,
});

/** The cloud service provider's view of an on-ramp service. */
export const CspStatusSchema = z.looseObject({
  color: z.optional(z.string()),
  text: z.optional(z.string()),
  state: z.optional(z.string()),
});

/** A service with its status and live statistics. */
export const ServiceDetailSchema = z.intersection(ServiceSchema, z.looseObject({
  status: z.string(),
  statistics: z.optional(ServiceStatisticsSchema),
  b_port: z.optional(PortSchema),
  csp_status: z.optional(CspStatusSchema),
}));

export const ServiceListSchema = z.looseObject({
  services: z.array(ServiceSchema),
});

export const PortListSchema = z.looseObject({
  ports: z.array(PortSchema),
});

export const ServiceTypeListSchema = z.looseObject({
  service_types: z.array(ServiceTypeSchema),
});

/** A purchasable bandwidth/term combination for a service. */
export const ProductSchema = z.looseObject({
  id: IdSchema,
  speed: z.string(),
  speed_raw: z.int().check(z.gte(0)),
  period_length: z.int().check(z.gte(1)),
  period_type: z.string(),
  price: z.number().check(z.gte(0)),
  currency: z.string().check(z.regex(new RegExp("^[A-Z]{3}$", "u"))),
});

export const ProductListSchema = z.looseObject({
  products: z.array(ProductSchema),
});

export const VlanListSchema = z.looseObject({
  vlans: z.array(VlanSchema),
});

/** A service from the customer's port to a service port on one VLAN. Provider-specific fields (from the provider's PHP client): AWS `aws_account`; Azure (MSA) `msa_service_key` and `secondary_port_id`; Google (GCP) `gcp_project_id`, `host_ip`, `link_ip`, `asn`, `md5_session_key`, `contact_name`, `contact_email`, `contact_phone`. */
export const CreateCloudServiceRequestSchema = z.strictObject({
  port_id: IdSchema,
  service_port_id: IdSchema,
  product_id: IdSchema,
  name: z.string().check(z.minLength(1)),
  vlan: VlanSchema,
  disable_auto_renew: z.optional(z.boolean()),
  aws_account: z.optional(z.string().check(z.regex(new RegExp("^[0-9]{12}$", "u")))),
  msa_service_key: z.optional(z.guid()),
  secondary_port_id: z.optional(IdSchema),
  gcp_project_id: z.optional(z.string()),
  host_ip: z.optional(z.string()),
  link_ip: z.optional(z.string()),
  asn: z.optional(z.int().check(z.gte(1))),
  md5_session_key: z.optional(z.string()),
  contact_name: z.optional(z.string()),
  contact_email: z.optional(z.email()),
  contact_phone: z.optional(z.string()),
});

/** An inter-port connection between two of the customer's ports. Fields by `cvlan_mapping_type` (from the provider's PHP client): `bundled` – `cvlans`; `range` – `vlan_from`, `vlan_to`; `translation` – `vlan`, `translated_vlan`; `virtual-untagged` – `vlan`, `untagged_port_id`; `epline` – none. The VLAN list is sent as `cvlans` (the provider's client calls it `vlans` internally). */
export const CreateInterconnectServiceRequestSchema = z.strictObject({
  port_id: IdSchema,
  far_end_port_id: IdSchema,
  product_id: IdSchema,
  name: z.string().check(z.minLength(1)),
  cvlan_mapping_type: z.enum(["bundled", "range", "translation", "virtual-untagged", "epline"]),
  cvlans: z.optional(z.array(VlanSchema).check(z.minLength(1))),
  vlan_from: z.optional(VlanSchema),
  vlan_to: z.optional(VlanSchema),
  vlan: z.optional(VlanSchema),
  translated_vlan: z.optional(VlanSchema),
  untagged_port_id: z.optional(IdSchema),
  disable_auto_renew: z.optional(z.boolean()),
});

/** Either a service to a service port (cloud on-ramp) or an inter-port connection. The two variants are closed objects so that a body matches exactly one of them. */
export const CreateServiceRequestSchema = z.union([CreateCloudServiceRequestSchema, CreateInterconnectServiceRequestSchema]);

export const UpgradeServiceRequestSchema = z.strictObject({
  product_id: IdSchema,
});

export const UpdateServiceRenewalRequestSchema = z.strictObject({
  disable_auto_renew: z.boolean(),
  renewal_product_id: z.optional(IdSchema),
});

export const PurchasePortRequestSchema = z.strictObject({
  model: z.enum(["limited", "unlimited"]),
  port_id: IdSchema,
  name: z.string().check(z.minLength(1)),
  term: z.int().check(z.gte(1)),
});

/** Body of the shared response `TokenIssued`. */
export const TokenIssuedResponseSchema = TokenResponseSchema;

/** Body of the shared response `InvalidClient`. */
export const InvalidClientResponseSchema = OAuthErrorSchema;

/** Body of the shared response `Unauthorized`. */
export const UnauthorizedResponseSchema = UndocumentedErrorSchema;

/** Body of the shared response `NotFound`. */
export const NotFoundResponseSchema = UndocumentedErrorSchema;

/** Body of the shared response `ValidationFailed`. */
export const ValidationFailedResponseSchema = UndocumentedErrorSchema;

/** Body of the shared response `Refused`. */
export const RefusedResponseSchema = SuccessResponseSchema;

/** `requestAccessToken` (POST /api/oauth2/access-token) 400 body. */
export const RequestAccessTokenResponse400Schema = OAuthErrorSchema;

/** `refreshAccessToken` (POST /api/oauth2/refresh-token) 400 body. */
export const RefreshAccessTokenResponse400Schema = OAuthErrorSchema;

/** `listServices` (GET /api/services) 200 body. */
export const ListServicesResponse200Schema = ServiceListSchema;

/** `getService` (GET /api/services/{id}/service) 200 body. */
export const GetServiceResponse200Schema = ServiceDetailSchema;

/** `getServiceGraph` (GET /api/services/{id}/graph/{type}) 200 body. */
export const GetServiceGraphResponse200Schema = ServiceGraphSchema;

/** `createService` (POST /api/services/create) 200 body. */
export const CreateServiceResponse200Schema = ServiceCreatedSchema;

/** `upgradeService` (POST /api/services/{id}/service/upgrade) 200 body. */
export const UpgradeServiceResponse200Schema = SuccessResponseSchema;

/** `upgradeService` (POST /api/services/{id}/service/upgrade) 400 body. */
export const UpgradeServiceResponse400Schema = SuccessResponseSchema;

/** `updateServiceRenewal` (PUT /api/services/{id}/service/renew) 200 body. */
export const UpdateServiceRenewalResponse200Schema = SuccessResponseSchema;

/** `getServicePricing` (GET /api/services/pricing) 200 body. */
export const GetServicePricingResponse200Schema = ProductListSchema;

/** `listServiceTypes` (GET /api/services/types) 200 body. */
export const ListServiceTypesResponse200Schema = ServiceTypeListSchema;

/** `getServiceType` (GET /api/services/types/{id}/type) 200 body. */
export const GetServiceTypeResponse200Schema = ServiceTypeSchema;

/** `listAvailableServicePorts` (GET /api/services/ports-available) 200 body. */
export const ListAvailableServicePortsResponse200Schema = PortListSchema;

/** `listAvailableVlans` (GET /api/services/available-vlans) 200 body. */
export const ListAvailableVlansResponse200Schema = VlanListSchema;

/** `listPorts` (GET /api/ports) 200 body. */
export const ListPortsResponse200Schema = PortListSchema;

/** `listAvailablePorts` (GET /api/ports/available) 200 body. */
export const ListAvailablePortsResponse200Schema = PortListSchema;

/** `getPort` (GET /api/ports/{id}/port) 200 body. */
export const GetPortResponse200Schema = PortSchema;

/** `purchasePort` (POST /api/ports/purchase) 200 body. */
export const PurchasePortResponse200Schema = SuccessResponseSchema;

/** Response body schemas by `"METHOD /path/template"` and status key (`200`, `4XX`, `default`). */
export const responseSchemas = {
  "POST /api/oauth2/access-token": {
    "200": TokenIssuedResponseSchema,
    "400": RequestAccessTokenResponse400Schema,
    "401": InvalidClientResponseSchema,
  },
  "POST /api/oauth2/refresh-token": {
    "200": TokenIssuedResponseSchema,
    "400": RefreshAccessTokenResponse400Schema,
    "401": InvalidClientResponseSchema,
  },
  "GET /api/services": {
    "200": ListServicesResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/services/{id}/service": {
    "200": GetServiceResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "GET /api/services/{id}/graph/{type}": {
    "200": GetServiceGraphResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "POST /api/services/create": {
    "200": CreateServiceResponse200Schema,
    "400": RefusedResponseSchema,
    "401": UnauthorizedResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
  "POST /api/services/{id}/service/upgrade": {
    "200": UpgradeServiceResponse200Schema,
    "400": UpgradeServiceResponse400Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
  "PUT /api/services/{id}/service/renew": {
    "200": UpdateServiceRenewalResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
  "GET /api/services/pricing": {
    "200": GetServicePricingResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
  "GET /api/services/types": {
    "200": ListServiceTypesResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/services/types/{id}/type": {
    "200": GetServiceTypeResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "GET /api/services/ports-available": {
    "200": ListAvailableServicePortsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/services/available-vlans": {
    "200": ListAvailableVlansResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
  "GET /api/ports": {
    "200": ListPortsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/ports/available": {
    "200": ListAvailablePortsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/ports/{id}/port": {
    "200": GetPortResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "POST /api/ports/purchase": {
    "200": PurchasePortResponse200Schema,
    "400": RefusedResponseSchema,
    "401": UnauthorizedResponseSchema,
    "422": ValidationFailedResponseSchema,
  },
} as const satisfies Record<string, Readonly<Record<string, z.ZodMiniType>>>;

export type ResponseSchemaMap = typeof responseSchemas;

/**
 * The schema for a response: the exact status first, then its range (`4XX`), then `default`.
 * Undefined when the operation is unknown or documents no JSON body for that status.
 */
export function responseSchemaFor(operationKey: string, status: number): z.ZodMiniType | undefined {
  const byStatus: Readonly<Record<string, z.ZodMiniType>> | undefined = (responseSchemas as Readonly<Record<string, Readonly<Record<string, z.ZodMiniType>>>>)[operationKey];
  if (byStatus === undefined) return undefined;
  return byStatus[String(status)] ?? byStatus[`${String(status).charAt(0)}XX`] ?? byStatus["default"];
}
