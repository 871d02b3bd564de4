import { describe, expect, it } from "vitest";
import { passwordGrant } from "../../src/index.js";
import { call, CLIENT, perTestServer, sleepPast, tokenLog, USER, type OAuthServer } from "./support.js";

// Refresh tokens that expire: a lifetime the server states (refresh_token_expires_in), which the
// client tracks, and one the server only enforces, which the client learns from invalid_grant.
// Real time, real HTTP on 127.0.0.1.
const { sweep, start } = perTestServer();

/** The password grant against the test server, every token set it receives logged. */
function passwordClient(server: OAuthServer, clientAuthentication: "client_secret_post" | "client_secret_basic") {
  const log = tokenLog();
  const credentials = passwordGrant({ tokenUrl: server.tokenUrl, username: USER.username, password: USER.password, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication });
  return { log, auth: sweep.authFor({ credentials, apiBaseUrl: server.url, onTokens: log.onTokens }) };
}

describe("refresh-token expiry", () => {
  it(
    "refresh_token_expires_in stated by the server: used while valid, and once it has passed one password grant with no refresh attempt",
    async () => {
      const refreshLifetime = 9;
      const server = await start({ accessTokenLifetime: 2, refreshTokenLifetime: refreshLifetime, extraTokenFields: { refresh_token_expires_in: refreshLifetime } });
      const { log, auth } = passwordClient(server, "client_secret_post");

      await call(auth, server);
      const first = log.last();
      // The client tracks the stated lifetime from the moment it sent the request.
      expect(first.refreshTokenExpiresAt).toBe(first.obtainedAt + refreshLifetime * 1000);

      // The access token expires long before the refresh token: refreshed (and rotated).
      await sleepPast(first.expiresAt);
      await call(auth, server);
      const refreshed = log.last();
      expect(server.stats.byGrant).toEqual({ password: { succeeded: 1, failed: 0 }, refresh_token: { succeeded: 1, failed: 0 } });
      expect(refreshed.refreshToken).not.toBe(first.refreshToken);
      expect(refreshed.refreshTokenExpiresAt).toBe(refreshed.obtainedAt + refreshLifetime * 1000);

      // Idle until the rotated refresh token's stated lifetime is over: the client knows it is
      // dead and goes straight to the password grant, sending no doomed refresh.
      await sleepPast(refreshed.refreshTokenExpiresAt!);
      expect(await call(auth, server)).toMatchObject({ user: USER.username });
      expect(server.stats.tokenRequests).toBe(3);
      expect(server.stats.byGrant).toEqual({ password: { succeeded: 2, failed: 0 }, refresh_token: { succeeded: 1, failed: 0 } });
      expect(server.stats.byError).toEqual({});
      expect(server.stats.byClientAuthentication).toEqual({ client_secret_post: 3 });
      expect(log.last().refreshToken).toBeDefined();
      expect(log.last().refreshToken).not.toBe(refreshed.refreshToken);
      // And the new set works without further token requests.
      await call(auth, server);
      expect(server.stats.tokenRequests).toBe(3);
    },
    40_000,
  );

  it("a refresh-token lifetime the server enforces but does not state: one failed refresh (invalid_grant), then one password grant, no loop", async () => {
    const server = await start({ accessTokenLifetime: 2, refreshTokenLifetime: 3 });
    const { log, auth } = passwordClient(server, "client_secret_basic");

    await call(auth, server);
    const first = log.last();
    expect(first.refreshToken).toBeDefined();
    expect(first.refreshTokenExpiresAt).toBeUndefined();
    // The server stored the refresh token before its answer arrived: 3 s after that it is expired.
    await sleepPast(first.receivedAt + 3_000);
    expect(await call(auth, server)).toMatchObject({ user: USER.username });
    expect(server.stats.tokenRequests).toBe(3);
    expect(server.stats.byGrant).toEqual({ password: { succeeded: 2, failed: 0 }, refresh_token: { succeeded: 0, failed: 1 } });
    expect(server.stats.byError).toEqual({ invalid_grant: 1 });
    // Expired, not reused: the server had not rotated it.
    expect(server.stats.reusedRefreshTokens).toBe(0);
    expect(server.stats.byClientAuthentication).toEqual({ client_secret_basic: 3 });
    expect(server.stats.resourceUnauthorized).toBe(0);
    expect(log.sets).toHaveLength(2);
    expect(log.last().refreshToken).not.toBe(first.refreshToken);
    // The fresh set is used as it is: no further token request, no second refresh attempt.
    await call(auth, server);
    expect(server.stats.tokenRequests).toBe(3);
  });
});
