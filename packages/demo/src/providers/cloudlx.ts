import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";
import { outcomeOf, type ProviderDemo, type ResourceCall } from "./provider-demo.js";

type CloudlxClient = ReturnType<typeof createCloudlxClient>;

function resourceCalls(client: CloudlxClient): ResourceCall[] {
  return [
    { label: "GET /api/services", live: true, run: () => outcomeOf(client.GET("/api/services")) },
    { label: "GET /api/services/types", live: true, run: () => outcomeOf(client.GET("/api/services/types")) },
    { label: "GET /api/ports", live: true, run: () => outcomeOf(client.GET("/api/ports")) },
  ];
}

/** CloudLX: client credentials, refreshed through its own refresh endpoint. */
export const cloudlxDemo: ProviderDemo = {
  name: "cloudlx",
  title: "CloudLX",
  tokenPaths: { grant: "/api/oauth2/access-token", refresh: "/api/oauth2/refresh-token" },
  // The access-token endpoint documents only invalid_client as a credentials error (HTTP 401).
  tokenError: { prefer: "code=401, example=invalidClient", oauthError: "invalid_client" },
  mockSession(baseUrl, { fetch, now }) {
    // The spec's example credentials: Prism checks the form, not the values.
    const client = createCloudlxClient({
      baseUrl,
      clientId: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
      clientSecret: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
      fetch,
      now,
    });
    return { auth: client.auth, calls: resourceCalls(client) };
  },
  liveSession(env, { fetch, now }) {
    const client = createCloudlxClient({ ...cloudlxOptionsFromEnv(env), fetch, now });
    return { auth: client.auth, calls: resourceCalls(client) };
  },
};
