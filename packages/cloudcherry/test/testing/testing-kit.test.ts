import { OAuthError } from "@cloud-sdks/auth";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudcherryClient } from "../../src/index.js";
import { createCloudcherryMock } from "../../src/testing.js";

const CREDENTIALS = { username: "acmecx", password: "test-password" };
const mock = createCloudcherryMock({ credentials: CREDENTIALS });
const server = setupServer(...mock.handlers);
const seen: string[] = [];
server.events.on("request:start", ({ request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.resetViolations();
  seen.length = 0;
});
afterAll(() => server.close());

async function login(form: Record<string, string>): Promise<Response> {
  return fetch("https://api.getcloudcherry.com/api/LoginToken", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams(form),
  });
}

describe("@cloud-sdks/cloudcherry/testing", () => {
  it("logs in like /api/LoginToken: every documented field, a lower-case bearer, .issued/.expires a lifetime apart", async () => {
    const body = (await (await login({ grant_type: "password", ...CREDENTIALS })).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([".expires", ".issued", "access_token", "email", "expires_in", "hash", "managedBy", "preview", "primaryRole", "station", "token_type", "userName"]);
    expect(body["token_type"]).toBe("bearer");
    expect(Date.parse(String(body[".expires"])) - Date.parse(String(body[".issued"]))).toBe(Number(body["expires_in"]) * 1000);
  });

  it("refuses a wrong password with the documented invalid_grant, typed as OAuthError", async () => {
    const cloudcherry = createCloudcherryClient({ username: CREDENTIALS.username, password: "wrong" });
    const error = await cloudcherry.GET("/api/questions").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: "invalid_grant", error_description: "The user name or password is incorrect.", status: 400 });
  });

  it("answers an expired token with CloudCherry's 401 body; the client logs in again and resends", async () => {
    const cloudcherry = createCloudcherryClient(CREDENTIALS);
    await cloudcherry.GET("/api/questions");
    const stale = await cloudcherry.auth.getAccessToken();
    mock.expireAccessTokens();
    const direct = await fetch("https://api.getcloudcherry.com/api/questions", { headers: { authorization: `Bearer ${stale}` } });
    expect(direct.status).toBe(401);
    expect(await direct.json()).toEqual({ message: "Authorization has been denied for this request." });
    const { data } = await cloudcherry.GET("/api/questions");
    expect(Array.isArray(data)).toBe(true);
    expect(seen.filter((entry) => entry === "POST /api/LoginToken")).toHaveLength(2);
  });

  it("accepts HTTP Basic with the same credentials, as CloudCherry does on every call", async () => {
    const { data } = await createCloudcherryClient({ ...CREDENTIALS, auth: "basic" }).GET("/api/settings");
    expect(data).toBeDefined();
    const { response } = await createCloudcherryClient({ username: CREDENTIALS.username, password: "wrong", auth: "basic" }).GET("/api/settings");
    expect(response.status).toBe(401);
  });

  it("fails a page request the provider would refuse (rows below 1, a body that is not a filter)", async () => {
    const cloudcherry = createCloudcherryClient(CREDENTIALS);
    const { response } = await cloudcherry.POST("/api/answers/page/{page}/{rows}", { params: { path: { page: 1, rows: 0 } }, body: { location: "downtown" } as never });
    expect(response.status).toBe(400);
    expect(() => mock.assertNoViolations()).toThrow(/path parameter rows: 0 is less than 1/);
    expect(() => mock.assertNoViolations()).toThrow(/body location: Instance type "string" is invalid\. Expected "array"/);
  });
});
