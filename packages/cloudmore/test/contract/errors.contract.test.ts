import { createContractFetch } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, CLOUDMORE_FORBIDDEN_HINT, CLOUDMORE_TOKEN_ERROR_REMEDIES, NotFoundError, OAuthError, PermissionDeniedError, unwrap } from "../../src/index.js";
import { IDS } from "./operation-calls.js";
import { clientOn, CREDENTIALS, preferOnTokenRequests } from "./support.js";

const contract = createContractFetch();
const organization = { path: { resellerId: IDS.resellerId, organizationId: IDS.organizationId } };

function expectNoSecretIn(error: unknown): void {
  for (const secret of [CREDENTIALS.password, CREDENTIALS.clientSecret]) {
    expect(String(error)).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect((error as Error).stack ?? "").not.toContain(secret);
  }
}

describe("documented errors of specs/cloudmore.yaml come back typed", () => {
  it.each([
    ["invalidGrant", "invalid_grant", "The user name or password is incorrect."],
    // The guide's example of the real response starts the description with a space; auth trims it.
    ["invalidGrantAsSent", "invalid_grant", "The user name or password is incorrect."],
    ["invalidScope", "invalid_scope", undefined],
    ["unsupportedGrantType", "unsupported_grant_type", undefined],
    ["invalidClient", "invalid_client", undefined],
  ] as const)("token error example %s is an OAuthError carrying the guide's remedy", async (example, code, description) => {
    const cm = clientOn(contract, { fetch: preferOnTokenRequests(contract.fetch, `code=400, example=${example}`) });
    const error = await cm.GET("/api/services/categories").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: code, status: 400, error_description: description, remedy: CLOUDMORE_TOKEN_ERROR_REMEDIES[code] });
    expect((error as Error).message).toContain(CLOUDMORE_TOKEN_ERROR_REMEDIES[code]);
    expectNoSecretIn(error);
  });

  it("sends the client credentials as HTTP Basic when asked, which Prism accepts as the spec's second example", async () => {
    const cm = clientOn(contract, { clientAuthentication: "client_secret_basic" });
    const { response } = await cm.GET("/api/services/categories");
    expect(response.status).toBe(200);
  });

  it("returns a documented 404 as a typed result with no body (Cloudmore documents none)", async () => {
    const cm = clientOn(contract);
    const { data, error, response } = await cm.GET("/api/resellers/{resellerId}/Organizations/{organizationId}", { params: organization, headers: { prefer: "code=404" } });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });

  it("throws ApiError with throwOnError, and a 403 says who may call the API", async () => {
    const cm = clientOn(contract, { throwOnError: true });
    const notFound = await cm.GET("/api/resellers/{resellerId}/Organizations/{organizationId}", { params: organization, headers: { prefer: "code=404" } }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ code: "CLIENT_NOT_FOUND", status: 404, provider: "cloudmore", operation: "GET /api/resellers/{resellerId}/Organizations/{organizationId}" });
    expect((notFound as Error).message).not.toContain(CLOUDMORE_FORBIDDEN_HINT);

    const forbidden = await cm.GET("/api/resellers/{resellerId}/ResellerRoles", { params: { path: { resellerId: IDS.resellerId } }, headers: { prefer: "code=403" } }).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    expect(forbidden).toMatchObject({ code: "CLIENT_PERMISSION_DENIED", status: 403, operation: "GET /api/resellers/{resellerId}/ResellerRoles" });
    expect((forbidden as Error).message).toContain("Super Admin");
    expect((forbidden as Error).message).toContain("allow REST API access");
    expectNoSecretIn(forbidden);
  });

  it("unwrap() throws the same hinted ApiError for a 403 and returns data otherwise", async () => {
    const cm = clientOn(contract);
    const roles = await unwrap(cm.GET("/api/resellers/{resellerId}/ResellerRoles", { params: { path: { resellerId: IDS.resellerId } } }));
    expect(Array.isArray(roles)).toBe(true);
    const forbidden = await unwrap(cm.GET("/api/resellers/{resellerId}/ResellerRoles", { params: { path: { resellerId: IDS.resellerId } }, headers: { prefer: "code=403" } })).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ApiError);
    expect(forbidden).toMatchObject({ status: 403, provider: "cloudmore" });
    expect((forbidden as Error).message).toContain(CLOUDMORE_FORBIDDEN_HINT);
  });

  afterAll(() => contract.assertNoViolations());
});
