import { createContractFetch } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { ClientConfigError } from "../../src/index.js";
import { API_KEY, clientOn, DEFAULT_LIFETIME_TOKEN, expectNoSecretIn, OK_TOKEN_PREFIX, PASSWORD, preferFor, recording, USERNAME } from "./support.js";

const contract = createContractFetch();
const LOGIN = "/api/LoginToken";
const DENIED = { message: "Authorization has been denied for this request." };
const paths = (sent: readonly { method: string; path: string }[]) => sent.map((r) => `${r.method} ${r.path}`);

describe("CloudCherry login, session and API keys against Prism", () => {
  it("logs in with grant_type=password and the password, then sends the bearer", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch });
    const { data, response } = await cc.GET("/api/questions");
    expect(response.status).toBe(200);
    expect(data?.length).toBeGreaterThan(0);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${LOGIN}`, "GET /api/questions"]);
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({ grant_type: "password", username: USERNAME, password: PASSWORD });
    expect(sent[1]?.authorization).toMatch(new RegExp(`^Bearer ${OK_TOKEN_PREFIX}`));
  });

  it("logs in with an API key in the password field", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch, password: undefined, apiKey: API_KEY });
    expect((await cc.GET("/api/settings")).response.status).toBe(200);
    expect(new URLSearchParams(sent[0]?.body).get("password")).toBe(API_KEY);
  });

  it("exposes the login answer's extra fields, typed, as the session, without the token", async () => {
    const cc = clientOn(contract);
    const session = await cc.session();
    expect(session).toMatchObject({
      userName: USERNAME,
      email: "",
      primaryRole: "User",
      managedBy: "manageruserid",
      preview: "True",
      isPreview: true,
      station: "uswest",
      hash: "ayoiY9J90Fg3Wbx0qjvaQoX03ngDUdxVd2cSZwh609o=",
      issued: "Mon, 22 Apr 2019 10:48:47 GMT",
      expires: "Mon, 22 Apr 2019 22:48:47 GMT",
      ".issued": "Mon, 22 Apr 2019 10:48:47 GMT",
      ".expires": "Mon, 22 Apr 2019 22:48:47 GMT",
    });
    expect(session.issuedAt?.toISOString()).toBe("2019-04-22T10:48:47.000Z");
    expect(session.expiresAt?.toISOString()).toBe("2019-04-22T22:48:47.000Z");
    const { accessToken, extra } = await cc.auth.getTokens();
    expect(extra.station).toBe("uswest");
    expectNoSecretIn(session, [accessToken, PASSWORD]);
  });

  it("has no session in basic mode, and says why", async () => {
    const cc = clientOn(contract, { auth: "basic" });
    const error = await cc.session().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientConfigError);
    expect(String(error)).toMatch(/auth.*"basic".*no login/);
  });

  it("returns API keys as strings from getApiKey/generateApiKey and never logs them", async () => {
    const lines: string[] = [];
    const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const cc = clientOn(contract, { logger });
    const existing: string = await cc.getApiKey();
    const generated: string = await cc.generateApiKey();
    expect(existing).toBe(API_KEY);
    expect(generated).toBe(API_KEY);
    expect(lines.length).toBeGreaterThan(0);
    expectNoSecretIn(lines.join("\n"), [API_KEY, PASSWORD, (await cc.auth.getTokens()).accessToken]);
  });

  it("uses HTTP Basic with the API key on every call in basic mode, without logging in", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch, auth: "basic", password: undefined, apiKey: API_KEY });
    expect((await cc.GET("/api/questions/active")).response.status).toBe(200);
    expect((await cc.GET("/api/settings")).response.status).toBe(200);
    expect(sent.map((r) => r.path)).toEqual(["/api/questions/active", "/api/settings"]);
    for (const request of sent) expect(request.authorization).toBe(`Basic ${btoa(`${USERNAME}:${API_KEY}`)}`);
  });
});

describe("a 401 'Authorization has been denied' on an API call", () => {
  it("leads to exactly one new login and one resend carrying the new bearer", async () => {
    // The second login answers the spec's other example, so the resend's bearer is provably the new token.
    const { fetch, sent } = recording(contract.fetch);
    const secondLoginAnswersDefaultLifetime = preferFor(LOGIN, "code=200, example=defaultLifetime", fetch, { skip: 1 });
    const cc = clientOn(contract, { fetch: preferFor("/api/settings", "code=401", secondLoginAnswersDefaultLifetime) });

    const { data, response } = await cc.GET("/api/settings");

    expect(response.status).toBe(200);
    expect(data?.businessName).toBeTypeOf("string");
    expect(paths(sent)).toEqual([`POST ${LOGIN}`, "GET /api/settings", `POST ${LOGIN}`, "GET /api/settings"]);
    expect(sent.filter((r) => r.path === LOGIN)).toHaveLength(2);
    expect(sent[1]).toMatchObject({ prefer: "code=401" });
    expect(sent[1]?.authorization).toMatch(new RegExp(`^Bearer ${OK_TOKEN_PREFIX}`));
    expect(sent[3]).toMatchObject({ prefer: null, authorization: `Bearer ${DEFAULT_LIFETIME_TOKEN}` });
    // Earlier tokens stay valid at CloudCherry: nothing is invalidated server-side.
    expect(sent.some((r) => r.path === "/api/account/logout")).toBe(false);
    expect((await cc.session()).expires).toBe("Wed, 24 Apr 2019 08:00:00 GMT");
  });

  it("resends a POST with its JSON body intact", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch: preferFor("/api/answers/count", "code=401", fetch) });
    const filter = { location: ["Downtown Store"], afterdate: "2019-04-15T00:00:00Z", archived: false };

    const { data, response } = await cc.POST("/api/answers/count", { body: filter });

    expect(response.status).toBe(200);
    expect(data).toBeTypeOf("number");
    const posts = sent.filter((r) => r.path === "/api/answers/count");
    expect(posts).toHaveLength(2);
    expect(posts.map((r) => JSON.parse(r.body) as unknown)).toEqual([filter, filter]);
    expect(sent.filter((r) => r.path === LOGIN)).toHaveLength(2);
  });

  it("comes back as ApiError with the documented body when the resend is refused too, after one new login only", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch, throwOnError: true });
    const error = await cc.GET("/api/settings", { headers: { prefer: "code=401" } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthenticationError", code: "CLIENT_AUTHENTICATION", status: 401, body: DENIED });
    expect(paths(sent)).toEqual([`POST ${LOGIN}`, "GET /api/settings", `POST ${LOGIN}`, "GET /api/settings"]);
    expectNoSecretIn(error, [PASSWORD, (await cc.auth.getTokens()).accessToken]);
  });

  it("is not needed at expiry: the client logs in again before the token's expires_in runs out", async () => {
    let now = Date.parse("2019-04-22T10:48:47Z");
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch, now: () => now });
    await cc.GET("/api/questions/active");
    now += 60 * 60 * 1000;
    await cc.GET("/api/questions/active");
    now += 43_199 * 1000;
    await cc.GET("/api/questions/active");
    expect(paths(sent)).toEqual([`POST ${LOGIN}`, "GET /api/questions/active", "GET /api/questions/active", `POST ${LOGIN}`, "GET /api/questions/active"]);
  });
});

describe("429 with Retry-After", () => {
  /** Prism serves the spec's Retry-After example (60 s); one second keeps the test short and still proves the wait. */
  function retryAfterOneSecond(next: typeof fetch): typeof fetch {
    return async (input, init) => {
      const response = await next(input, init);
      if (response.status !== 429) return response;
      expect(response.headers.get("retry-after")).toBe("60");
      const headers = new Headers(response.headers);
      headers.set("retry-after", "1");
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    };
  }

  it.each([
    ["GET", "/api/questions"],
    ["POST", "/api/FlashNPS"],
  ] as const)("%s %s is retried by the auth transport after the Retry-After delay", async (method, path) => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch: retryAfterOneSecond(preferFor(path, "code=429", fetch)), retry: { maxRetries: 1 } });
    const started = Date.now();
    const { response } = method === "GET" ? await cc.GET("/api/questions") : await cc.POST("/api/FlashNPS", { body: { location: ["Downtown Store"] } });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(paths(sent)).toEqual([`POST ${LOGIN}`, `${method} ${path}`, `${method} ${path}`]);
    expect(sent.map((r) => r.prefer)).toEqual([null, "code=429", null]);
  });

  it("is returned as a typed 429 at once when Retry-After exceeds maxRetryAfterMs", async () => {
    const { fetch, sent } = recording(contract.fetch);
    const cc = clientOn(contract, { fetch: preferFor("/api/questions", "code=429", fetch), retry: { maxRetries: 2, maxRetryAfterMs: 5_000 } });
    const { data, response } = await cc.GET("/api/questions");
    expect(data).toBeUndefined();
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(sent.filter((r) => r.path === "/api/questions")).toHaveLength(1);
  });
});

afterAll(() => contract.assertNoViolations());
