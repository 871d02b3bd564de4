import { describe, expect, it } from "vitest";
import { apiKeyPasswordGrant, clientCredentials, OAuthError, passwordGrant, type TokenSet } from "../../src/index.js";
import { API_KEY_USER, CLIENT, inspectableStore, perTestServer, sha256Hex, sleep, USER, type OAuthServer } from "./support.js";

// Against @node-oauth/oauth2-server over real HTTP on 127.0.0.1: grants, expiry on real time,
// rotation, reuse of rotated refresh tokens, RFC 6749 errors and the 401 resend.
const { sweep, start } = perTestServer();
const { authFor, logger } = sweep;

function credentialsFor(s: OAuthServer, extra: Partial<Parameters<typeof clientCredentials>[0]> = {}) {
  return clientCredentials({ tokenUrl: s.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post", ...extra });
}

describe("grants", () => {
  it("client_credentials with the secret in the body, then a protected call", async () => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, logger });
    const response = await auth.fetch(server.resourceUrl);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ client: CLIENT.id });
    expect(server.stats.byGrant["client_credentials"]).toEqual({ succeeded: 1, failed: 0 });
  });

  it("client_credentials with HTTP Basic client authentication", async () => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server, { clientAuthentication: "client_secret_basic" }), apiBaseUrl: server.url });
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.tokenSuccesses).toBe(1);
  });

  it("password grant, and an API key as the password", async () => {
    const server = await start();
    const byPassword = authFor({
      credentials: passwordGrant({ tokenUrl: server.tokenUrl, username: USER.username, password: USER.password, clientId: CLIENT.id, clientSecret: CLIENT.secret, scope: "api" }),
      apiBaseUrl: server.url,
    });
    const byKey = authFor({
      credentials: apiKeyPasswordGrant({ tokenUrl: server.tokenUrl, username: API_KEY_USER.username, apiKey: API_KEY_USER.password, clientId: CLIENT.id, clientSecret: CLIENT.secret }),
      apiBaseUrl: server.url,
    });
    expect(await (await byPassword.fetch(server.resourceUrl)).json()).toMatchObject({ user: USER.username, scope: "api" });
    expect(await (await byKey.fetch(server.resourceUrl)).json()).toMatchObject({ user: API_KEY_USER.username });
    expect(server.stats.byGrant["password"]).toEqual({ succeeded: 2, failed: 0 });
  });
});

describe("single flight", () => {
  it("50 concurrent callers on a cold cache make one token request", async () => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url });
    const statuses = await Promise.all(Array.from({ length: 50 }, () => auth.fetch(server!.resourceUrl).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(server.stats.tokenRequests).toBe(1);
  });
});

describe("expiry, refresh and rotation on real time", () => {
  it("refreshes a 2-second token with its rotating refresh token, and keeps the rotated one", async () => {
    const server = await start({ accessTokenLifetime: 2 });
    const seen: TokenSet[] = [];
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, onTokens: (t) => void seen.push(t), logger });
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    await sleep(2_100);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(1);
    expect(server.stats.reusedRefreshTokens).toBe(0);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.refreshToken).toBeDefined();
    expect(seen[1]?.refreshToken).not.toBe(seen[0]?.refreshToken);
    await sleep(2_100);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(2);
    expect(server.stats.byError["invalid_grant"]).toBeUndefined();
  });

  it("refreshes at a separate endpoint with the client credentials in the body (CloudLX style)", async () => {
    const server = await start({ accessTokenLifetime: 2, refreshPath: "/api/oauth2/refresh-token" });
    const auth = authFor({
      credentials: credentialsFor(server, { refresh: { tokenUrl: server.refreshUrl!, includeClientCredentials: true, refreshTokenLifetimeSeconds: 604_800 } }),
      apiBaseUrl: server.url,
    });
    await auth.fetch(server.resourceUrl);
    await sleep(2_100);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.refreshEndpointRequests).toBe(1);
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(1);
  });

  it("uses the primary grant again once the refresh token's stated lifetime is over", async () => {
    const server = await start({ accessTokenLifetime: 2 });
    const auth = authFor({ credentials: credentialsFor(server, { refresh: { refreshTokenLifetimeSeconds: 1 } }), apiBaseUrl: server.url });
    await auth.fetch(server.resourceUrl);
    await sleep(2_100);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.byGrant["refresh_token"]).toBeUndefined();
    expect(server.stats.byGrant["client_credentials"]?.succeeded).toBe(2);
  });

  it("falls back to the primary grant once when a rotated refresh token is reused", async () => {
    const server = await start({ accessTokenLifetime: 2 });
    const shared = inspectableStore();
    const first = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, store: shared });
    await first.getTokens();
    const [key, original] = [...shared.entries][0]!;
    await sleep(2_100);
    await first.getTokens(); // rotates: `original.refreshToken` is now spent
    // A second process still holding the old token set, expired, tries the spent refresh token.
    const stale = inspectableStore();
    stale.entries.set(key, original);
    const second = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, store: stale });
    expect((await second.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.reusedRefreshTokens).toBe(1);
    expect(server.stats.byError["invalid_grant"]).toBe(1);
    expect(server.stats.byGrant["client_credentials"]?.succeeded).toBe(2);
  });
});

describe("revoked refresh token", () => {
  it("a 401 whose refresh meets a revoked refresh token falls back once to the primary grant and resends", async () => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url });
    await auth.getTokens();
    server.revokeRefreshTokens();
    server.expireAllAccessTokens();
    const response = await auth.fetch(server.resourceUrl, { method: "POST", body: JSON.stringify({ n: 1 }), headers: { "content-type": "application/json" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ body: { kind: "json", value: { n: 1 } } });
    expect(server.stats.resourceUnauthorized).toBe(1);
    expect(server.stats.byGrant["refresh_token"]).toEqual({ succeeded: 0, failed: 1 });
    expect(server.stats.byError).toEqual({ invalid_grant: 1 });
    expect(server.stats.byGrant["client_credentials"]).toEqual({ succeeded: 2, failed: 0 });
  });
});

describe("RFC 6749 section 5.2 errors as OAuthError", () => {
  const cases = [
    ["invalid_client (secret in the body)", { clientSecret: "SECRET-wrong-1" }, "invalid_client", 400],
    ["invalid_client (HTTP Basic, 401 challenge)", { clientSecret: "SECRET-wrong-2", clientAuthentication: "client_secret_basic" as const }, "invalid_client", 401],
    ["invalid_scope", { scope: "admin" }, "invalid_scope", 400],
    ["unauthorized_client", { clientId: "cc-only", clientSecret: "SECRET-cc-only", grant: "password" }, "unauthorized_client", 400],
    ["invalid_grant (wrong password)", { grant: "password", password: "SECRET-not-the-password" }, "invalid_grant", 400],
    // The server refuses a user name with a control character before looking the user up.
    ["invalid_request (malformed username)", { grant: "password", username: "reseller\u0007admin" }, "invalid_request", 400],
  ] as const;

  it.each(cases)("%s", async (_title, change, code, status) => {
    const server = await start();
    const options = { tokenUrl: server.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" as const, ...change };
    const credentials =
      "grant" in options
        ? passwordGrant({
            ...options,
            username: "username" in options ? options.username : USER.username,
            password: "password" in options ? options.password : USER.password,
          })
        : clientCredentials(options);
    const auth = authFor({ credentials, apiBaseUrl: server.url, logger });
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ code: "AUTH_OAUTH_ERROR", error: code, status });
    sweep.expectNoSecretIn([error], ["SECRET-wrong-1", "SECRET-wrong-2", "SECRET-not-the-password", "SECRET-cc-only"]);
    expect(server.stats.byError[code]).toBe(1);
  });
});

describe("errors the client's own requests can meet", () => {
  it("unsupported_grant_type: a client-credentials grant sent to a refresh-only endpoint", async () => {
    const server = await start({ refreshPath: "/api/oauth2/refresh-token" });
    const auth = authFor({ credentials: credentialsFor(server, { tokenUrl: server.refreshUrl! }), apiBaseUrl: server.url });
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ code: "AUTH_OAUTH_ERROR", error: "unsupported_grant_type", status: 400 });
    sweep.expectNoSecretIn([error]);
  });

  it("invalid_request: a refresh without the client credentials that endpoint requires, then one fallback to the primary grant", async () => {
    const server = await start({ accessTokenLifetime: 2, refreshPath: "/api/oauth2/refresh-token" });
    const auth = authFor({
      credentials: credentialsFor(server, { refresh: { tokenUrl: server.refreshUrl!, includeClientCredentials: false } }),
      apiBaseUrl: server.url,
      logger,
    });
    await auth.getTokens();
    await sleep(2_100);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(Object.keys(server.stats.byError)).toEqual(["invalid_request"]);
    expect(server.stats.byGrant["client_credentials"]?.succeeded).toBe(2);
  });
});

describe("401 from the API", () => {
  const bodies = [
    ["JSON", () => ({ body: JSON.stringify({ name: "x", n: [1, 2, 3] }), headers: { "content-type": "application/json" } })],
    ["form", () => ({ body: new URLSearchParams({ a: "1", b: "two" }).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } })],
    ["binary", () => ({ body: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)), headers: { "content-type": "application/octet-stream" } })],
  ] as const;

  it.each(bodies)("refreshes once and resends a %s body intact", async (_kind, make) => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url });
    await auth.getTokens();
    server.expireAllAccessTokens();
    const { body, headers } = make();
    const response = await auth.fetch(server.resourceUrl, { method: "POST", body, headers });
    expect(response.status).toBe(200);
    const echoed = (await response.json()) as { body: { sha256: string; byteLength: number } };
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    expect(echoed.body.sha256).toBe(await sha256Hex(bytes));
    expect(server.stats.resourceUnauthorized).toBe(1);
    expect(server.stats.tokenSuccesses).toBe(2);
  });

  it("never loops: a 401 after the resend is returned as it is", async () => {
    const server = await start();
    const auth = authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url });
    await auth.getTokens();
    server.expireAllAccessTokens();
    // Every token this server issues from now on is dead on arrival at the resource.
    const expireAgain = setInterval(() => server?.expireAllAccessTokens(), 1);
    try {
      const response = await auth.fetch(server.resourceUrl);
      expect([200, 401]).toContain(response.status);
      expect(server.stats.resourceRequests).toBeLessThanOrEqual(2);
      expect(server.stats.tokenRequests).toBeLessThanOrEqual(2);
    } finally {
      clearInterval(expireAgain);
    }
  });
});
