import { fileURLToPath } from "node:url";
import { assertEveryOperationCalled, createContractFetch, sendThroughClient, successCases } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, createCloudcherryClient, OAuthError, type CloudcherryOptions } from "../../src/index.js";

const SPEC = fileURLToPath(new URL("../../../../specs/cloudcherry.yaml", import.meta.url));
const PASSWORD = "correct-horse-battery-staple";

const contract = createContractFetch();
const calls = () => contract.calls.map((call) => `${call.method} ${new URL(call.url).pathname}`);
const logins = () => calls().filter((c) => c === "POST /api/LoginToken").length;

type Overrides = Partial<Omit<CloudcherryOptions, "password" | "apiKey">> & { password?: string; apiKey?: string };
function client(overrides: Overrides = {}) {
  return createCloudcherryClient({
    username: "acmecx",
    password: PASSWORD,
    baseUrl: prismUrl("cloudcherry"),
    fetch: contract.fetch,
    retry: false,
    ...overrides,
  } as CloudcherryOptions);
}

/** Makes Prism answer one request to `path` with a documented response, then step aside. */
function onceFor(path: string, prefer: string): typeof fetch {
  let used = false;
  return async (input, init) => {
    const request = new Request(input, init);
    if (used || new URL(request.url).pathname !== path) return contract.fetch(request);
    used = true;
    const headers = new Headers(request.headers);
    headers.set("prefer", prefer);
    return contract.fetch(new Request(request, { headers }));
  };
}

describe("CloudCherry client against Prism (specs/cloudcherry.yaml)", () => {
  const cc = client({ validate: true });

  it("logs in at /api/LoginToken and lists questions with the bearer", async () => {
    const { data, response } = await cc.GET("/api/questions");
    expect(response.status).toBe(200);
    expect(data?.length).toBeGreaterThan(0);
    expect(calls().slice(0, 2)).toEqual(["POST /api/LoginToken", "GET /api/questions"]);
  });

  it("exposes the login answer's extra fields, typed, as the session", async () => {
    const session = await cc.session();
    expect(session).toMatchObject({ userName: "acmecx", primaryRole: "User", station: "uswest", preview: "True", isPreview: true });
    expect(session.expires?.getTime()).toBeGreaterThan(session.issued?.getTime() ?? Infinity);
    expect(session[".expires"]).toMatch(/GMT$/);
    expect(JSON.stringify(session)).not.toContain((await cc.auth.getTokens()).accessToken);
  });

  it("reads and generates API keys through the helpers", async () => {
    expect(typeof (await cc.getApiKey())).toBe("string");
    expect(typeof (await cc.generateApiKey())).toBe("string");
  });

  const cases = successCases(SPEC, ["/api/LoginToken"]);
  it.each(cases.map((c) => [c.operationId, c] as const))("%s answers its documented success", async (_id, c) => {
    const { response, error } = await sendThroughClient(cc.request, c);
    expect(error).toBeUndefined();
    expect(response.status).toBe(c.code);
  });

  it("answers a 401 'Authorization has been denied' with one new login and a resend", async () => {
    const fresh = client({ fetch: onceFor("/api/settings", "code=401") });
    await fresh.auth.getTokens();
    const before = logins();
    const { data, response } = await fresh.GET("/api/settings");
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    expect(logins() - before).toBe(1);
    expect(calls().slice(-3)).toEqual(["GET /api/settings", "POST /api/LoginToken", "GET /api/settings"]);
  });

  it("surfaces the documented 401 body as ApiError when the resend is refused too", async () => {
    const throwing = client({ throwOnError: true });
    const error = await throwing.GET("/api/settings", { headers: { prefer: "code=401" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, body: { message: "Authorization has been denied for this request." } });
  });

  it("logs in with an API key in place of the password", async () => {
    const withKey = client({ password: undefined, apiKey: "0123456789abcdef" });
    expect((await withKey.GET("/api/settings")).response.status).toBe(200);
  });

  it("uses HTTP Basic on every call in basic mode, without logging in", async () => {
    const before = logins();
    const basic = client({ auth: "basic" });
    expect((await basic.GET("/api/questions/active")).response.status).toBe(200);
    expect(logins()).toBe(before);
    await expect(basic.session()).rejects.toThrow(/basic/);
  });

  it("surfaces a failed login as OAuthError without the password", async () => {
    const failing = client({ fetch: onceFor("/api/LoginToken", "code=400, example=invalidGrant") });
    const error = await failing.GET("/api/questions").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: "invalid_grant", status: 400 });
    expect(String(error)).not.toContain(PASSWORD);
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  });

  afterAll(() => {
    contract.assertNoViolations();
    assertEveryOperationCalled(SPEC, contract.calls);
  });
});

describe("the contract check can fail", () => {
  it("reports a request without credentials", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const response = await recorder.fetch(`${prismUrl("cloudcherry")}/api/questions`);
    expect(response.status).toBe(401);
    expect(recorder.failures().length + recorder.calls.filter((c) => c.status === 401).length).toBeGreaterThan(0);
  });

  it("reports a body the spec forbids", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const cc = createCloudcherryClient({ username: "acmecx", password: PASSWORD, baseUrl: prismUrl("cloudcherry"), fetch: recorder.fetch, retry: false });
    const { response } = await cc.POST("/api/questions/add", { body: { text: 42 } as never });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(recorder.failures().length).toBeGreaterThan(0);
  });
});
