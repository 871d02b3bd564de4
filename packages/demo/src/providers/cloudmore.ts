import { cloudmoreOptionsFromEnv, createCloudmoreClient } from "@cloud-sdks/cloudmore";
import { outcomeOf, type ProviderDemo, type ResourceCall } from "./provider-demo.js";

type CloudmoreClient = ReturnType<typeof createCloudmoreClient>;

/** The spec's example reseller id, or the real one for `--live` (CLOUDMORE_RESELLER_ID, optional). */
const EXAMPLE_RESELLER_ID = "ca6430d3-7f6a-0049-8075-72921f062eb8";

function resourceCalls(client: CloudmoreClient, resellerId: string | undefined): ResourceCall[] {
  const reseller = resellerId ?? EXAMPLE_RESELLER_ID;
  const params = { path: { resellerId: reseller } };
  return [
    { label: "GET /api/services/categories", live: true, run: () => outcomeOf(client.GET("/api/services/categories")) },
    {
      label: "GET /api/resellers/{resellerId}/Organizations",
      live: resellerId !== undefined,
      run: () => outcomeOf(client.GET("/api/resellers/{resellerId}/Organizations", { params })),
    },
    {
      label: "GET /api/resellers/{resellerId}/ResellerRoles",
      live: resellerId !== undefined,
      run: () => outcomeOf(client.GET("/api/resellers/{resellerId}/ResellerRoles", { params })),
    },
  ];
}

/** Cloudmore: password grant with client credentials and scope=api; no refresh token. */
export const cloudmoreDemo: ProviderDemo = {
  name: "cloudmore",
  title: "Cloudmore",
  tokenPaths: { grant: "/connect/token" },
  tokenError: {
    prefer: "code=400, example=invalidGrant",
    oauthError: "invalid_grant",
    // Cloudmore's guide documents a remedy for each token error; the other providers document none.
    remedy: "Verify that the username and password are correct.",
  },
  mockSession(baseUrl, { fetch, now }) {
    const client = createCloudmoreClient({
      baseUrl,
      clientId: "ro.client",
      clientSecret: "3f6c1d9e-client-secret-from-cloudmore",
      username: "api.admin@example-reseller.com",
      password: "N0t-a-real-Pa55word!",
      fetch,
      now,
    });
    return { auth: client.auth, calls: resourceCalls(client, undefined) };
  },
  liveSession(env, { fetch, now }) {
    const client = createCloudmoreClient({ ...cloudmoreOptionsFromEnv(env), fetch, now });
    return { auth: client.auth, calls: resourceCalls(client, client.resellerId) };
  },
};
