import { fileURLToPath } from "node:url";
import { assertEveryOperationCalled, createContractFetch, sendThroughClient, successCases } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, createCloudmoreClient, createdIdOf, OAuthError, type CloudmoreOptions } from "../../src/index.js";

const SPEC = fileURLToPath(new URL("../../../../specs/cloudmore.yaml", import.meta.url));
const RESELLER = "ca6430d3-7f6a-0049-8075-72921f062eb8";
const CREDENTIALS = {
  clientId: "ro.client",
  clientSecret: "3f6c1d9e-client-secret-from-cloudmore",
  username: "api.admin@example-reseller.com",
  password: "N0t-a-real-Pa55word!",
} as const;

const contract = createContractFetch();
const paths = () => contract.calls.map((call) => `${call.method} ${new URL(call.url).pathname}`);

function client(overrides: Partial<CloudmoreOptions> = {}) {
  return createCloudmoreClient({ ...CREDENTIALS, baseUrl: prismUrl("cloudmore"), fetch: contract.fetch, retry: false, ...overrides });
}

/** Adds `Prefer` to token requests so Prism serves one documented token error. */
function tokenErrorFetch(example: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.endsWith("/connect/token")) return contract.fetch(request);
    const headers = new Headers(request.headers);
    headers.set("prefer", `code=400, example=${example}`);
    return contract.fetch(new Request(request, { headers }));
  };
}

describe("Cloudmore client against Prism (specs/cloudmore.yaml)", () => {
  const cm = client({ validate: true, resellerId: RESELLER });

  it("logs in with the password grant, client credentials and scope=api, then lists organizations", async () => {
    const { data, response } = await cm.GET("/api/resellers/{resellerId}/Organizations", {
      params: { path: { resellerId: RESELLER }, query: { showActive: true } },
    });
    expect(response.status).toBe(200);
    expect(Array.isArray(data)).toBe(true);
    expect(paths().slice(0, 2)).toEqual(["POST /connect/token", `GET /api/resellers/${RESELLER}/Organizations`]);
    const tokens = await cm.auth.getTokens();
    expect(tokens.tokenType).toBe("Bearer");
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
  });

  it("creates with 201 and a Location header, updates and deletes with 204", async () => {
    const created = await cm.POST("/api/resellers/{resellerId}/Organizations", {
      params: { path: { resellerId: RESELLER } },
      body: { name: "Nordic Widgets AB", registrationNumber: "556677-8899", contact: { name: "Anna", email: "anna@nordicwidgets.example" } } as never,
    });
    expect(created.response.status).toBe(201);
    expect(createdIdOf(created)).toMatch(/^[0-9a-f-]{36}$/);
  });

  // Every other operation, once, through the same client: parameters and bodies are the spec's own
  // examples, so this grows with the spec. The typed calls above show the types; these show coverage.
  const cases = successCases(SPEC, ["/connect/token"]);
  it.each(cases.map((c) => [c.operationId, c] as const))("%s answers its documented success", async (_id, c) => {
    const { response, error } = await sendThroughClient(cm.request, c);
    expect(error).toBeUndefined();
    expect(response.status).toBe(c.code);
  });

  it("returns documented 404 and 403 answers as typed results, and as ApiError with throwOnError", async () => {
    const missing = await cm.GET("/api/resellers/{resellerId}/Organizations/{organizationId}", {
      params: { path: { resellerId: RESELLER, organizationId: "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13" } },
      headers: { prefer: "code=404" },
    });
    expect(missing.response.status).toBe(404);
    const throwing = client({ throwOnError: true });
    const error = await throwing
      .GET("/api/resellers/{resellerId}/ResellerRoles", { params: { path: { resellerId: RESELLER } }, headers: { prefer: "code=403" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, operation: "GET /api/resellers/{resellerId}/ResellerRoles" });
  });

  it.each([
    ["invalidGrant", "invalid_grant", "Verify that the username and password are correct."],
    ["invalidScope", "invalid_scope", "Verify that the POST parameter “scope” has the correct value."],
    ["unsupportedGrantType", "unsupported_grant_type", "Verify that the POST parameter “grant_type” has the correct value."],
    ["invalidClient", "invalid_client", "Verify that the POST parameters “client_secret” and “client_id” have correct values."],
  ])("maps the documented token error %s to OAuthError with the guide's remedy", async (example, code, remedy) => {
    const failing = client({ fetch: tokenErrorFetch(example) });
    const error = await failing.GET("/api/services/categories").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: code, status: 400 });
    expect((error as Error).message).toContain(remedy);
    for (const secret of [CREDENTIALS.password, CREDENTIALS.clientSecret]) {
      expect(String(error)).not.toContain(secret);
      expect(JSON.stringify(error)).not.toContain(secret);
    }
  });

  afterAll(() => {
    contract.assertNoViolations();
    assertEveryOperationCalled(SPEC, contract.calls);
  });
});

describe("the contract check can fail", () => {
  it("reports a resource request without the bearer", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    await recorder.fetch(`${prismUrl("cloudmore")}/api/services/categories`);
    expect(recorder.failures().length).toBe(1);
  });

  it("reports a body the spec forbids", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const cm = createCloudmoreClient({ ...CREDENTIALS, baseUrl: prismUrl("cloudmore"), fetch: recorder.fetch, retry: false });
    const { response } = await cm.POST("/api/resellers/{resellerId}/Organizations", {
      params: { path: { resellerId: RESELLER } },
      body: { name: 42 } as never,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(recorder.failures().length).toBeGreaterThan(0);
  });
});
