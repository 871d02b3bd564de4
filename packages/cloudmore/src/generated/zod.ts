// generated from specs/cloudmore.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import * as z from "zod/mini";

/** Form fields of the token request, the guide's request parameters. `client_id`/`client_secret` are optional here only because IdentityServer4 also takes them as HTTP Basic (`client_secret_basic`, not in the guide); one of the two ways is required. */
export const TokenRequestSchema = z.strictObject({
  grant_type: z.literal("password"),
  username: z.string().check(z.minLength(1)),
  password: z.string().check(z.minLength(1)),
  scope: z.literal("api"),
  client_id: z.optional(z.string().check(z.minLength(1))),
  client_secret: z.optional(z.string().check(z.minLength(1))),
});

/** The JWT access token response. */
export const TokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.regex(new RegExp("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", "u"))),
  expires_in: z.int().check(z.gte(1)),
  token_type: z.literal("Bearer"),
  scope: z.optional(z.string()),
});

/** OAuth 2.0 error body of a failed token request (HTTP 400). Remedies from Cloudmore's guide: `invalid_grant` (error_description "The user name or password is incorrect.", sent with a leading space) – Verify that the username and password are correct. `invalid_scope` – Verify that the POST parameter “scope” has the correct value. `unsupported_grant_type` – Verify that the POST parameter “grant_type” has the correct value. `invalid_client` – Verify that the POST parameters “client_secret” and “client_id” have correct values. `invalid_request`, `unauthorized_client` – not in the guide; RFC 6749 section 5.2 codes the server may send. */
export const TokenErrorSchema = z.looseObject({
  error: z.enum(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"]),
  error_description: z.optional(z.string()),
});

/** Contact person of an organization. */
export const ContactSchema = z.looseObject({
  name: z.optional(z.string().check(z.maxLength(200))),
  email: z.optional(z.email()),
  phone: z.optional(z.string()),
  cellPhone: z.optional(z.string()),
});

/** Body of create and update organization. Cloudmore accepts further fields not listed here. */
export const OrganizationInputSchema = z.looseObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  registrationNumber: z.optional(z.string()),
  vat: z.optional(z.string()),
  contact: z.optional(ContactSchema),
  customerNumber: z.optional(z.string()),
  notificationEmail: z.optional(z.email()),
});

/** An organization (customer) of a reseller. */
export const OrganizationSchema = z.looseObject({
  id: z.guid(),
  name: z.string(),
  registrationNumber: z.optional(z.string()),
  vat: z.optional(z.string()),
  contact: z.optional(ContactSchema),
  customerNumber: z.optional(z.string()),
  notificationEmail: z.optional(z.email()),
  isActive: z.optional(z.boolean()),
});

/** A role a user can hold (reseller roles, organization roles). */
export const RoleSchema = z.looseObject({
  id: z.int().check(z.gte(1)),
  name: z.string(),
});

/** Body of create and update organization user. */
export const OrganizationUserInputSchema = z.looseObject({
  firstName: z.string().check(z.minLength(1)),
  lastName: z.string().check(z.minLength(1)),
  email: z.email(),
  phone: z.optional(z.string()),
  roleIds: z.optional(z.array(z.int().check(z.gte(1)))),
});

/** A user of an organization. */
export const OrganizationUserSchema = z.looseObject({
  id: z.guid(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.email(),
  phone: z.optional(z.string()),
  roles: z.optional(z.array(RoleSchema)),
});

/** Body of create and update reseller administrator. Only a Super Admin with `allowRestApiAccess` may call the API. */
export const ResellerAdministratorInputSchema = z.looseObject({
  firstName: z.string().check(z.minLength(1)),
  lastName: z.string().check(z.minLength(1)),
  email: z.email(),
  phone: z.optional(z.string()),
  roleId: z.int().check(z.gte(1)),
  allowRestApiAccess: z.optional(z.boolean()),
});

/** An administrator of the reseller account. */
export const ResellerAdministratorSchema = z.looseObject({
  id: z.guid(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.email(),
  phone: z.optional(z.string()),
  roleId: z.optional(z.int()),
  roleName: z.optional(z.string()),
  allowRestApiAccess: z.optional(z.boolean()),
});

/** Adds a service from the reseller's e-store to the organization. */
export const OrganizationServiceInputSchema = z.looseObject({
  serviceId: z.guid(),
  productId: z.guid(),
  quantity: z.int().check(z.gte(1)),
});

/** Changes an organization's service (e.g. the quantity of a product). */
export const OrganizationServiceUpdateSchema = z.looseObject({
  productId: z.guid(),
  quantity: z.int().check(z.gte(0)),
});

/** A subscription of an organization to a product of a service. */
export const SubscriptionSchema = z.looseObject({
  id: z.guid(),
  serviceId: z.guid(),
  productId: z.optional(z.guid()),
  productName: z.optional(z.string()),
  organizationId: z.optional(z.guid()),
  resellerId: z.optional(z.guid()),
  quantity: z.optional(z.int().check(z.gte(0))),
  status: z.optional(z.enum(["Pending", "Active", "Suspended", "Cancelled"])),
  startDate: z.optional(z.iso.datetime({ offset: true })),
});

/** A service an organization has added, with its subscriptions. */
export const OrganizationServiceSchema = z.looseObject({
  serviceId: z.guid(),
  name: z.string(),
  vendorName: z.optional(z.string()),
  subscriptions: z.optional(z.array(SubscriptionSchema)),
});

/** A user to assign to a subscription. */
export const SubscriptionUserInputSchema = z.looseObject({
  email: z.email(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
});

/** The user to update; the path has no user id, so `id` in the body names it. */
export const SubscriptionUserUpdateSchema = z.looseObject({
  id: z.guid(),
  email: z.email(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
});

/** A user assigned to a subscription. */
export const SubscriptionUserSchema = z.looseObject({
  id: z.guid(),
  email: z.email(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
});

/** A seller-defined property a service asks for when it is ordered. */
export const CustomPropertySchema = z.looseObject({
  name: z.string(),
  type: z.optional(z.enum(["Text", "Number", "Boolean", "Email"])),
  isRequired: z.optional(z.boolean()),
});

/** Body of create and update seller service. */
export const SellerServiceInputSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  vendorName: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  categoryId: z.optional(z.guid()),
  allowMultipleUsers: z.optional(z.boolean()),
  customProperties: z.optional(z.array(CustomPropertySchema)),
});

/** A service published by a seller. */
export const SellerServiceSchema = z.looseObject({
  id: z.guid(),
  name: z.string(),
  vendorName: z.optional(z.string()),
  description: z.optional(z.string()),
  categoryId: z.optional(z.guid()),
  allowMultipleUsers: z.optional(z.boolean()),
  customProperties: z.optional(z.array(CustomPropertySchema)),
});

/** A category services are listed under in the e-store. */
export const ServiceCategorySchema = z.looseObject({
  categoryId: z.guid(),
  name: z.string(),
  description: z.optional(z.string()),
});

/** Body of create and update product. */
export const ProductInputSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  sku: z.optional(z.string()),
  price: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(z.string().check(z.regex(new RegExp("^[A-Z]{3}$", "u")))),
});

/** A product (an orderable edition or plan) of a seller's service. */
export const ProductSchema = z.looseObject({
  id: z.guid(),
  serviceId: z.optional(z.guid()),
  name: z.string(),
  description: z.optional(z.string()),
  sku: z.optional(z.string()),
  price: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(z.string().check(z.regex(new RegExp("^[A-Z]{3}$", "u")))),
});

/** A manual billing line for an organization's service. */
export const ManualBillingInputSchema = z.looseObject({
  billingDate: z.iso.date(),
  serviceId: z.guid(),
  productId: z.optional(z.guid()),
  quantity: z.optional(z.int().check(z.gte(1))),
  price: z.optional(z.number().check(z.gte(0))),
  description: z.optional(z.string()),
});

/** A created manual billing line. */
export const ManualBillingSchema = z.looseObject({
  id: z.guid(),
  billingDate: z.iso.date(),
  serviceId: z.guid(),
  productId: z.optional(z.guid()),
  quantity: z.optional(z.int()),
  price: z.optional(z.number()),
  description: z.optional(z.string()),
});

/** `requestToken` (POST /connect/token) 200 body. */
export const RequestTokenResponse200Schema = TokenResponseSchema;

/** `requestToken` (POST /connect/token) 400 body. */
export const RequestTokenResponse400Schema = TokenErrorSchema;

/** `listOrganizations` (GET /api/resellers/{resellerId}/Organizations) 200 body. */
export const ListOrganizationsResponse200Schema = z.array(OrganizationSchema);

/** `createOrganization` (POST /api/resellers/{resellerId}/Organizations) 201 body. */
export const CreateOrganizationResponse201Schema = OrganizationSchema;

/** `getOrganization` (GET /api/resellers/{resellerId}/Organizations/{organizationId}) 200 body. */
export const GetOrganizationResponse200Schema = OrganizationSchema;

/** `listOrganizationUsers` (GET /api/resellers/{resellerId}/organizations/{organizationId}/Users) 200 body. */
export const ListOrganizationUsersResponse200Schema = z.array(OrganizationUserSchema);

/** `createOrganizationUser` (POST /api/resellers/{resellerId}/organizations/{organizationId}/Users) 201 body. */
export const CreateOrganizationUserResponse201Schema = OrganizationUserSchema;

/** `getOrganizationUser` (GET /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}) 200 body. */
export const GetOrganizationUserResponse200Schema = OrganizationUserSchema;

/** `listOrganizationRoles` (GET /api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles) 200 body. */
export const ListOrganizationRolesResponse200Schema = z.array(RoleSchema);

/** `listResellerAdministrators` (GET /api/resellers/{resellerId}/ResellerAdministrators) 200 body. */
export const ListResellerAdministratorsResponse200Schema = z.array(ResellerAdministratorSchema);

/** `createResellerAdministrator` (POST /api/resellers/{resellerId}/ResellerAdministrators) 201 body. */
export const CreateResellerAdministratorResponse201Schema = ResellerAdministratorSchema;

/** `getResellerAdministrator` (GET /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}) 200 body. */
export const GetResellerAdministratorResponse200Schema = ResellerAdministratorSchema;

/** `listResellerRoles` (GET /api/resellers/{resellerId}/ResellerRoles) 200 body. */
export const ListResellerRolesResponse200Schema = z.array(RoleSchema);

/** `listOrganizationServices` (GET /api/resellers/{resellerId}/organizations/{organizationId}/services) 200 body. */
export const ListOrganizationServicesResponse200Schema = z.array(OrganizationServiceSchema);

/** `addOrganizationService` (POST /api/resellers/{resellerId}/organizations/{organizationId}/services) 201 body. */
export const AddOrganizationServiceResponse201Schema = OrganizationServiceSchema;

/** `getOrganizationService` (GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}) 200 body. */
export const GetOrganizationServiceResponse200Schema = OrganizationServiceSchema;

/** `listSubscriptionUsers` (GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users) 200 body. */
export const ListSubscriptionUsersResponse200Schema = z.array(SubscriptionUserSchema);

/** `addSubscriptionUser` (POST /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users) 201 body. */
export const AddSubscriptionUserResponse201Schema = SubscriptionUserSchema;

/** `listSellerServices` (GET /api/sellers/{sellerId}/services) 200 body. */
export const ListSellerServicesResponse200Schema = z.array(SellerServiceSchema);

/** `createSellerService` (POST /api/sellers/{sellerId}/services) 201 body. */
export const CreateSellerServiceResponse201Schema = SellerServiceSchema;

/** `getSellerService` (GET /api/sellers/{sellerId}/services/{serviceId}) 200 body. */
export const GetSellerServiceResponse200Schema = SellerServiceSchema;

/** `listServiceCategories` (GET /api/services/categories) 200 body. */
export const ListServiceCategoriesResponse200Schema = z.array(ServiceCategorySchema);

/** `listSellerServiceProducts` (GET /api/sellers/{sellerId}/services/{serviceId}/products) 200 body. */
export const ListSellerServiceProductsResponse200Schema = z.array(ProductSchema);

/** `createSellerServiceProduct` (POST /api/sellers/{sellerId}/services/{serviceId}/products) 201 body. */
export const CreateSellerServiceProductResponse201Schema = ProductSchema;

/** `getSellerServiceProduct` (GET /api/sellers/{sellerId}/services/{serviceId}/products/{productId}) 200 body. */
export const GetSellerServiceProductResponse200Schema = ProductSchema;

/** `listSellerSubscriptions` (GET /api/sellers/{sellerId}/subscriptions) 200 body. */
export const ListSellerSubscriptionsResponse200Schema = z.array(SubscriptionSchema);

/** `getSellerSubscription` (GET /api/sellers/{sellerId}/subscriptions/{subscriptionId}) 200 body. */
export const GetSellerSubscriptionResponse200Schema = SubscriptionSchema;

/** `listResellerServiceSubscriptions` (GET /api/resellers/{resellerId}/services/{serviceId}/subscriptions) 200 body. */
export const ListResellerServiceSubscriptionsResponse200Schema = z.array(SubscriptionSchema);

/** `createManualBilling` (POST /api/resellers/{resellerId}/organizations/{organizationId}/manualbilling) 201 body. */
export const CreateManualBillingResponse201Schema = ManualBillingSchema;

/** Response body schemas by `"METHOD /path/template"` and status key (`200`, `4XX`, `default`). */
export const responseSchemas = {
  "POST /connect/token": {
    "200": RequestTokenResponse200Schema,
    "400": RequestTokenResponse400Schema,
  },
  "GET /api/resellers/{resellerId}/Organizations": {
    "200": ListOrganizationsResponse200Schema,
  },
  "POST /api/resellers/{resellerId}/Organizations": {
    "201": CreateOrganizationResponse201Schema,
  },
  "GET /api/resellers/{resellerId}/Organizations/{organizationId}": {
    "200": GetOrganizationResponse200Schema,
  },
  "PUT /api/resellers/{resellerId}/Organizations/{organizationId}": {},
  "DELETE /api/resellers/{resellerId}/Organizations/{organizationId}": {},
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/Users": {
    "200": ListOrganizationUsersResponse200Schema,
  },
  "POST /api/resellers/{resellerId}/organizations/{organizationId}/Users": {
    "201": CreateOrganizationUserResponse201Schema,
  },
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}": {
    "200": GetOrganizationUserResponse200Schema,
  },
  "PUT /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}": {},
  "DELETE /api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}": {},
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles": {
    "200": ListOrganizationRolesResponse200Schema,
  },
  "GET /api/resellers/{resellerId}/ResellerAdministrators": {
    "200": ListResellerAdministratorsResponse200Schema,
  },
  "POST /api/resellers/{resellerId}/ResellerAdministrators": {
    "201": CreateResellerAdministratorResponse201Schema,
  },
  "GET /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}": {
    "200": GetResellerAdministratorResponse200Schema,
  },
  "PUT /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}": {},
  "DELETE /api/resellers/{resellerId}/ResellerAdministrators/{administratorId}": {},
  "GET /api/resellers/{resellerId}/ResellerRoles": {
    "200": ListResellerRolesResponse200Schema,
  },
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/services": {
    "200": ListOrganizationServicesResponse200Schema,
  },
  "POST /api/resellers/{resellerId}/organizations/{organizationId}/services": {
    "201": AddOrganizationServiceResponse201Schema,
  },
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}": {
    "200": GetOrganizationServiceResponse200Schema,
  },
  "PUT /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}": {},
  "GET /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users": {
    "200": ListSubscriptionUsersResponse200Schema,
  },
  "PUT /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users": {},
  "POST /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users": {
    "201": AddSubscriptionUserResponse201Schema,
  },
  "DELETE /api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}": {},
  "GET /api/sellers/{sellerId}/services": {
    "200": ListSellerServicesResponse200Schema,
  },
  "POST /api/sellers/{sellerId}/services": {
    "201": CreateSellerServiceResponse201Schema,
  },
  "GET /api/sellers/{sellerId}/services/{serviceId}": {
    "200": GetSellerServiceResponse200Schema,
  },
  "PUT /api/sellers/{sellerId}/services/{serviceId}": {},
  "DELETE /api/sellers/{sellerId}/services/{serviceId}": {},
  "GET /api/services/categories": {
    "200": ListServiceCategoriesResponse200Schema,
  },
  "GET /api/sellers/{sellerId}/services/{serviceId}/products": {
    "200": ListSellerServiceProductsResponse200Schema,
  },
  "POST /api/sellers/{sellerId}/services/{serviceId}/products": {
    "201": CreateSellerServiceProductResponse201Schema,
  },
  "GET /api/sellers/{sellerId}/services/{serviceId}/products/{productId}": {
    "200": GetSellerServiceProductResponse200Schema,
  },
  "PUT /api/sellers/{sellerId}/services/{serviceId}/products/{productId}": {},
  "DELETE /api/sellers/{sellerId}/services/{serviceId}/products/{productId}": {},
  "GET /api/sellers/{sellerId}/subscriptions": {
    "200": ListSellerSubscriptionsResponse200Schema,
  },
  "GET /api/sellers/{sellerId}/subscriptions/{subscriptionId}": {
    "200": GetSellerSubscriptionResponse200Schema,
  },
  "DELETE /api/sellers/{sellerId}/subscriptions/{subscriptionId}": {},
  "GET /api/resellers/{resellerId}/services/{serviceId}/subscriptions": {
    "200": ListResellerServiceSubscriptionsResponse200Schema,
  },
  "POST /api/resellers/{resellerId}/organizations/{organizationId}/manualbilling": {
    "201": CreateManualBillingResponse201Schema,
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
