// generated from specs/cloudlx.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/api/oauth2/access-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain an access token with the client credentials grant
         * @description Exchanges the API application's client ID and secret for an access token (valid 3600 s)
         *     and a refresh token (valid 604800 s = 7 days). Send `Accept: application/vnd.cloudlx.v1+json`.
         *     The token's permissions mirror the portal user who owns the API client. The guide states no
         *     request content type: send a form or JSON (the provider's PHP client sends JSON). The guide documents
         *     no error codes: the error examples below are the RFC 6749 section 5.2 codes the server may send.
         */
        post: operations["requestAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oauth2/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a new access token from a refresh token
         * @description Exchanges a refresh token (valid 604800 s = 7 days from issue) for a new access token
         *     (valid 3600 s) and refresh token. Send `Accept: application/vnd.cloudlx.v1+json`. Once the
         *     refresh token has expired, request a new token with the client credentials grant
         *     (`requestAccessToken`). Like the access token request, it takes a form or JSON (the guide
         *     states no content type). The guide documents no error codes: the error examples below are
         *     the RFC 6749 section 5.2 codes the server may send.
         */
        post: operations["refreshAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the customer's services
         * @description Every service visible to the token's portal user, unpaginated.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one service with its status and statistics
         * @description The service as in `listServices`, plus its `status`, live `statistics`, the far-end port
         *     (`b_port`) for inter-port connections and the cloud provider's view (`csp_status`) for
         *     cloud on-ramps. The body is the service object itself (not wrapped), as in the provider's
         *     client fixture.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}/graph/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a graph of one service
         * @description A graph (traffic statistics over time) of one of the customer's services. Not in the seed:
         *     taken from the provider's PHP client (`getServiceGraph`, resource map
         *     `services/{1}/graph/{2}`), which reads the answer's `graph` field and nothing else. Neither
         *     the graph types nor the shape of `graph` is documented anywhere, so the schema leaves
         *     `graph` open.
         */
        get: operations["getServiceGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a new service
         * @description Orders a service from `port_id` to a service port (cloud on-ramps: `service_port_id` and
         *     `vlan`) or to another of the customer's ports (inter-port connections: `far_end_port_id`
         *     and `cvlan_mapping_type`). `product_id` comes from `getServicePricing`. The bandwidth is
         *     billed from creation; `disable_auto_renew` stops the renewal at the end of the term.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}/service/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade a service's bandwidth
         * @description Moves the service to another product (bandwidth/term) from `getServicePricing`. A service
         *     can be upgraded **once a day**; a second upgrade within the day is refused (400,
         *     `{success: false, message}`; the provider does not document the status code).
         */
        post: operations["upgradeService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}/service/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn a service's auto-renewal on or off
         * @description Not in the seed: taken from the provider's PHP client (`updateServiceRenewal`), which
         *     sends `disable_auto_renew` and optionally the product to renew onto.
         */
        put: operations["updateServiceRenewal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/pricing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the products (bandwidth, term, price) for a service
         * @description Prices a service between two ports (`port_id`, `service_port_id`) or two data centres
         *     (`a_datacentre`, `z_datacentre`), optionally protected. A product's `id` is the
         *     `product_id` of `createService` and `upgradeService`.
         */
        get: operations["getServicePricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the service types
         * @description The kinds of service that can be ordered (inter-port connection, AWS, Azure, Google...).
         *     The wrapper key `service_types` is taken from the provider's PHP client.
         */
        get: operations["listServiceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/types/{id}/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one service type
         * @description One service type by id, as listed by `GET /api/services/types`. 404 when there is no such type.
         */
        get: operations["getServiceType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/ports-available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the service ports a service can be ordered to
         * @description Service ports (for example cloud on-ramps) filtered by location and service type.
         */
        get: operations["listAvailableServicePorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/available-vlans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the VLANs free on both ends of a prospective service
         * @description Not in the seed: taken from the provider's PHP client (`getAvailableVlans`).
         */
        get: operations["listAvailableVlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the customer's ports
         * @description Not in the seed: taken from the provider's PHP client (`getPorts`).
         */
        get: operations["listPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ports/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the ports that can be purchased
         * @description The ports the customer can purchase, optionally narrowed to one data centre, city or continent (`datacentre_id`, `city_id`, `continent_id`, the filters the provider's PHP client sends) and to ports that can carry an ENNI (`can_enni`).
         */
        get: operations["listAvailablePorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ports/{id}/port": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the customer's ports
         * @description One of the customer's ports by id. 404 when the customer has no such port.
         */
        get: operations["getPort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ports/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purchase a port
         * @description Buys the port `port_id` (from `listAvailablePorts`) on a `limited` or `unlimited`
         *     bandwidth model for `term`.
         */
        post: operations["purchasePort"];
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
        /** @description Form body of the client credentials grant. Every field is required. */
        AccessTokenRequest: {
            /**
             * @description OAuth2 grant type – should always be client_credentials.
             * @example client_credentials
             * @constant
             */
            grant_type: "client_credentials";
            client_id: components["schemas"]["ClientId"];
            client_secret: components["schemas"]["ClientSecret"];
        };
        /** @description Form body of the refresh token grant. Every field is required. */
        RefreshTokenRequest: {
            /**
             * @description OAuth2 grant type – should always be refresh_token.
             * @example refresh_token
             * @constant
             */
            grant_type: "refresh_token";
            /**
             * @description The refresh token obtained from a previous access token request.
             * @example PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ
             */
            refresh_token: string;
            client_id: components["schemas"]["ClientId"];
            client_secret: components["schemas"]["ClientSecret"];
        };
        /**
         * @description The client ID created in the CloudLX portal API Applications section.
         * @example xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB
         */
        ClientId: string;
        /**
         * Format: password
         * @description The client secret created in the CloudLX portal API Applications section.
         * @example nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS
         */
        ClientSecret: string;
        /**
         * @description Token pair issued by both token endpoints. Access token lifetime 3600 s; refresh token
         *     lifetime 604800 s (7 days).
         */
        TokenResponse: {
            /**
             * @description The access token to send in the Authorisation Bearer header.
             * @example cxl784Nu0NNbsUhotFWNFOyC2noFs7ImlnEtNoCr
             */
            access_token: string;
            /**
             * @description The type of access token, will always be Bearer.
             * @example Bearer
             * @constant
             */
            token_type: "Bearer";
            /**
             * @description The number of seconds until the access token expires and will need to be refreshed (3600).
             * @example 3600
             */
            expires_in: number;
            /**
             * @description A refresh token that should be stored and used to request a new access token upon
             *     expiry. It is an opaque STRING: the provider's field table calls it "Integer, example
             *     604800", but 604800 is its lifetime in seconds (7 days) and the response example
             *     shows a string. It expires after 604800 seconds.
             * @example PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ
             */
            refresh_token: string;
        };
        /** @description OAuth2 error response (RFC 6749 §5.2) from the token endpoints. CloudLX's guide documents no error codes; `error` is one of the six RFC 6749 section 5.2 codes. */
        OAuthError: {
            /**
             * @description OAuth2 error code.
             * @example invalid_client
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            /**
             * @description Human-readable explanation.
             * @example Client authentication failed.
             */
            error_description?: string;
        };
        /**
         * @description Error body of resource endpoints. NOT documented by the provider: every property is
         *     optional and more may appear. OAuth2 token failures carry `error`/`error_description`;
         *     application errors carry `success: false` and `message`; validation failures may carry
         *     `errors` (field name to messages).
         */
        UndocumentedError: {
            /** @example false */
            success?: boolean;
            /** @example Not found. */
            message?: string;
            /** @example access_denied */
            error?: string;
            /** @example The resource owner or authorization server denied the request. */
            error_description?: string;
            /**
             * @example {
             *       "vlan": [
             *         "The vlan must be between 1 and 4098."
             *       ]
             *     }
             */
            errors?: {
                [key: string]: string[];
            };
        };
        /** @description The answer of every write call. */
        SuccessResponse: {
            /** @example true */
            success: boolean;
            /** @example Service upgraded successfully. */
            message: string;
        };
        /**
         * @description `{success, message}` like every write call; the provider's PHP client also reads
         *     `service_id`, the id of the new service, when present.
         */
        ServiceCreated: components["schemas"]["SuccessResponse"] & {
            service_id?: components["schemas"]["Id"];
        };
        /**
         * @description A numeric CloudLX id.
         * @example 1234
         */
        Id: number;
        /**
         * @description A PHP-style boolean flag sent as 0 or 1.
         * @example 0
         * @enum {integer}
         */
        FlagInteger: 0 | 1;
        /**
         * @description A VLAN id (the provider documents the range 1-4098).
         * @example 20
         */
        Vlan: number;
        /**
         * @description Date and time as the provider sends it. The provider's own fixtures show
         *     `YYYY-MM-DD HH:MM:SS` without a zone (not RFC 3339), so `format: date-time` is not
         *     claimed; the pattern also accepts RFC 3339.
         * @example 2018-07-31 11:11:25
         */
        Timestamp: string;
        /**
         * @description The answer of `GET /api/services/{id}/graph/{type}`. Only the `graph` key is known (the
         *     provider's PHP client reads it); what it holds is documented nowhere, so any JSON is accepted.
         */
        ServiceGraph: {
            /** @description The graph data, in a shape no source documents. */
            graph: unknown;
        };
        /** @description A layer-2 service on one of the customer's ports. */
        Service: {
            id: components["schemas"]["Id"];
            /** @example London AWS primary */
            name: string;
            /** @description The customer-side VLAN; null when the service carries no single VLAN (e.g. bundled). */
            vlan: components["schemas"]["Vlan"] | null;
            /** @description The VLAN on the network-to-network interface, if any. */
            nni_vlan?: components["schemas"]["Vlan"] | null;
            created: components["schemas"]["Timestamp"];
            /** @description When the service is (or was) cancelled; null while it renews. */
            cancellation_date?: components["schemas"]["Timestamp"] | null;
            /** @description End of the current term (seen in the provider's fixtures). */
            expires?: components["schemas"]["Timestamp"] | null;
            /**
             * @description Protection label, e.g. "Protected" (seen in the provider's fixtures).
             * @example Protected
             */
            protected?: string;
            /**
             * @description Bandwidth with its unit, e.g. "200Mbps" (free text; no pattern is documented).
             * @example 200Mbps
             */
            bandwidth: string;
            /** @example false */
            paused: boolean;
            /** @example false */
            expired: boolean;
            /**
             * @description The service type's name.
             * @example AWS Direct Connect
             */
            type: string;
            /**
             * @description The service type's short name (e.g. INT, AWS, MSA, GCP).
             * @example AWS
             */
            type_short_name?: string;
            port: components["schemas"]["Port"];
        };
        /** @description A service with its status and live statistics. */
        ServiceDetail: components["schemas"]["Service"] & {
            /**
             * @description Provisioning status, e.g. "in service", "pending".
             * @example in service
             */
            status: string;
            statistics?: components["schemas"]["ServiceStatistics"];
            b_port?: components["schemas"]["Port"];
            csp_status?: components["schemas"]["CspStatus"];
        };
        /**
         * @description Live statistics keyed by metric id (e.g. `jitter`, `2_way_latency`). When there are none
         *     the provider (PHP) sends an empty JSON array `[]` instead of `{}`.
         */
        ServiceStatistics: {
            [key: string]: components["schemas"]["ServiceStatistic"];
        } | components["schemas"]["ServiceStatistic"][];
        /** @description One statistic of a service. */
        ServiceStatistic: {
            /** @example 2 way latency */
            name: string;
            /**
             * @description The last value formatted with its unit.
             * @example 0.03 ms
             */
            lastvalue: string;
            /**
             * @description The last value as a number.
             * @example 25
             */
            lastvalue_raw: number;
        };
        /** @description The cloud service provider's view of an on-ramp service. */
        CspStatus: {
            /** @example danger */
            color?: string;
            /** @example Not Found */
            text?: string;
            /** @example down */
            state?: string;
        };
        ServiceList: {
            services: components["schemas"]["Service"][];
        };
        /**
         * @description A port in a data centre. Only `id` and `name` are always present; the rest appears in
         *     port detail responses (fields from the provider's PHP client fixtures).
         */
        Port: {
            id: components["schemas"]["Id"];
            /**
             * @description The port's reference, e.g. "clxp-4XaHVRxR".
             * @example clxp-4XaHVRxR
             */
            ref?: string;
            /** @example London - Epsilon Global Hubs London - P12 (10Gbit) */
            name: string;
            /** @example EPUK-EGH4-B72-1 1/3/G13 */
            datacentre_name?: string;
            /** @example 13 */
            index?: number;
            /** @example 10Gbit */
            speed?: string;
            /**
             * @description Port speed in kbit/s.
             * @example 1000000
             */
            throughput?: number;
            /** @example 6Mb/sec */
            committed_bandwidth?: string;
            /** @example 6000 */
            committed_bandwidth_raw?: number;
            /** @example 994Mb/sec */
            remaining_bandwidth?: string;
            /** @example 994000 */
            remaining_bandwidth_raw?: number;
            /** @example 0.6% */
            utilisation?: string;
            /**
             * @description Utilisation percentage, sent as a string.
             * @example 0.6
             */
            utilisation_raw?: string;
            /** @example Epsilon Telecom */
            customer?: string;
            customer_id?: components["schemas"]["Id"];
            regions?: components["schemas"]["Region"][];
            network_alarms?: components["schemas"]["NetworkAlarm"][];
            /** @description The services on the port (id and name only). */
            services?: components["schemas"]["ServiceReference"][];
            service_type?: components["schemas"]["ServiceType"];
            /** @example 3 */
            service_count?: number;
            /** @example true */
            user_can_access?: boolean;
            /** @example Epsilon Global Hubs London */
            datacentre_datacentre_name?: string;
            /** @example London */
            datacentre_city?: string;
            /**
             * @description ISO 3166-1 alpha-2 country code of the data centre's city.
             * @example GB
             */
            datacentre_city_iso?: string;
            /** @example in service */
            status?: string;
            statistics?: components["schemas"]["ServiceStatistics"];
        };
        PortList: {
            ports: components["schemas"]["Port"][];
        };
        Region: {
            /** @example London */
            name: string;
        };
        NetworkAlarm: {
            /** @example Link down. */
            description: string;
            /**
             * Format: date-time
             * @example 2018-07-06T09:52:17+00:00
             */
            created_at: string;
        };
        ServiceReference: {
            id: components["schemas"]["Id"];
            /** @example TestCommunityPorts */
            name: string;
        };
        /** @description A kind of service (fields from the provider's PHP client fixtures). */
        ServiceType: {
            id: components["schemas"]["Id"];
            /** @example Inter-port Connection */
            name: string;
            /** @example INT */
            short_name?: string;
            /** @example /images/logos/aws.png */
            logo_path?: string | null;
            /** @example  */
            regions?: string;
            /** @example INT */
            category?: string;
            category_id?: components["schemas"]["Id"];
            categories?: components["schemas"]["ServiceTypeCategory"][];
        };
        ServiceTypeCategory: {
            /** @example Cloud Service Providers */
            name: string;
            /** @example CSP */
            code: string;
        };
        ServiceTypeList: {
            service_types: components["schemas"]["ServiceType"][];
        };
        /** @description A purchasable bandwidth/term combination for a service. */
        Product: {
            id: components["schemas"]["Id"];
            /**
             * @description Bandwidth with its unit.
             * @example 200Mbps
             */
            speed: string;
            /**
             * @description Bandwidth in kbit/s.
             * @example 200000
             */
            speed_raw: number;
            /**
             * @description Number of `period_type` units in one term.
             * @example 1
             */
            period_length: number;
            /**
             * @description Unit of the term, e.g. "month".
             * @example month
             */
            period_type: string;
            /**
             * @description Price per term in `currency`.
             * @example 150
             */
            price: number;
            /**
             * @description ISO 4217 currency code.
             * @example GBP
             */
            currency: string;
        };
        ProductList: {
            products: components["schemas"]["Product"][];
        };
        VlanList: {
            vlans: components["schemas"]["Vlan"][];
        };
        /**
         * @description Either a service to a service port (cloud on-ramp) or an inter-port connection. The two
         *     variants are closed objects so that a body matches exactly one of them.
         */
        CreateServiceRequest: components["schemas"]["CreateCloudServiceRequest"] | components["schemas"]["CreateInterconnectServiceRequest"];
        /**
         * @description A service from the customer's port to a service port on one VLAN. Provider-specific
         *     fields (from the provider's PHP client): AWS `aws_account`; Azure (MSA)
         *     `msa_service_key` and `secondary_port_id`; Google (GCP) `gcp_project_id`, `host_ip`,
         *     `link_ip`, `asn`, `md5_session_key`, `contact_name`, `contact_email`, `contact_phone`.
         */
        CreateCloudServiceRequest: {
            port_id: components["schemas"]["Id"];
            service_port_id: components["schemas"]["Id"];
            product_id: components["schemas"]["Id"];
            /** @example London AWS primary */
            name: string;
            vlan: components["schemas"]["Vlan"];
            /**
             * @default false
             * @example false
             */
            disable_auto_renew?: boolean;
            /**
             * @description AWS account id (12 digits).
             * @example 123456789012
             */
            aws_account?: string;
            /**
             * Format: uuid
             * @description Azure ExpressRoute service key.
             * @example 5f0c3a4e-8a2b-4c1d-9e7f-2b6a1d3c4e5f
             */
            msa_service_key?: string;
            secondary_port_id?: components["schemas"]["Id"];
            /** @example my-gcp-project */
            gcp_project_id?: string;
            /** @example 169.254.10.1/29 */
            host_ip?: string;
            /** @example 169.254.10.2/29 */
            link_ip?: string;
            /** @example 64512 */
            asn?: number;
            /** @example s3cr3tBgpKey */
            md5_session_key?: string;
            /** @example Jane Doe */
            contact_name?: string;
            /**
             * Format: email
             * @example noc@example.com
             */
            contact_email?: string;
            /** @example +44 20 7000 0000 */
            contact_phone?: string;
        };
        /**
         * @description An inter-port connection between two of the customer's ports. Fields by
         *     `cvlan_mapping_type` (from the provider's PHP client): `bundled` – `cvlans`; `range` –
         *     `vlan_from`, `vlan_to`; `translation` – `vlan`, `translated_vlan`; `virtual-untagged` –
         *     `vlan`, `untagged_port_id`; `epline` – none. The VLAN list is sent as `cvlans` (the
         *     provider's client calls it `vlans` internally).
         */
        CreateInterconnectServiceRequest: {
            port_id: components["schemas"]["Id"];
            far_end_port_id: components["schemas"]["Id"];
            product_id: components["schemas"]["Id"];
            /** @example LON-AMS interconnect */
            name: string;
            /**
             * @example bundled
             * @enum {string}
             */
            cvlan_mapping_type: "bundled" | "range" | "translation" | "virtual-untagged" | "epline";
            /**
             * @description The customer VLANs carried by a `bundled` connection.
             * @example [
             *       100,
             *       101,
             *       102
             *     ]
             */
            cvlans?: components["schemas"]["Vlan"][];
            vlan_from?: components["schemas"]["Vlan"];
            vlan_to?: components["schemas"]["Vlan"];
            vlan?: components["schemas"]["Vlan"];
            translated_vlan?: components["schemas"]["Vlan"];
            untagged_port_id?: components["schemas"]["Id"];
            /**
             * @default false
             * @example false
             */
            disable_auto_renew?: boolean;
        };
        UpgradeServiceRequest: {
            product_id: components["schemas"]["Id"];
        };
        UpdateServiceRenewalRequest: {
            /** @example true */
            disable_auto_renew: boolean;
            renewal_product_id?: components["schemas"]["Id"];
        };
        PurchasePortRequest: {
            /**
             * @description Bandwidth model of the port.
             * @example unlimited
             * @enum {string}
             */
            model: "limited" | "unlimited";
            port_id: components["schemas"]["Id"];
            /** @example AMS core port */
            name: string;
            /**
             * @description Contract term (the docs give no unit; the portal sells terms in months).
             * @example 12
             */
            term: number;
        };
    };
    responses: {
        /**
         * @description A token pair. The access token lasts `expires_in` (3600) seconds; the refresh token lasts
         *     604800 seconds (7 days), after which the client credentials grant must be used again.
         */
        TokenIssued: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["TokenResponse"];
            };
        };
        /**
         * @description Client authentication failed: unknown client ID or wrong secret. Body per RFC 6749 §5.2;
         *     the provider does not document error bodies.
         */
        InvalidClient: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The access token is missing, invalid or expired (after 3600 s): refresh it and retry.
         *     The body is not documented by the provider; this is a minimal shape.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["UndocumentedError"];
            };
        };
        /**
         * @description No such id, or not visible to the token's portal user. The body is not documented by the
         *     provider; this is a minimal shape.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["UndocumentedError"];
            };
        };
        /**
         * @description The body or query failed validation. The body is not documented by the provider; this is
         *     a minimal shape (Laravel's validation format).
         */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["UndocumentedError"];
            };
        };
        /**
         * @description The order was well-formed but refused (e.g. the VLAN is in use or the port lacks
         *     bandwidth). Status code and body not documented by the provider; write calls answer
         *     `{success, message}`.
         */
        Refused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.cloudlx.v1+json": components["schemas"]["SuccessResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The service's id.
         * @example 1234
         */
        ServiceId: components["schemas"]["Id"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaAccessTokenRequest = components['schemas']['AccessTokenRequest'];
export type SchemaRefreshTokenRequest = components['schemas']['RefreshTokenRequest'];
export type SchemaClientId = components['schemas']['ClientId'];
export type SchemaClientSecret = components['schemas']['ClientSecret'];
export type SchemaTokenResponse = components['schemas']['TokenResponse'];
export type SchemaOAuthError = components['schemas']['OAuthError'];
export type SchemaUndocumentedError = components['schemas']['UndocumentedError'];
export type SchemaSuccessResponse = components['schemas']['SuccessResponse'];
export type SchemaServiceCreated = components['schemas']['ServiceCreated'];
export type SchemaId = components['schemas']['Id'];
export type SchemaFlagInteger = components['schemas']['FlagInteger'];
export type SchemaVlan = components['schemas']['Vlan'];
export type SchemaTimestamp = components['schemas']['Timestamp'];
export type SchemaServiceGraph = components['schemas']['ServiceGraph'];
export type SchemaService = components['schemas']['Service'];
export type SchemaServiceDetail = components['schemas']['ServiceDetail'];
export type SchemaServiceStatistics = components['schemas']['ServiceStatistics'];
export type SchemaServiceStatistic = components['schemas']['ServiceStatistic'];
export type SchemaCspStatus = components['schemas']['CspStatus'];
export type SchemaServiceList = components['schemas']['ServiceList'];
export type SchemaPort = components['schemas']['Port'];
export type SchemaPortList = components['schemas']['PortList'];
export type SchemaRegion = components['schemas']['Region'];
export type SchemaNetworkAlarm = components['schemas']['NetworkAlarm'];
export type SchemaServiceReference = components['schemas']['ServiceReference'];
export type SchemaServiceType = components['schemas']['ServiceType'];
export type SchemaServiceTypeCategory = components['schemas']['ServiceTypeCategory'];
export type SchemaServiceTypeList = components['schemas']['ServiceTypeList'];
export type SchemaProduct = components['schemas']['Product'];
export type SchemaProductList = components['schemas']['ProductList'];
export type SchemaVlanList = components['schemas']['VlanList'];
export type SchemaCreateServiceRequest = components['schemas']['CreateServiceRequest'];
export type SchemaCreateCloudServiceRequest = components['schemas']['CreateCloudServiceRequest'];
export type SchemaCreateInterconnectServiceRequest = components['schemas']['CreateInterconnectServiceRequest'];
export type SchemaUpgradeServiceRequest = components['schemas']['UpgradeServiceRequest'];
export type SchemaUpdateServiceRenewalRequest = components['schemas']['UpdateServiceRenewalRequest'];
export type SchemaPurchasePortRequest = components['schemas']['PurchasePortRequest'];
export type ResponseTokenIssued = components['responses']['TokenIssued'];
export type ResponseInvalidClient = components['responses']['InvalidClient'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseValidationFailed = components['responses']['ValidationFailed'];
export type ResponseRefused = components['responses']['Refused'];
export type ParameterServiceId = components['parameters']['ServiceId'];
export type $defs = Record<string, never>;
export interface operations {
    requestAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccessTokenRequest"];
                "application/json": components["schemas"]["AccessTokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["TokenIssued"];
            /**
             * @description The request is malformed or uses a grant type this endpoint does not accept. Body per
             *     RFC 6749 §5.2; the provider does not document error bodies.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["OAuthError"];
                };
            };
            401: components["responses"]["InvalidClient"];
        };
    };
    refreshAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RefreshTokenRequest"];
                "application/json": components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["TokenIssued"];
            /**
             * @description The request is malformed, the refresh token is invalid or expired (after 7 days), or
             *     the grant type is wrong. Body per RFC 6749 §5.2; the provider does not document error
             *     bodies.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["OAuthError"];
                };
            };
            401: components["responses"]["InvalidClient"];
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services, wrapped in `services`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example 1234
                 */
                id: components["parameters"]["ServiceId"];
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
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getServiceGraph: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example 1024
                 */
                id: components["schemas"]["Id"];
                /**
                 * @description Which graph. No source lists the values; `bandwidth` is illustrative.
                 * @example bandwidth
                 */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph, wrapped in `graph`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceGraph"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceRequest"];
            };
        };
        responses: {
            /** @description The order was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceCreated"];
                };
            };
            400: components["responses"]["Refused"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    upgradeService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example 1234
                 */
                id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeServiceRequest"];
            };
        };
        responses: {
            /** @description The upgrade was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["SuccessResponse"];
                };
            };
            /**
             * @description The upgrade was refused, typically because the service was already upgraded today
             *     (upgrades are allowed once a day). Status code and body not documented by the provider.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["SuccessResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateServiceRenewal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example 1234
                 */
                id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceRenewalRequest"];
            };
        };
        responses: {
            /** @description The renewal setting was saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["SuccessResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getServicePricing: {
        parameters: {
            query?: {
                /**
                 * @description The customer's (A-end) port.
                 * @example 512
                 */
                port_id?: components["schemas"]["Id"];
                /**
                 * @description The service port or far-end (Z-end) port.
                 * @example 3001
                 */
                service_port_id?: components["schemas"]["Id"];
                /**
                 * @description A-end data centre id, when pricing between data centres.
                 * @example 3
                 */
                a_datacentre?: components["schemas"]["Id"];
                /**
                 * @description Z-end data centre id, when pricing between data centres.
                 * @example 7
                 */
                z_datacentre?: components["schemas"]["Id"];
                /**
                 * @description 1 to price a protected (resilient) service, 0 (the default) otherwise.
                 * @example 0
                 */
                protected?: components["schemas"]["FlagInteger"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The products, wrapped in `products`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ProductList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listServiceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getServiceType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service type's id.
                 * @example 20
                 */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service type itself (not wrapped). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["ServiceType"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listAvailableServicePorts: {
        parameters: {
            query?: {
                /**
                 * @description Only ports in this data centre.
                 * @example 3
                 */
                datacentre_id?: components["schemas"]["Id"];
                /**
                 * @description Only ports in this city.
                 * @example 1
                 */
                city_id?: components["schemas"]["Id"];
                /**
                 * @description Only ports on this continent.
                 * @example 2
                 */
                continent_id?: components["schemas"]["Id"];
                /**
                 * @description Only ports of this service type (its short name, e.g. `AWS`, `MSA`, `GCP`, `INT`).
                 * @example AWS
                 */
                service_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ports, wrapped in `ports`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["PortList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listAvailableVlans: {
        parameters: {
            query: {
                /**
                 * @description The customer's (A-end) port.
                 * @example 512
                 */
                port_id: components["schemas"]["Id"];
                /**
                 * @description The service port or far-end port.
                 * @example 3001
                 */
                service_port_id?: components["schemas"]["Id"];
                /**
                 * @description The secondary port of a redundant (e.g. Azure) service.
                 * @example 3002
                 */
                secondary_port_id?: components["schemas"]["Id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The free VLAN ids, wrapped in `vlans`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["VlanList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listPorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ports, wrapped in `ports`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["PortList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listAvailablePorts: {
        parameters: {
            query?: {
                /**
                 * @description Only ports in this data centre (a filter the provider's PHP client sends, `getPurchasablePorts`).
                 * @example 3
                 */
                datacentre_id?: components["schemas"]["Id"];
                /**
                 * @description Only ports in this city (a filter the provider's PHP client sends).
                 * @example 1
                 */
                city_id?: components["schemas"]["Id"];
                /**
                 * @description Only ports on this continent (a filter the provider's PHP client sends).
                 * @example 2
                 */
                continent_id?: components["schemas"]["Id"];
                /**
                 * @description 1 to list only ports that can be used as an ENNI (external network-to-network interface).
                 * @example 1
                 */
                can_enni?: components["schemas"]["FlagInteger"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchasable ports, wrapped in `ports`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["PortList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port's id.
                 * @example 512
                 */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The port itself (not wrapped). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["Port"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    purchasePort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchasePortRequest"];
            };
        };
        responses: {
            /** @description The purchase was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.cloudlx.v1+json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["Refused"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
}
