import { OAuthError } from "@cloud-sdks/auth";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudlxClient } from "../../src/index.js";
import { createCloudlxMock, SpecViolationError } from "../../src/testing.js";

const CREDENTIALS = { client_id: "test-client", client_secret: "test-secret" };
let current = Date.UTC(2026, 0, 1);
const clock = { now: () => current, advanceSeconds: (seconds: number) => void (current += seconds * 1000) };
const mock = createCloudlxMock({ credentials: CREDENTIALS, now: clock.now });
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

function client(overrides: Partial<{ clientSecret: string }> = {}) {
  return createCloudlxClient({ clientId: CREDENTIALS.client_id, clientSecret: overrides.clientSecret ?? CREDENTIALS.client_secret, now: clock.now });
}

describe("@cloud-sdks/cloudlx/testing in Node (msw/node)", () => {
  it("issues tokens shaped like CloudLX's (3600 s, a refresh token) and answers each operation with its spec example", async () => {
    const cloudlx = client();
    const { data, error } = await cloudlx.GET("/api/services");
    expect(error).toBeUndefined();
    expect(data?.services.map((service) => service.id)).toEqual([1234, 1644]);
    const tokens = await cloudlx.auth.getTokens();
    expect(tokens.refreshToken).toMatch(/^mock-refresh-/);
    expect(tokens.expiresAt).toBe(current + 3600 * 1000);
    mock.assertNoViolations();
  });

  it("answers a wrong client secret with the documented invalid_client, typed as OAuthError", async () => {
    const { error } = await client({ clientSecret: "wrong" }).GET("/api/services").catch((thrown: unknown) => ({ error: thrown }));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: "invalid_client", status: 401 });
    expect(String((error as Error).message)).not.toContain("wrong");
  });

  it("lets a test force expiry: the 401 sends the client to CloudLX's refresh endpoint", async () => {
    const cloudlx = client();
    await cloudlx.GET("/api/services");
    mock.expireAccessTokens();
    const { data } = await cloudlx.GET("/api/services");
    expect(data?.services).toHaveLength(2);
    expect(seen).toEqual(["POST /api/oauth2/access-token", "GET /api/services", "GET /api/services", "POST /api/oauth2/refresh-token", "GET /api/services"]);
  });

  it("expires access tokens after 3600 s on the injected clock, and refuses expired refresh tokens with invalid_grant", async () => {
    const cloudlx = client();
    await cloudlx.GET("/api/services");
    clock.advanceSeconds(3_601);
    await cloudlx.GET("/api/services");
    mock.expireAccessTokens();
    mock.expireRefreshTokens();
    const { data } = await cloudlx.GET("/api/services");
    expect(data?.services).toHaveLength(2);
    expect(seen.filter((entry) => entry.startsWith("POST"))).toEqual([
      "POST /api/oauth2/access-token",
      "POST /api/oauth2/refresh-token",
      // The refused refresh (invalid_grant), then the client credentials grant again.
      "POST /api/oauth2/refresh-token",
      "POST /api/oauth2/access-token",
    ]);
  });

  it("fails a request the provider would refuse, saying what is wrong", async () => {
    const { error } = await client().GET("/api/services/{id}/service", { params: { path: { id: 0 } } });
    expect(error).toMatchObject({ error: "request_does_not_match_spec" });
    expect(() => mock.assertNoViolations()).toThrow(SpecViolationError);
    expect(() => mock.assertNoViolations()).toThrow(/GET \/api\/services\/\{id\}\/service\n +- path parameter id: 0 is less than 1/);
  });

  it("checks CloudLX's vendor Accept on every request", async () => {
    const token = await client().auth.getAccessToken();
    const response = await fetch("https://cloudlx.epsilontel.com/api/services", { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
    expect(response.status).toBe(400);
    expect(mock.violations.at(-1)?.problems).toEqual(['header Accept must name application/vnd.cloudlx.v1+json (the provider versions its API by it); got "application/json"']);
  });

  it("checks JSON bodies against the request schema", async () => {
    const { error } = await client().POST("/api/services/create", {
      // A VLAN above 4098 and an unknown field: both refused by the spec's strict schema.
      body: { port_id: 1, service_port_id: 2, product_id: 3, name: "x", vlan: 5000, colour: "red" } as never,
    });
    expect(error).toMatchObject({ error: "request_does_not_match_spec" });
    const problems = mock.violations.flatMap((violation) => violation.problems).join("\n");
    expect(problems).toContain("body vlan: 5000 is greater than 4098");
  });

  it("takes typed per-operation overrides, still checked and answered with the vendor media type", async () => {
    server.use(mock.http.get("/api/services/{id}/service", ({ params, response }) => response(404).json({ message: `no service ${params.id}` })));
    const cloudlx = client();
    const { error, response } = await cloudlx.GET("/api/services/{id}/service", { params: { path: { id: 7 } } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/vnd.cloudlx.v1+json");
    expect(error).toEqual({ message: "no service 7" });
    await cloudlx.GET("/api/services/{id}/service", { params: { path: { id: -1 } } });
    expect(mock.violations).toHaveLength(1);
  });
});
