import { fileURLToPath } from "node:url";
import type { ContractFetch } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { createCloudmoreClient, type CloudmoreClient, type CloudmoreOptions } from "../../src/index.js";

export const SPEC = fileURLToPath(new URL("../../../../specs/cloudmore.yaml", import.meta.url));

/** The token request example of the spec: Prism checks the form body against it. */
export const CREDENTIALS = {
  clientId: "ro.client",
  clientSecret: "3f6c1d9e-client-secret-from-cloudmore",
  username: "api.admin@example-reseller.com",
  password: "N0t-a-real-Pa55word!",
} as const;

/** A client on Prism whose token AND API requests all go through `contract`. */
export function clientOn(contract: ContractFetch, overrides: Partial<CloudmoreOptions> = {}): CloudmoreClient {
  return createCloudmoreClient({ ...CREDENTIALS, baseUrl: prismUrl("cloudmore"), fetch: contract.fetch, retry: false, ...overrides });
}

/** `fetch` with a `Prefer` header added to token requests only, so Prism serves that documented answer. */
export function preferOnTokenRequests(fetchThrough: typeof fetch, prefer: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.endsWith("/connect/token")) return fetchThrough(request);
    const headers = new Headers(request.headers);
    headers.set("prefer", prefer);
    return fetchThrough(new Request(request, { headers }));
  };
}
