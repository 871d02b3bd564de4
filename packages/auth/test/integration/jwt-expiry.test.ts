import { describe, expect, it } from "vitest";
import { clientCredentials, type TokenSet } from "../../src/index.js";
import { CLIENT, jwtClaims, recordingFetch, perTestServer, sleep, type OAuthServer } from "./support.js";

// The server issues JWT access tokens and leaves expires_in out of its token responses, so the
// client must take the expiry from the JWT's exp claim. Real time, real HTTP on 127.0.0.1.
const { sweep, start } = perTestServer();

/** Server and client share this machine's clock: only rounding separates their readings. */
const CLOCK_TOLERANCE_MS = 10;

function startJwtServer(accessTokenLifetime: number) {
  return start({ accessTokenFormat: "jwt", omitExpiresIn: true, accessTokenLifetime });
}

function credentialsFor(s: OAuthServer) {
  return clientCredentials({ tokenUrl: s.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" });
}

const expMs = (accessToken: string) => (jwtClaims(accessToken)["exp"] as number) * 1000;

/**
 * The expiry the client computed is the JWT's exp: never later (beyond clock tolerance), and
 * earlier only by the time the request spent in flight (the server may have stamped iat in the
 * second after the client sent it).
 */
function expectExpiryFromExp(tokens: TokenSet & { receivedAt: number }) {
  const exp = expMs(tokens.accessToken);
  const context = JSON.stringify({ exp, expiresAt: tokens.expiresAt, obtainedAt: tokens.obtainedAt, receivedAt: tokens.receivedAt });
  expect(tokens.expiresAt, context).toBeLessThanOrEqual(exp + CLOCK_TOLERANCE_MS);
  expect(tokens.expiresAt, context).toBeGreaterThanOrEqual(exp - (tokens.receivedAt - tokens.obtainedAt) - CLOCK_TOLERANCE_MS);
}

/** A client whose token exchanges are recorded and whose token sets are kept with their arrival time. */
function recordedClient(server: OAuthServer) {
  const recorder = recordingFetch([server.tokenUrl]);
  const issued: (TokenSet & { receivedAt: number })[] = [];
  const auth = sweep.authFor({
    credentials: credentialsFor(server),
    apiBaseUrl: server.url,
    fetch: recorder.fetch,
    onTokens: (t) => void issued.push({ ...t, receivedAt: Date.now() }),
  });
  return { recorder, issued, auth };
}

describe("JWT access tokens without expires_in", () => {
  it("the client's expiry is the JWT's exp claim", async () => {
    const server = await startJwtServer(60);
    const { recorder, issued, auth } = recordedClient(server);

    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(issued).toHaveLength(1);
    const [tokens] = issued as [TokenSet & { receivedAt: number }];
    // The response really had no expires_in, and the token is a JWT with iat and exp.
    expect(recorder.tokenExchanges).toHaveLength(1);
    expect(recorder.tokenExchanges[0]!.body).not.toHaveProperty("expires_in");
    const claims = jwtClaims(tokens.accessToken);
    expect(claims["exp"]).toBe((claims["iat"] as number) + 60);
    expectExpiryFromExp(tokens);
    // Not the 300 s default for tokens of unknown lifetime, and not beyond exp - iat.
    expect(tokens.expiresAt - tokens.obtainedAt).toBeLessThanOrEqual(60_000);
    expect(tokens.expiresAt - tokens.obtainedAt).toBeGreaterThan(58_000);
    expect((await auth.getTokens()).expiresAt).toBe(tokens.expiresAt);
    expect(server.stats.tokenRequests).toBe(1);
  });

  it("calls every 50 ms across two expiries of 3-second JWTs: each renewed before its exp, no request sent with a token past its exp", async () => {
    const server = await startJwtServer(3);
    const { recorder, issued, auth } = recordedClient(server);

    const statuses: number[] = [];
    const started = Date.now();
    // Two renewals at least: every JWT lives at most 3 s, and a loaded machine gets extra time.
    while ((Date.now() - started < 6_500 || issued.length < 3) && Date.now() - started < 15_000) {
      const response = await auth.fetch(server.resourceUrl);
      statuses.push(response.status);
      await response.body?.cancel();
      await sleep(50);
    }
    // The last call may have started a background refresh: let it land before counting tokens.
    for (let i = 0; i < 500 && server.stats.tokenRequests !== issued.length; i++) await sleep(10);

    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(issued.length).toBeGreaterThanOrEqual(3);
    const context = JSON.stringify(issued.map((t) => ({ obtainedAt: t.obtainedAt - started, expiresAt: t.expiresAt - started, exp: expMs(t.accessToken) - started })));
    for (const tokens of issued) expectExpiryFromExp(tokens);
    // Each token requested before its predecessor's exp.
    for (let i = 1; i < issued.length; i++) expect(issued[i]!.obtainedAt, context).toBeLessThan(expMs(issued[i - 1]!.accessToken));
    // No API request left the client carrying a token past its exp, and the server refused none.
    expect(recorder.apiRequests).toHaveLength(statuses.length);
    const late = recorder.apiRequests.filter((request) => request.sentAt >= expMs(request.bearer!)).map((request) => request.sentAt - started);
    expect(late, context).toEqual([]);
    expect(server.stats.resourceUnauthorized).toBe(0);
    expect(server.stats.resourceSucceeded).toBe(statuses.length);
    // Every token response lacked expires_in; one grant, the rest rotating refreshes.
    expect(recorder.tokenExchanges.every((e) => e.status === 200 && e.body !== undefined && !("expires_in" in e.body))).toBe(true);
    expect(server.stats.tokenRequests).toBe(issued.length);
    expect(server.stats.byGrant).toEqual({ client_credentials: { succeeded: 1, failed: 0 }, refresh_token: { succeeded: issued.length - 1, failed: 0 } });
    expect(server.stats.byError).toEqual({});
    expect(server.stats.reusedRefreshTokens).toBe(0);
    expect(new Set(issued.map((t) => t.refreshToken)).size).toBe(issued.length);
  }, 40_000);
});
