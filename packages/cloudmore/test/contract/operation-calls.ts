import type { CloudmoreClient } from "../../src/index.js";
import type { OperationId } from "../../src/index.js";

// Ids and bodies are the spec's own examples (specs/cloudmore.yaml), so Prism finds nothing to object to.
export const IDS = {
  resellerId: "ca6430d3-7f6a-0049-8075-72921f062eb8",
  organizationId: "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
  userId: "8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364",
  administratorId: "5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85",
  serviceId: "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
  subscriptionId: "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
  subscriptionUserId: "7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517",
  sellerId: "1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36",
  productId: "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
  categoryId: "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
} as const;

const { resellerId, organizationId, userId, administratorId, serviceId, subscriptionId, subscriptionUserId, sellerId, productId, categoryId } = IDS;

const organization = {
  name: "Nordic Widgets AB",
  registrationNumber: "556677-8899",
  vat: "SE556677889901",
  contact: { name: "Anna Lindqvist", email: "anna.lindqvist@nordicwidgets.example", phone: "+46 8 555 123 45", cellPhone: "+46 70 555 12 34" },
  customerNumber: "CUST-10042",
  notificationEmail: "it@nordicwidgets.example",
};
const organizationUser = { firstName: "Erik", lastName: "Johansson", email: "erik.johansson@nordicwidgets.example", phone: "+46 70 555 98 76", roleIds: [1] };
const administrator = { firstName: "Sara", lastName: "Berg", email: "api.admin@example-reseller.com", phone: "+46 8 555 000 11", roleId: 1, allowRestApiAccess: true };
const sellerService = {
  name: "Microsoft 365",
  vendorName: "Microsoft",
  description: "Productivity suite with Office apps, Exchange and Teams.",
  categoryId,
  allowMultipleUsers: true,
  customProperties: [
    { name: "Tenant domain", type: "Text" as const, isRequired: true },
    { name: "Seats reserved for admins", type: "Number" as const, isRequired: false },
  ],
};
const product = { name: "Business Standard (monthly)", description: "Monthly commitment, billed per user.", sku: "M365-BSTD-M", price: 11.7, currency: "EUR" };
const subscriptionUser = { email: "erik.johansson@nordicwidgets.example", firstName: "Erik", lastName: "Johansson" };

export interface OperationCall {
  /** The documented success status. */
  readonly status: number;
  readonly call: () => Promise<{ readonly response: Response; readonly error?: unknown }>;
}

/**
 * One typed call per resource operation of the spec. The key type makes a missing or misspelled
 * operation a compile error; the calls go through the typed client, so paths, parameters and
 * bodies are checked against the generated types too. The token operation is left out: every
 * client calls it on its first request.
 */
export function operationCalls(cm: CloudmoreClient): Record<Exclude<OperationId, "requestToken">, OperationCall> {
  const reseller = { resellerId };
  const org = { resellerId, organizationId };
  const orgService = { resellerId, organizationId, serviceId };
  const subscription = { resellerId, organizationId, serviceId, subscriptionId };
  const sellerSvc = { sellerId, serviceId };
  return {
    listOrganizations: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/Organizations", { params: { path: reseller, query: { showActive: true } } }) },
    createOrganization: { status: 201, call: () => cm.POST("/api/resellers/{resellerId}/Organizations", { params: { path: reseller }, body: organization }) },
    getOrganization: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/Organizations/{organizationId}", { params: { path: org } }) },
    updateOrganization: { status: 204, call: () => cm.PUT("/api/resellers/{resellerId}/Organizations/{organizationId}", { params: { path: org }, body: { ...organization, notificationEmail: "cloud@nordicwidgets.example" } }) },
    deleteOrganization: { status: 204, call: () => cm.DELETE("/api/resellers/{resellerId}/Organizations/{organizationId}", { params: { path: org } }) },

    listOrganizationUsers: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/Users", { params: { path: org } }) },
    createOrganizationUser: { status: 201, call: () => cm.POST("/api/resellers/{resellerId}/organizations/{organizationId}/Users", { params: { path: org }, body: organizationUser }) },
    getOrganizationUser: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}", { params: { path: { ...org, userId } } }) },
    updateOrganizationUser: { status: 204, call: () => cm.PUT("/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}", { params: { path: { ...org, userId } }, body: { ...organizationUser, roleIds: [2] } }) },
    deleteOrganizationUser: { status: 204, call: () => cm.DELETE("/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}", { params: { path: { ...org, userId } } }) },
    listOrganizationRoles: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles", { params: { path: org } }) },

    listResellerAdministrators: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/ResellerAdministrators", { params: { path: reseller } }) },
    createResellerAdministrator: { status: 201, call: () => cm.POST("/api/resellers/{resellerId}/ResellerAdministrators", { params: { path: reseller }, body: administrator }) },
    getResellerAdministrator: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}", { params: { path: { resellerId, administratorId } } }) },
    updateResellerAdministrator: { status: 204, call: () => cm.PUT("/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}", { params: { path: { resellerId, administratorId } }, body: { ...administrator, allowRestApiAccess: false } }) },
    deleteResellerAdministrator: { status: 204, call: () => cm.DELETE("/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}", { params: { path: { resellerId, administratorId } } }) },
    listResellerRoles: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/ResellerRoles", { params: { path: reseller } }) },

    listOrganizationServices: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/services", { params: { path: org } }) },
    addOrganizationService: { status: 201, call: () => cm.POST("/api/resellers/{resellerId}/organizations/{organizationId}/services", { params: { path: org }, body: { serviceId, productId, quantity: 25 } }) },
    getOrganizationService: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}", { params: { path: orgService } }) },
    updateOrganizationService: { status: 204, call: () => cm.PUT("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}", { params: { path: orgService }, body: { productId, quantity: 30 } }) },
    listSubscriptionUsers: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users", { params: { path: subscription } }) },
    updateSubscriptionUser: { status: 204, call: () => cm.PUT("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users", { params: { path: subscription }, body: { id: subscriptionUserId, ...subscriptionUser, lastName: "Johanson" } }) },
    addSubscriptionUser: { status: 201, call: () => cm.POST("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users", { params: { path: subscription }, body: subscriptionUser }) },
    deleteSubscriptionUser: { status: 204, call: () => cm.DELETE("/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}", { params: { path: { ...subscription, subscriptionUserId } } }) },

    listSellerServices: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/services", { params: { path: { sellerId } } }) },
    createSellerService: { status: 201, call: () => cm.POST("/api/sellers/{sellerId}/services", { params: { path: { sellerId } }, body: sellerService }) },
    getSellerService: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/services/{serviceId}", { params: { path: sellerSvc } }) },
    updateSellerService: { status: 204, call: () => cm.PUT("/api/sellers/{sellerId}/services/{serviceId}", { params: { path: sellerSvc }, body: { ...sellerService, allowMultipleUsers: false } }) },
    deleteSellerService: { status: 204, call: () => cm.DELETE("/api/sellers/{sellerId}/services/{serviceId}", { params: { path: sellerSvc } }) },
    listServiceCategories: { status: 200, call: () => cm.GET("/api/services/categories") },
    listSellerServiceProducts: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/services/{serviceId}/products", { params: { path: sellerSvc } }) },
    createSellerServiceProduct: { status: 201, call: () => cm.POST("/api/sellers/{sellerId}/services/{serviceId}/products", { params: { path: sellerSvc }, body: product }) },
    getSellerServiceProduct: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/services/{serviceId}/products/{productId}", { params: { path: { ...sellerSvc, productId } } }) },
    updateSellerServiceProduct: { status: 204, call: () => cm.PUT("/api/sellers/{sellerId}/services/{serviceId}/products/{productId}", { params: { path: { ...sellerSvc, productId } }, body: { ...product, price: 12.5 } }) },
    deleteSellerServiceProduct: { status: 204, call: () => cm.DELETE("/api/sellers/{sellerId}/services/{serviceId}/products/{productId}", { params: { path: { ...sellerSvc, productId } } }) },

    listSellerSubscriptions: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/subscriptions", { params: { path: { sellerId } } }) },
    getSellerSubscription: { status: 200, call: () => cm.GET("/api/sellers/{sellerId}/subscriptions/{subscriptionId}", { params: { path: { sellerId, subscriptionId } } }) },
    deleteSellerSubscription: { status: 204, call: () => cm.DELETE("/api/sellers/{sellerId}/subscriptions/{subscriptionId}", { params: { path: { sellerId, subscriptionId } } }) },
    listResellerServiceSubscriptions: { status: 200, call: () => cm.GET("/api/resellers/{resellerId}/services/{serviceId}/subscriptions", { params: { path: { resellerId, serviceId } } }) },

    createManualBilling: {
      status: 201,
      call: () =>
        cm.POST("/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling", {
          params: { path: org },
          body: { billingDate: "2024-06-30", serviceId, productId, quantity: 5, price: 11.7, description: "Pro-rated seats added mid-month" },
        }),
    },
  };
}
