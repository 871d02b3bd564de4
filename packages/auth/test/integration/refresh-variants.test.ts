import { describe, expect, it } from "vitest";
import { clientCredentials, passwordGrant } from "../../src/index.js";
import { call, CLIENT, inspectableStore, recordingFetch, perTestServer, sleepPast, tokenLog, USER, type OAuthServer } from "./support.js";

// Refresh paths beyond client_credentials with the secret in the body: the password grant with
// HTTP Basic client authentication, and a server that does not rotate refresh tokens.
// Real time, real HTTP on 127.0.0.1.
const { sweep, start } = perTestServer();

describe("password grant with HTTP Basic client authentication", () => {
  it("refreshes across two 2-second expiries with rotation, Basic on the grant and every refresh, and a reused rotated refresh token falls back once to the password grant", async () => {
    const server = await start({ accessTokenLifetime: 2 });
    const credentials = () =>
      passwordGrant({
        tokenUrl: server!.tokenUrl,
        username: USER.username,
        password: USER.password,
        clientId: CLIENT.id,
        clientSecret: CLIENT.secret,
        clientAuthentication: "client_secret_basic",
        scope: "api",
      });
    const store = inspectableStore();
    const log = tokenLog();
    const auth = sweep.authFor({ credentials: credentials(), apiBaseUrl: server.url, store, onTokens: log.onTokens });

    const expected = { user: USER.username, userKind: "user", client: CLIENT.id, scope: "api" };
    expect(await call(auth, server)).toMatchObject(expected);
    await sleepPast(log.last().expiresAt);
    expect(await call(auth, server)).toMatchObject(expected);
    await sleepPast(log.last().expiresAt);
    expect(await call(auth, server)).toMatchObject(expected);

    // Each refresh rotated the refresh token, and the client kept the rotated one.
    expect(log.sets).toHaveLength(3);
    const refreshTokens = log.sets.map((t) => t.refreshToken);
    expect(refreshTokens.every((t) => typeof t === "string")).toBe(true);
    expect(new Set(refreshTokens).size).toBe(3);
    expect(new Set(log.sets.map((t) => t.accessToken)).size).toBe(3);
    expect(server.stats.tokenRequests).toBe(3);
    expect(server.stats.byGrant).toEqual({ password: { succeeded: 1, failed: 0 }, refresh_token: { succeeded: 2, failed: 0 } });
    // The server saw the client authenticate with HTTP Basic, never with the secret in the body.
    expect(server.stats.byClientAuthentication).toEqual({ client_secret_basic: 3 });
    expect(server.stats.reusedRefreshTokens).toBe(0);
    expect(server.stats.byError).toEqual({});
    expect(server.stats.resourceUnauthorized).toBe(0);

    // A second process still holding the first (expired) set tries its spent refresh token.
    const [key] = [...store.entries.keys()];
    const stale = inspectableStore();
    stale.entries.set(key!, log.sets[0]!);
    const second = sweep.authFor({ credentials: credentials(), apiBaseUrl: server.url, store: stale, onTokens: log.onTokens });
    expect(await call(second, server)).toMatchObject(expected);
    expect(server.stats.reusedRefreshTokens).toBe(1);
    expect(server.stats.byError).toEqual({ invalid_grant: 1 });
    expect(server.stats.tokenRequests).toBe(5);
    expect(server.stats.byGrant).toEqual({ password: { succeeded: 2, failed: 0 }, refresh_token: { succeeded: 2, failed: 1 } });
    expect(server.stats.byClientAuthentication).toEqual({ client_secret_basic: 5 });
    expect(log.sets).toHaveLength(4);
  });
});

describe("a server that does not rotate refresh tokens", () => {
  it.each([
    ["omits refresh_token from", false],
    ["repeats the refresh token in", true],
  ] as const)("%s the refresh response: the client keeps the one refresh token across three refreshes", async (_how, repeat) => {
    const server = await start({ accessTokenLifetime: 2, rotateRefreshTokens: false, repeatRefreshToken: repeat });
    const recorder = recordingFetch([server.tokenUrl]);
    const log = tokenLog();
    const auth = sweep.authFor({
      credentials: clientCredentials({ tokenUrl: server.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_basic" }),
      apiBaseUrl: server.url,
      fetch: recorder.fetch,
      onTokens: log.onTokens,
    });

    expect(await call(auth, server)).toMatchObject({ client: CLIENT.id, userKind: "client" });
    for (let refresh = 0; refresh < 3; refresh++) {
      await sleepPast(log.last().expiresAt);
      expect(await call(auth, server)).toMatchObject({ client: CLIENT.id });
    }

    const original = log.sets[0]!.refreshToken;
    expect(original).toBeDefined();
    expect(log.sets).toHaveLength(4);
    expect(log.sets.map((t) => t.refreshToken)).toEqual([original, original, original, original]);
    expect(new Set(log.sets.map((t) => t.accessToken)).size).toBe(4);

    // What went over the wire: one grant, then three refreshes presenting the same refresh token,
    // answered without one or with the same one again.
    const exchanges = recorder.tokenExchanges;
    expect(exchanges.map((e) => [e.form.get("grant_type"), e.status])).toEqual([
      ["client_credentials", 200],
      ["refresh_token", 200],
      ["refresh_token", 200],
      ["refresh_token", 200],
    ]);
    for (const refresh of exchanges.slice(1)) {
      expect(refresh.form.get("refresh_token") === original).toBe(true);
      expect(refresh.form.has("client_secret")).toBe(false);
      if (repeat) expect(refresh.body?.["refresh_token"] === original).toBe(true);
      else expect(refresh.body !== undefined && !("refresh_token" in refresh.body)).toBe(true);
    }

    expect(server.stats.tokenRequests).toBe(4);
    expect(server.stats.byGrant).toEqual({ client_credentials: { succeeded: 1, failed: 0 }, refresh_token: { succeeded: 3, failed: 0 } });
    expect(server.stats.byClientAuthentication).toEqual({ client_secret_basic: 4 });
    expect(server.stats.byError).toEqual({});
    expect(server.stats.reusedRefreshTokens).toBe(0);
    expect(server.stats.resourceUnauthorized).toBe(0);
  });
});
