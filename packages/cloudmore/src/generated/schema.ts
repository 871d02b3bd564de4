// generated from specs/cloudmore.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/connect/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token
         * @description Exchanges a Super Admin reseller user's credentials for an access token (a JWT) at Cloudmore's
         *     IdentityServer4 endpoint. The body is `application/x-www-form-urlencoded` with
         *     `grant_type=password`, `username`, `password` and `scope=api`.
         *
         *     Client authentication: Cloudmore's guide lists `client_id` and `client_secret` among the
         *     request parameters of this form POST, and its `invalid_client` remedy says to verify "the POST
         *     parameters `client_secret` and `client_id`" (`client_secret_post`). The guide never shows
         *     HTTP Basic; IdentityServer4 also accepts the credentials as `Authorization: Basic
         *     base64(client_id:client_secret)` (`client_secret_basic`), and the project's provider notes
         *     report Cloudmore's documentation using it, so both body fields are optional here: send them in
         *     the body OR use Basic, never neither (that fails with `invalid_client`). The operation itself needs no bearer
         *     token, hence `security: []`; `x-client-authentication` lists both client authentication methods
         *     (RFC 7591 names). Basic is not a security scheme here because it only authenticates the client, not
         *     the caller of a resource operation.
         *
         *     On success the token lives `expires_in` seconds (86400 in practice); when it expires a new
         *     token must be requested the same way (there is no refresh token).
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/Organizations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        /**
         * List the reseller's organizations
         * @description Every organization of the reseller as a bare JSON array (no pagination). This is the example request of Cloudmore's access guide (`GET <rest_api_host>api/resellers/{resellerId}/Organizations`).
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization (a customer) under the reseller from `name`, `registrationNumber`, `vat`, `contact`, `customerNumber`, `notificationEmail` and the other fields of the body. Answers 201 Created; the `Location` header carries the new organization's id.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/Organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description One organization of the reseller by its id (a UUID). 404 when the reseller has no such organization.
         */
        get: operations["getOrganization"];
        /**
         * Update an organization
         * @description Replaces the organization's details with the body. Answers 204 No Content on success.
         */
        put: operations["updateOrganization"];
        post?: never;
        /**
         * Delete an organization
         * @description Deletes the organization. Answers 204 No Content on success.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/Users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List an organization's users
         * @description Every user of the organization as a bare JSON array (no pagination).
         */
        get: operations["listOrganizationUsers"];
        put?: never;
        /**
         * Create an organization user
         * @description Creates a user in the organization. Answers 201 Created; the `Location` header carries the new user's id.
         */
        post: operations["createOrganizationUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The organization user id.
                 * @example 8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization user
         * @description One user of the organization by id. 404 when the organization has no such user.
         */
        get: operations["getOrganizationUser"];
        /**
         * Update an organization user
         * @description Replaces the user's details with the body. Answers 204 No Content on success.
         */
        put: operations["updateOrganizationUser"];
        post?: never;
        /**
         * Delete an organization user
         * @description Deletes the organization user. Answers 204 No Content on success.
         */
        delete: operations["deleteOrganizationUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the roles an organization user can hold
         * @description The roles a user of this organization can be given, as a bare JSON array; use their ids when creating or updating an organization user.
         */
        get: operations["listOrganizationRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/ResellerAdministrators": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        /**
         * List the reseller's administrators
         * @description Every administrator of the reseller as a bare JSON array. Only a Super Admin with "allow REST API access" may call the API at all.
         */
        get: operations["listResellerAdministrators"];
        put?: never;
        /**
         * Create a reseller administrator
         * @description Creating a Super Admin (roleId 1) with `allowRestApiAccess` is how a user gets access to this API.
         */
        post: operations["createResellerAdministrator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The reseller administrator id.
                 * @example 5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
                 */
                administratorId: components["parameters"]["AdministratorId"];
            };
            cookie?: never;
        };
        /**
         * Get a reseller administrator
         * @description One reseller administrator by id. 404 when the reseller has no such administrator.
         */
        get: operations["getResellerAdministrator"];
        /**
         * Update a reseller administrator
         * @description Replaces the administrator's details with the body. Answers 204 No Content on success.
         */
        put: operations["updateResellerAdministrator"];
        post?: never;
        /**
         * Delete a reseller administrator
         * @description Deletes the reseller administrator. Answers 204 No Content on success.
         */
        delete: operations["deleteResellerAdministrator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/ResellerRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        /**
         * List the reseller roles
         * @description Returns `[{id, name}]`; role 1 is "Super Admin", the only role allowed to use the API.
         */
        get: operations["listResellerRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List an organization's services
         * @description The services the organization has, as a bare JSON array (no pagination).
         */
        get: operations["listOrganizationServices"];
        put?: never;
        /**
         * Add a service from the e-store to an organization
         * @description Adds a service from the reseller's e-store to the organization. Answers 201 Created; the `Location` header carries the new id.
         */
        post: operations["addOrganizationService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization's service
         * @description One of the organization's services by id. 404 when the organization has no such service.
         */
        get: operations["getOrganizationService"];
        /**
         * Update an organization's service
         * @description Updates the organization's service with the body. Answers 204 No Content on success.
         */
        put: operations["updateOrganizationService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * List a subscription's users
         * @description The users assigned to the subscription, as a bare JSON array.
         */
        get: operations["listSubscriptionUsers"];
        /**
         * Update a subscription's user
         * @description The path has no user id: the `id` in the body names the user to update.
         */
        put: operations["updateSubscriptionUser"];
        /**
         * Add a user to a subscription
         * @description Assigns a user to the subscription. Answers 201 Created.
         */
        post: operations["addSubscriptionUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
                /**
                 * @description The id of the user assigned to the subscription.
                 * @example 7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517
                 */
                subscriptionUserId: components["parameters"]["SubscriptionUserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user from a subscription
         * @description Removes the user from the subscription. Answers 204 No Content on success.
         */
        delete: operations["deleteSubscriptionUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        /**
         * List the seller's services
         * @description Every service the seller offers, as a bare JSON array. A service has `id`, `name`, `vendorName`, `allowMultipleUsers` and `customProperties`.
         */
        get: operations["listSellerServices"];
        put?: never;
        /**
         * Create a seller service
         * @description Creates a service in the seller's catalogue. Answers 201 Created; the `Location` header carries the new service's id.
         */
        post: operations["createSellerService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get a seller service
         * @description One of the seller's services by id. 404 when the seller has no such service.
         */
        get: operations["getSellerService"];
        /**
         * Update a seller service
         * @description Replaces the seller service's details with the body. Answers 204 No Content on success.
         */
        put: operations["updateSellerService"];
        post?: never;
        /**
         * Delete a seller service
         * @description Deletes the seller service. Answers 204 No Content on success.
         */
        delete: operations["deleteSellerService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the service categories
         * @description The service categories, as a bare JSON array of `{categoryId (UUID), name, description}`.
         */
        get: operations["listServiceCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/services/{serviceId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * List a seller service's products
         * @description The products of a seller service, as a bare JSON array.
         */
        get: operations["listSellerServiceProducts"];
        put?: never;
        /**
         * Create a product of a seller service
         * @description Creates a product under the seller service. Answers 201 Created; the `Location` header carries the new product's id.
         */
        post: operations["createSellerServiceProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The product id.
                 * @example 9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
                 */
                productId: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /**
         * Get a product of a seller service
         * @description One product of the seller service by id. 404 when there is no such product.
         */
        get: operations["getSellerServiceProduct"];
        /**
         * Update a product of a seller service
         * @description Replaces the product's details with the body. Answers 204 No Content on success.
         */
        put: operations["updateSellerServiceProduct"];
        post?: never;
        /**
         * Delete a product of a seller service
         * @description Deletes the product. Answers 204 No Content on success.
         */
        delete: operations["deleteSellerServiceProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        /**
         * List subscriptions to the seller's services
         * @description Every subscription to the seller's services, as a bare JSON array (no pagination).
         */
        get: operations["listSellerSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sellers/{sellerId}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * Get a subscription to a seller service
         * @description One subscription to a seller service by id. 404 when there is no such subscription.
         */
        get: operations["getSellerSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete (cancel) a subscription to a seller service
         * @description Deletes (cancels) the subscription. Answers 204 No Content on success.
         */
        delete: operations["deleteSellerSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/services/{serviceId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * List the reseller's subscriptions to a service
         * @description The reseller's subscriptions to one service, as a bare JSON array.
         */
        get: operations["listResellerServiceSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a manual billing line for an organization
         * @description Records a manual billing line for the organization from `billingDate`, `serviceId` and, optionally, `productId`. Answers 201 Created.
         */
        post: operations["createManualBilling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Form fields of the token request, the guide's request parameters. `client_id`/`client_secret`
         *     are optional here only because IdentityServer4 also takes them as HTTP Basic
         *     (`client_secret_basic`, not in the guide); one of the two ways is required.
         */
        TokenRequest: {
            /**
             * @description Always `password` (anything else fails with `unsupported_grant_type`).
             * @constant
             */
            grant_type: "password";
            /** @description Reseller account user name. Username must be for the account for which the REST API access has been enabled (a Super Admin). */
            username: string;
            /**
             * Format: password
             * @description Reseller account password for the account for which the access via REST API has been enabled. A complex password is recommended, as it is used in the API calls.
             */
            password: string;
            /**
             * @description Always `api` (anything else fails with `invalid_scope`).
             * @constant
             */
            scope: "api";
            /** @description Client id given by Cloudmore to the API user. Send here or as the HTTP Basic user name. */
            client_id?: string;
            /**
             * Format: password
             * @description Client secret given by Cloudmore to the API user, requested from Cloudmore separately. Send here or as the HTTP Basic password.
             */
            client_secret?: string;
        };
        /** @description The JWT access token response. */
        TokenResponse: {
            /**
             * @description The access token: a JWT (RS256-signed, three base64url parts), which the guide calls a
             *     "Base64 encoded string". The whole token must be passed in the `Authorization: Bearer`
             *     header of all requests made to the Cloudmore REST API.
             */
            access_token: string;
            /** @description Time in seconds the access token is valid (86400 = 24 h in practice). After it has expired a new token must be retrieved by repeating the token request. */
            expires_in: number;
            /**
             * @description Always "Bearer".
             * @constant
             */
            token_type: "Bearer";
            /** @description The granted scope, echoed by IdentityServer4 (`api`). Not in Cloudmore's guide. */
            scope?: string;
        };
        /**
         * @description OAuth 2.0 error body of a failed token request (HTTP 400). Remedies from Cloudmore's guide:
         *     `invalid_grant` (error_description "The user name or password is incorrect.", sent with a leading space) – Verify that the username and password are correct.
         *     `invalid_scope` – Verify that the POST parameter “scope” has the correct value.
         *     `unsupported_grant_type` – Verify that the POST parameter “grant_type” has the correct value.
         *     `invalid_client` – Verify that the POST parameters “client_secret” and “client_id” have correct values.
         *     `invalid_request`, `unauthorized_client` – not in the guide; RFC 6749 section 5.2 codes the server may send.
         */
        TokenError: {
            /**
             * @description The OAuth 2.0 error code.
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            /** @description Human-readable description; Cloudmore sends it for `invalid_grant` (" The user name or password is incorrect.", with a leading space in the guide's example response; trim it before comparing). */
            error_description?: string;
        };
        /** @description Contact person of an organization. */
        Contact: {
            name?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            cellPhone?: string;
        };
        /** @description Body of create and update organization. Cloudmore accepts further fields not listed here. */
        OrganizationInput: {
            /** @description Organization (company) name. */
            name: string;
            /** @description Company registration number. */
            registrationNumber?: string;
            /** @description VAT number. */
            vat?: string;
            contact?: components["schemas"]["Contact"];
            /** @description The reseller's own customer number for the organization. */
            customerNumber?: string;
            /**
             * Format: email
             * @description Address that receives Cloudmore's notifications for the organization.
             */
            notificationEmail?: string;
        };
        /** @description An organization (customer) of a reseller. */
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            registrationNumber?: string;
            vat?: string;
            contact?: components["schemas"]["Contact"];
            customerNumber?: string;
            /** Format: email */
            notificationEmail?: string;
            /** @description Whether the organization is active (what `showActive` filters on). */
            isActive?: boolean;
        };
        /** @description A role a user can hold (reseller roles, organization roles). */
        Role: {
            /** Format: int32 */
            id: number;
            name: string;
        };
        /** @description Body of create and update organization user. */
        OrganizationUserInput: {
            firstName: string;
            lastName: string;
            /**
             * Format: email
             * @description The user's email, also the sign-in name.
             */
            email: string;
            phone?: string;
            /** @description Ids of organization roles (see OrganizationRoles). */
            roleIds?: number[];
        };
        /** @description A user of an organization. */
        OrganizationUser: {
            /** Format: uuid */
            id: string;
            firstName?: string;
            lastName?: string;
            /** Format: email */
            email: string;
            phone?: string;
            roles?: components["schemas"]["Role"][];
        };
        /** @description Body of create and update reseller administrator. Only a Super Admin with `allowRestApiAccess` may call the API. */
        ResellerAdministratorInput: {
            firstName: string;
            lastName: string;
            /** Format: email */
            email: string;
            phone?: string;
            /**
             * Format: int32
             * @description Reseller role id (see ResellerRoles; 1 is "Super Admin").
             */
            roleId: number;
            /** @description The portal's "allow REST API access" tick box; required (with the Super Admin role) for API use. */
            allowRestApiAccess?: boolean;
        };
        /** @description An administrator of the reseller account. */
        ResellerAdministrator: {
            /** Format: uuid */
            id: string;
            firstName?: string;
            lastName?: string;
            /** Format: email */
            email: string;
            phone?: string;
            /** Format: int32 */
            roleId?: number;
            roleName?: string;
            allowRestApiAccess?: boolean;
        };
        /** @description Adds a service from the reseller's e-store to the organization. */
        OrganizationServiceInput: {
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            productId: string;
            /** Format: int32 */
            quantity: number;
        };
        /** @description Changes an organization's service (e.g. the quantity of a product). */
        OrganizationServiceUpdate: {
            /** Format: uuid */
            productId: string;
            /** Format: int32 */
            quantity: number;
        };
        /** @description A service an organization has added, with its subscriptions. */
        OrganizationService: {
            /** Format: uuid */
            serviceId: string;
            name: string;
            vendorName?: string;
            subscriptions?: components["schemas"]["Subscription"][];
        };
        /** @description A user to assign to a subscription. */
        SubscriptionUserInput: {
            /** Format: email */
            email: string;
            firstName?: string;
            lastName?: string;
        };
        /** @description The user to update; the path has no user id, so `id` in the body names it. */
        SubscriptionUserUpdate: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            firstName?: string;
            lastName?: string;
        };
        /** @description A user assigned to a subscription. */
        SubscriptionUser: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            firstName?: string;
            lastName?: string;
        };
        /** @description A seller-defined property a service asks for when it is ordered. */
        CustomProperty: {
            name: string;
            /** @enum {string} */
            type?: "Text" | "Number" | "Boolean" | "Email";
            isRequired?: boolean;
        };
        /** @description Body of create and update seller service. */
        SellerServiceInput: {
            name: string;
            vendorName: string;
            description?: string;
            /** Format: uuid */
            categoryId?: string;
            /** @description Whether a subscription of the service can have several users. */
            allowMultipleUsers?: boolean;
            customProperties?: components["schemas"]["CustomProperty"][];
        };
        /** @description A service published by a seller. */
        SellerService: {
            /** Format: uuid */
            id: string;
            name: string;
            vendorName?: string;
            description?: string;
            /** Format: uuid */
            categoryId?: string;
            allowMultipleUsers?: boolean;
            customProperties?: components["schemas"]["CustomProperty"][];
        };
        /** @description A category services are listed under in the e-store. */
        ServiceCategory: {
            /** Format: uuid */
            categoryId: string;
            name: string;
            description?: string;
        };
        /** @description Body of create and update product. */
        ProductInput: {
            name: string;
            description?: string;
            sku?: string;
            price?: number;
            /** @description ISO 4217 currency code. */
            currency?: string;
        };
        /** @description A product (an orderable edition or plan) of a seller's service. */
        Product: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId?: string;
            name: string;
            description?: string;
            sku?: string;
            price?: number;
            currency?: string;
        };
        /** @description A subscription of an organization to a product of a service. */
        Subscription: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            productId?: string;
            productName?: string;
            /** Format: uuid */
            organizationId?: string;
            /** Format: uuid */
            resellerId?: string;
            /** Format: int32 */
            quantity?: number;
            /** @enum {string} */
            status?: "Pending" | "Active" | "Suspended" | "Cancelled";
            /** Format: date-time */
            startDate?: string;
        };
        /** @description A manual billing line for an organization's service. */
        ManualBillingInput: {
            /** Format: date */
            billingDate: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            productId?: string;
            /** Format: int32 */
            quantity?: number;
            price?: number;
            description?: string;
        };
        /** @description A created manual billing line. */
        ManualBilling: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            billingDate: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            productId?: string;
            /** Format: int32 */
            quantity?: number;
            price?: number;
            description?: string;
        };
    };
    responses: {
        /** @description No Content: the object was successfully updated. No body. */
        Updated: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description No Content: the object was successfully deleted. No body. */
        Deleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Bad Request: the request contains missing parameters or they are in the wrong format. Cloudmore documents no error body, so none is modelled. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unauthorized: the access token passed in the Authorization header is either invalid or expired; request a new token from `/connect/token`. Cloudmore documents no error body, so none is modelled. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden: the token is valid but the user may not do this (only a Super Admin with "allow REST API access" may use the API, and only on its own reseller/seller account). Cloudmore documents no error body, so none is modelled. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Found: the requested information was not found (an id in the path does not exist or is not visible to the caller). Cloudmore documents no error body, so none is modelled. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed: the path exists but does not accept this HTTP method (for example DELETE on a path Cloudmore documents only GET and PUT for). 405 is one of the status codes Cloudmore's resources use (providers.md). Cloudmore documents no error body, so none is modelled. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error on Cloudmore's side. Cloudmore documents no error body, so none is modelled. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The reseller (broker) id Cloudmore support sent with the API secret.
         * @example ca6430d3-7f6a-0049-8075-72921f062eb8
         */
        ResellerId: string;
        /**
         * @description The organization id.
         * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
         */
        OrganizationId: string;
        /**
         * @description The organization user id.
         * @example 8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
         */
        UserId: string;
        /**
         * @description The reseller administrator id.
         * @example 5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
         */
        AdministratorId: string;
        /**
         * @description The seller id.
         * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
         */
        SellerId: string;
        /**
         * @description The service id.
         * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
         */
        ServiceId: string;
        /**
         * @description The product id.
         * @example 9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
         */
        ProductId: string;
        /**
         * @description The subscription id.
         * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
         */
        SubscriptionId: string;
        /**
         * @description The id of the user assigned to the subscription.
         * @example 7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517
         */
        SubscriptionUserId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description URI of the created organization (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/Organizations/3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
         */
        OrganizationLocation: string;
        /**
         * @description URI of the created organization user (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/organizations/3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13/Users/8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
         */
        OrganizationUserLocation: string;
        /**
         * @description URI of the created reseller administrator (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/ResellerAdministrators/5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
         */
        ResellerAdministratorLocation: string;
        /**
         * @description URI of the created organization service (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/organizations/3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13/services/6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
         */
        OrganizationServiceLocation: string;
        /**
         * @description URI of the created subscription user (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/organizations/3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13/services/6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409/subscriptions/2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948/users/7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517
         */
        SubscriptionUserLocation: string;
        /**
         * @description URI of the created seller service (its id is the last path segment).
         * @example https://api.cloudmore.com/api/sellers/1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36/services/6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
         */
        SellerServiceLocation: string;
        /**
         * @description URI of the created product (its id is the last path segment).
         * @example https://api.cloudmore.com/api/sellers/1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36/services/6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409/products/9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
         */
        ProductLocation: string;
        /**
         * @description URI of the created manual billing line (its id is the last path segment).
         * @example https://api.cloudmore.com/api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/organizations/3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13/manualbilling/0f1e2d3c-4b5a-4697-8877-a6b5c4d3e2f1
         */
        ManualBillingLocation: string;
    };
    pathItems: never;
}
export type SchemaTokenRequest = components['schemas']['TokenRequest'];
export type SchemaTokenResponse = components['schemas']['TokenResponse'];
export type SchemaTokenError = components['schemas']['TokenError'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaOrganizationInput = components['schemas']['OrganizationInput'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaRole = components['schemas']['Role'];
export type SchemaOrganizationUserInput = components['schemas']['OrganizationUserInput'];
export type SchemaOrganizationUser = components['schemas']['OrganizationUser'];
export type SchemaResellerAdministratorInput = components['schemas']['ResellerAdministratorInput'];
export type SchemaResellerAdministrator = components['schemas']['ResellerAdministrator'];
export type SchemaOrganizationServiceInput = components['schemas']['OrganizationServiceInput'];
export type SchemaOrganizationServiceUpdate = components['schemas']['OrganizationServiceUpdate'];
export type SchemaOrganizationService = components['schemas']['OrganizationService'];
export type SchemaSubscriptionUserInput = components['schemas']['SubscriptionUserInput'];
export type SchemaSubscriptionUserUpdate = components['schemas']['SubscriptionUserUpdate'];
export type SchemaSubscriptionUser = components['schemas']['SubscriptionUser'];
export type SchemaCustomProperty = components['schemas']['CustomProperty'];
export type SchemaSellerServiceInput = components['schemas']['SellerServiceInput'];
export type SchemaSellerService = components['schemas']['SellerService'];
export type SchemaServiceCategory = components['schemas']['ServiceCategory'];
export type SchemaProductInput = components['schemas']['ProductInput'];
export type SchemaProduct = components['schemas']['Product'];
export type SchemaSubscription = components['schemas']['Subscription'];
export type SchemaManualBillingInput = components['schemas']['ManualBillingInput'];
export type SchemaManualBilling = components['schemas']['ManualBilling'];
export type ResponseUpdated = components['responses']['Updated'];
export type ResponseDeleted = components['responses']['Deleted'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterResellerId = components['parameters']['ResellerId'];
export type ParameterOrganizationId = components['parameters']['OrganizationId'];
export type ParameterUserId = components['parameters']['UserId'];
export type ParameterAdministratorId = components['parameters']['AdministratorId'];
export type ParameterSellerId = components['parameters']['SellerId'];
export type ParameterServiceId = components['parameters']['ServiceId'];
export type ParameterProductId = components['parameters']['ProductId'];
export type ParameterSubscriptionId = components['parameters']['SubscriptionId'];
export type ParameterSubscriptionUserId = components['parameters']['SubscriptionUserId'];
export type HeaderOrganizationLocation = components['headers']['OrganizationLocation'];
export type HeaderOrganizationUserLocation = components['headers']['OrganizationUserLocation'];
export type HeaderResellerAdministratorLocation = components['headers']['ResellerAdministratorLocation'];
export type HeaderOrganizationServiceLocation = components['headers']['OrganizationServiceLocation'];
export type HeaderSubscriptionUserLocation = components['headers']['SubscriptionUserLocation'];
export type HeaderSellerServiceLocation = components['headers']['SellerServiceLocation'];
export type HeaderProductLocation = components['headers']['ProductLocation'];
export type HeaderManualBillingLocation = components['headers']['ManualBillingLocation'];
export type $defs = Record<string, never>;
export interface operations {
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The credentials were accepted; the body is the access token response (JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /**
             * @description Bad request: the token request was rejected. The body names the OAuth 2.0 error code and,
             *     for `invalid_grant`, a description (the real server sends it with a leading space,
             *     " The user name or password is incorrect."). Remedies per code, from Cloudmore's guide:
             *     `invalid_grant` – Verify that the username and password are correct.
             *     `invalid_scope` – Verify that the POST parameter “scope” has the correct value.
             *     `unsupported_grant_type` – Verify that the POST parameter “grant_type” has the correct value.
             *     `invalid_client` – Verify that the POST parameters “client_secret” and “client_id” have correct values.
             *     `invalid_request` and `unauthorized_client` are not in the guide: they are RFC 6749 section 5.2
             *     codes the server may send.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenError"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description Filter on the active state: `true` returns only active organizations, `false` only inactive ones; omit it for all.
                 * @example true
                 */
                showActive?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the new organization and the body is the created organization. */
            201: {
                headers: {
                    Location: components["headers"]["OrganizationLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listOrganizationUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users (bare array, no pagination). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationUser"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createOrganizationUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUserInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the new user and the body is the created user. */
            201: {
                headers: {
                    Location: components["headers"]["OrganizationUserLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrganizationUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The organization user id.
                 * @example 8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrganizationUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The organization user id.
                 * @example 8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUserInput"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteOrganizationUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The organization user id.
                 * @example 8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listOrganizationRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listResellerAdministrators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The administrators (bare array, no pagination). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerAdministrator"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createResellerAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResellerAdministratorInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the new administrator and the body is the created administrator. */
            201: {
                headers: {
                    Location: components["headers"]["ResellerAdministratorLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerAdministrator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getResellerAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The reseller administrator id.
                 * @example 5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
                 */
                administratorId: components["parameters"]["AdministratorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The administrator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerAdministrator"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateResellerAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The reseller administrator id.
                 * @example 5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
                 */
                administratorId: components["parameters"]["AdministratorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResellerAdministratorInput"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteResellerAdministrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The reseller administrator id.
                 * @example 5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85
                 */
                administratorId: components["parameters"]["AdministratorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listResellerRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reseller roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listOrganizationServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services with their subscriptions (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationService"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addOrganizationService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationServiceInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the organization's service and the body is the service with its new subscription. */
            201: {
                headers: {
                    Location: components["headers"]["OrganizationServiceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationService"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrganizationService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service with its subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationService"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrganizationService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationServiceUpdate"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSubscriptionUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionUser"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSubscriptionUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUserUpdate"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addSubscriptionUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUserInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the assigned user and the body is the user. */
            201: {
                headers: {
                    Location: components["headers"]["SubscriptionUserLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSubscriptionUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
                /**
                 * @description The id of the user assigned to the subscription.
                 * @example 7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517
                 */
                subscriptionUserId: components["parameters"]["SubscriptionUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSellerServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services (bare array, no pagination). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SellerService"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSellerService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerServiceInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the new service and the body is the created service. */
            201: {
                headers: {
                    Location: components["headers"]["SellerServiceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SellerService"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSellerService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SellerService"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSellerService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerServiceInput"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSellerService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listServiceCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories as `[{categoryId, name, description}]`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCategory"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSellerServiceProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The products (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSellerServiceProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description Created: `Location` points at the new product and the body is the created product. */
            201: {
                headers: {
                    Location: components["headers"]["ProductLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSellerServiceProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The product id.
                 * @example 9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
                 */
                productId: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSellerServiceProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The product id.
                 * @example 9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
                 */
                productId: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            204: components["responses"]["Updated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSellerServiceProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
                /**
                 * @description The product id.
                 * @example 9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273
                 */
                productId: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSellerSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions (bare array, no pagination). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSellerSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSellerSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller id.
                 * @example 1e9f3a5c-7b2d-4d81-8c6e-2a4b0f9d7e36
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The subscription id.
                 * @example 2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948
                 */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listResellerServiceSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The service id.
                 * @example 6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions of all the reseller's organizations to the service (bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createManualBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reseller (broker) id Cloudmore support sent with the API secret.
                 * @example ca6430d3-7f6a-0049-8075-72921f062eb8
                 */
                resellerId: components["parameters"]["ResellerId"];
                /**
                 * @description The organization id.
                 * @example 3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualBillingInput"];
            };
        };
        responses: {
            /** @description Created: the body is the billing line; `Location` carries its id. */
            201: {
                headers: {
                    Location: components["headers"]["ManualBillingLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualBilling"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
