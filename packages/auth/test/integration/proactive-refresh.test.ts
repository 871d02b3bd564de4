import { describe, expect, it } from "vitest";
import { clientCredentials, type TokenSet } from "../../src/index.js";
import { CLIENT, perTestServer, sleep, type OAuthServer } from "./support.js";

// Tokens are renewed before they expire: in the background while the old one is still served,
// blocking callers only at the very end of its life.
const { sweep, start } = perTestServer();

function credentialsFor(s: OAuthServer) {
  return clientCredentials({ tokenUrl: s.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" });
}

/** A fetch that holds token requests until `open()`; API requests pass straight through. */
function gatedTokenFetch(tokenUrl: string) {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const state = { held: 0 };
  const gatedFetch: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(tokenUrl)) {
      state.held++;
      await gate;
    }
    return fetch(input, init);
  };
  return {
    fetch: gatedFetch,
    state,
    close: () => void (gate = new Promise<void>((resolve) => (release = resolve))),
    open: () => release(),
  };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await sleep(10);
  expect(condition(), what).toBe(true);
}

describe("proactive refresh", () => {
  it("calls every 50 ms across two expiries of 2-second tokens: never an expired token, one renewal per lifetime", async () => {
    const server = await start({ accessTokenLifetime: 2 });
    const issued: TokenSet[] = [];
    const auth = sweep.authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, onTokens: (t) => void issued.push(t) });
    const statuses: number[] = [];
    const started = Date.now();
    let lastCallStartedAt = started;
    while (Date.now() - started < 4_500) {
      lastCallStartedAt = Date.now();
      const response = await auth.fetch(server.resourceUrl);
      statuses.push(response.status);
      await response.body?.cancel();
      await sleep(50);
    }
    // The last call may have started a background refresh: let it land before counting tokens.
    await waitFor(() => server!.stats.tokenRequests === issued.length, "every token request reached onTokens");
    expect(new Set(statuses)).toEqual(new Set([200]));
    // Renewed before expiry, so the server never saw an expired token.
    expect(server.stats.resourceUnauthorized).toBe(0);
    // Each token obtained no earlier than 200 ms (10 % of 2 s) before its predecessor expired,
    // and the last one not yet due when the calls stopped: exactly one renewal per lifetime.
    const context = JSON.stringify(issued.map((t) => [t.obtainedAt - started, t.expiresAt - started]));
    for (let i = 1; i < issued.length; i++) expect(issued[i]!.obtainedAt, context).toBeGreaterThanOrEqual(issued[i - 1]!.expiresAt - 200);
    expect(lastCallStartedAt, context).toBeLessThan(issued.at(-1)!.expiresAt - 200);
    expect(issued.length).toBeGreaterThanOrEqual(3);
    expect(server.stats.tokenSuccesses).toBe(issued.length);
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(issued.length - 1);
  });

  it("inside the advisory window the old token is served at once while one background refresh runs", async () => {
    const server = await start({ accessTokenLifetime: 60 });
    const gated = gatedTokenFetch(server.tokenUrl);
    let clockOffsetMs = 0;
    const issued: TokenSet[] = [];
    const auth = sweep.authFor({
      credentials: credentialsFor(server),
      apiBaseUrl: server.url,
      fetch: gated.fetch,
      now: () => Date.now() + clockOffsetMs,
      onTokens: (t) => void issued.push(t),
    });
    const first = await auth.getTokens();

    // A 60 s token: background refresh from 6 s before expiry, blocking from 3 s before.
    clockOffsetMs = 55_000;
    gated.close();
    const outcome = await Promise.race([auth.fetch(server.resourceUrl), sleep(3_000).then(() => "blocked" as const)]);
    expect(outcome).not.toBe("blocked");
    expect((outcome as Response).status).toBe(200);
    expect((await auth.getTokens()).accessToken).toBe(first.accessToken);
    await waitFor(() => gated.state.held === 2, "a background token request was started");
    expect(server.stats.tokenRequests).toBe(1);

    gated.open();
    // The server counts the refresh before the client has stored its answer: wait for the client.
    await waitFor(() => issued.length === 2, "the background refresh reached the client");
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(1);
    const second = await auth.getTokens();
    expect(second.accessToken).toBe(issued[1]!.accessToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await auth.fetch(server.resourceUrl)).status).toBe(200);
    expect(server.stats.tokenRequests).toBe(2);
    expect(server.stats.resourceUnauthorized).toBe(0);
  });

  it("in the last seconds before expiry callers wait for the new token", async () => {
    const server = await start({ accessTokenLifetime: 60 });
    const gated = gatedTokenFetch(server.tokenUrl);
    let clockOffsetMs = 0;
    const auth = sweep.authFor({ credentials: credentialsFor(server), apiBaseUrl: server.url, fetch: gated.fetch, now: () => Date.now() + clockOffsetMs });
    const first = await auth.getTokens();

    clockOffsetMs = 58_000;
    gated.close();
    const calls = Array.from({ length: 5 }, () => auth.fetch(server!.resourceUrl));
    expect(await Promise.race([Promise.all(calls), sleep(300).then(() => "blocked" as const)])).toBe("blocked");
    expect(gated.state.held).toBe(2);
    gated.open();
    const responses = await Promise.all(calls);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await auth.getTokens()).accessToken).not.toBe(first.accessToken);
    expect(server.stats.tokenRequests).toBe(2);
    expect(server.stats.byGrant["refresh_token"]?.succeeded).toBe(1);
  });
});
