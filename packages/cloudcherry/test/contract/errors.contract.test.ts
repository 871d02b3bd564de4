import { createContractFetch, exampleCases, sendThroughClient } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, AuthenticationError, BadRequestError, CLOUDCHERRY_TOKEN_ERROR_REMEDIES, NotFoundError, OAuthError, RateLimitError, unwrap } from "../../src/index.js";
import { API_KEY, clientOn, expectNoSecretIn, PASSWORD, preferFor, SPEC } from "./support.js";

const contract = createContractFetch();
const LOGIN = "/api/LoginToken";

describe("documented login errors come back as OAuthError with a remedy", () => {
  it.each([
    ["invalidGrant", "invalid_grant", "The user name or password is incorrect."],
    ["unsupportedGrantType", "unsupported_grant_type", undefined],
    ["invalidRequest", "invalid_request", undefined],
    ["invalidClient", "invalid_client", undefined],
  ] as const)("example %s is OAuthError %s", async (example, code, description) => {
    for (const secret of [{ password: PASSWORD }, { password: undefined, apiKey: API_KEY }]) {
      const cc = clientOn(contract, { ...secret, fetch: preferFor(LOGIN, `code=400, example=${example}`, contract.fetch) });
      const error = await cc.GET("/api/questions").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OAuthError);
      expect(error).toMatchObject({ code: "AUTH_OAUTH_ERROR", error: code, error_description: description, status: 400, remedy: CLOUDCHERRY_TOKEN_ERROR_REMEDIES[code] });
      expect((error as Error).message).toContain(CLOUDCHERRY_TOKEN_ERROR_REMEDIES[code]);
      expectNoSecretIn(error, [PASSWORD, API_KEY]);
    }
  });
});

describe("every documented error response of the secured operations comes back typed", () => {
  const cases = exampleCases(SPEC).filter((c) => c.code >= 400 && c.pathTemplate !== LOGIN);

  it("covers 401 and 429 for all 19 secured operations", () => {
    const operationsWith = (code: number) => new Set(cases.filter((c) => c.code === code).map((c) => c.operationId)).size;
    expect(operationsWith(401)).toBe(19);
    expect(operationsWith(429)).toBe(19);
  });

  // The statuses CloudCherry documents, each with the class and code a caller branches on.
  const FAMILY = {
    400: [BadRequestError, "CLIENT_BAD_REQUEST"],
    401: [AuthenticationError, "CLIENT_AUTHENTICATION"],
    404: [NotFoundError, "CLIENT_NOT_FOUND"],
    429: [RateLimitError, "CLIENT_RATE_LIMIT"],
  } as const;

  const throwing = clientOn(contract, { throwOnError: true });
  it.each(cases.map((c) => [c.title, c] as const))("%s → its ApiError subclass", async (_title, c) => {
    const error = await sendThroughClient(throwing.request, c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const [Family, code] = FAMILY[c.code as keyof typeof FAMILY];
    expect(error).toBeInstanceOf(Family);
    // The harness calls with filled-in URLs, so openapi-fetch knows the path, not its template.
    const operation = `${c.method} ${c.url.split("?")[0] ?? ""}`;
    expect(error).toMatchObject({ code, provider: "cloudcherry", status: c.code, operation });
    if (c.expected !== undefined) expect((error as ApiError).body).toEqual(c.expected.body);
    expectNoSecretIn(error, [PASSWORD, (await throwing.auth.getTokens()).accessToken]);
  });

  it("is a { error, response } result by default, and ApiError through unwrap()", async () => {
    const cc = clientOn(contract);
    const params = { path: { id: "unknown" } };
    const { data, error, response } = await cc.GET("/api/answer/{id}", { params, headers: { prefer: "code=404" } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.message).toMatch(/No HTTP resource was found/);
    const thrown = await unwrap(cc.GET("/api/answer/{id}", { params, headers: { prefer: "code=404" } }), "cloudcherry").catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(NotFoundError);
    expect(thrown).toMatchObject({ status: 404, body: error });
  });
});

afterAll(() => contract.assertNoViolations());
