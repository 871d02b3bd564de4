import { expect, it } from "vitest";
import { clientCredentials, createMemoryTokenStore, OAuthError, passwordGrant, refreshTokenGrant, tokenCacheKey, type TokenSet } from "../../src/index.js";
import { CLIENT, inspectableStore, perTestServer, sleep, USER, type OAuthServer } from "./support.js";

// The token store and onTokens: instances sharing a store share tokens (including rotated
// refresh tokens), and a refresh token persisted through onTokens survives a restart, restored
// the way a user would: refreshTokenGrant({ refreshToken: saved.refreshToken }).
const { sweep, start } = perTestServer();

/** The rejection of `promise`, or a failure when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

it("shares tokens through the store, keeps the rotated refresh token there, and restarts from what onTokens persisted", async () => {
  const server = await start({ accessTokenLifetime: 2 });
  const s = server;
  const credentials = clientCredentials({ tokenUrl: s.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" });
  const shared = inspectableStore();
  const persisted: TokenSet[] = [];
  const first = sweep.authFor({ credentials, apiBaseUrl: s.url, store: shared, onTokens: (tokens) => void persisted.push(tokens) });
  const second = sweep.authFor({ credentials, apiBaseUrl: s.url, store: shared });

  const initial = await first.getTokens();
  expect([...shared.entries.values()]).toEqual([initial]);
  expect(persisted).toEqual([initial]);
  expect(initial.refreshToken).toBeDefined();
  // Another instance on the same store reads the token instead of requesting one.
  expect((await second.fetch(s.resourceUrl)).status).toBe(200);
  expect(s.stats.tokenRequests).toBe(1);

  await sleep(2_100);
  expect((await first.fetch(s.resourceUrl)).status).toBe(200);
  const rotated = persisted.at(-1)!;
  expect(persisted).toHaveLength(2);
  expect(rotated.refreshToken).toBeDefined();
  expect(rotated.refreshToken).not.toBe(initial.refreshToken);
  expect([...shared.entries.values()]).toEqual([rotated]);
  // The second instance picks up the rotated set from the store: no second refresh, no reuse.
  expect((await second.fetch(s.resourceUrl)).status).toBe(200);
  expect(await second.getAccessToken()).toBe(rotated.accessToken);
  expect(s.stats.tokenRequests).toBe(2);

  // A restart: a new process whose only state is the (serialised) set onTokens persisted, its
  // access token expired by now. It starts from the saved refresh token with a fresh store.
  await sleep(2_100);
  const saved = JSON.parse(JSON.stringify(rotated)) as TokenSet;
  const restored: TokenSet[] = [];
  const third = sweep.authFor({
    credentials: refreshTokenGrant({ tokenUrl: s.tokenUrl, refreshToken: saved.refreshToken!, clientId: CLIENT.id, clientSecret: CLIENT.secret }),
    apiBaseUrl: s.url,
    onTokens: (tokens) => void restored.push(tokens),
  });
  const response = await third.fetch(s.resourceUrl);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ client: CLIENT.id });
  expect(restored).toHaveLength(1);
  expect(restored[0]!.refreshToken).toBeDefined();
  expect(restored[0]!.refreshToken).not.toBe(saved.refreshToken);
  // One client_credentials grant, one refresh by the first instance, one by the restarted one.
  expect(s.stats.byGrant["client_credentials"]?.succeeded).toBe(1);
  expect(s.stats.byGrant["refresh_token"]).toEqual({ succeeded: 2, failed: 0 });
  expect(s.stats.reusedRefreshTokens).toBe(0);
  expect(s.stats.byError).toEqual({});
});

it("refreshTokenGrant: starts from a refresh token obtained earlier, honours rotation across two refreshes, and a reused rotated token is a typed invalid_grant", async () => {
  const server = await start({ accessTokenLifetime: 2 });
  const s = server;
  // Obtained earlier, elsewhere: a user's password grant (e.g. a login command that keeps only the refresh token).
  const login = sweep.authFor({
    credentials: passwordGrant({ tokenUrl: s.tokenUrl, username: USER.username, password: USER.password, clientId: CLIENT.id, clientSecret: CLIENT.secret, scope: "api" }),
    apiBaseUrl: s.url,
  });
  const obtained = (await login.getTokens()).refreshToken!;
  expect(obtained).toBeDefined();

  const seen: TokenSet[] = [];
  const credentials = refreshTokenGrant({ tokenUrl: s.tokenUrl, refreshToken: obtained, clientId: CLIENT.id, clientSecret: CLIENT.secret, scope: "api" });
  const auth = sweep.authFor({ credentials, apiBaseUrl: s.url, onTokens: (tokens) => void seen.push(tokens) });
  const response = await auth.fetch(s.resourceUrl);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ user: USER.username, client: CLIENT.id, scope: "api" });
  expect(s.stats.byGrant["refresh_token"]).toEqual({ succeeded: 1, failed: 0 });

  // Two refreshes on real time: each spends the newest refresh token, never a rotated one.
  await sleep(2_100);
  expect((await auth.fetch(s.resourceUrl)).status).toBe(200);
  await sleep(2_100);
  expect((await auth.fetch(s.resourceUrl)).status).toBe(200);
  const refreshTokens = [obtained, ...seen.map((tokens) => tokens.refreshToken!)];
  expect(seen).toHaveLength(3);
  expect(new Set(refreshTokens).size).toBe(4);
  expect(s.stats.byGrant["refresh_token"]).toEqual({ succeeded: 3, failed: 0 });
  expect(s.stats.reusedRefreshTokens).toBe(0);
  expect(await auth.getAccessToken()).toBe(seen[2]!.accessToken);

  // Restarting from a refresh token that was rotated away: one request, the server's invalid_grant, typed.
  s.resetStats();
  const stale = sweep.authFor({
    credentials: refreshTokenGrant({ tokenUrl: s.tokenUrl, refreshToken: seen[0]!.refreshToken!, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" }),
    apiBaseUrl: s.url,
  });
  const error = await rejectionOf(stale.fetch(s.resourceUrl));
  expect(error).toBeInstanceOf(OAuthError);
  expect(error).toMatchObject({ code: "AUTH_OAUTH_ERROR", error: "invalid_grant", status: 400 });
  expect(s.stats.tokenRequests).toBe(1);
  expect(s.stats.reusedRefreshTokens).toBe(1);
  // The rotating server revokes nothing else: the current instance keeps working.
  expect((await auth.fetch(s.resourceUrl)).status).toBe(200);
  sweep.expectNoSecretIn([error], refreshTokens);
});

it("refreshTokenGrant: a refresh token refused mid-session ends in one typed OAuthError, with no resend and no loop", async () => {
  const server = await start({ accessTokenLifetime: 2 });
  const s = server;
  const login = sweep.authFor({
    credentials: clientCredentials({ tokenUrl: s.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret }),
    apiBaseUrl: s.url,
  });
  const obtained = (await login.getTokens()).refreshToken!;
  const auth = sweep.authFor({ credentials: refreshTokenGrant({ tokenUrl: s.tokenUrl, refreshToken: obtained, clientId: CLIENT.id, clientSecret: CLIENT.secret }), apiBaseUrl: s.url });
  expect((await auth.fetch(s.resourceUrl)).status).toBe(200);

  s.revokeRefreshTokens();
  s.resetStats();
  await sleep(2_100);
  const errors = [await rejectionOf(auth.fetch(s.resourceUrl)), await rejectionOf(auth.getAccessToken())];
  for (const error of errors) expect(error).toMatchObject({ name: "OAuthError", code: "AUTH_OAUTH_ERROR", error: "invalid_grant", status: 400 });
  // One refused refresh per call: with no other grant to fall back to, the same token is not resent.
  expect(s.stats.byGrant["refresh_token"]).toEqual({ succeeded: 0, failed: 2 });
  expect(s.stats.tokenRequests).toBe(2);
  expect(s.stats.resourceRequests).toBe(0);
  sweep.expectNoSecretIn(errors, [obtained]);
});

it("tokenCacheKey seeds a store with a saved TokenSet whose access token is still valid: no token request", async () => {
  const server = await start();
  const s = server;
  const credentials = passwordGrant({ tokenUrl: s.tokenUrl, username: USER.username, password: USER.password, clientId: CLIENT.id, clientSecret: CLIENT.secret });
  const persisted: TokenSet[] = [];
  await sweep.authFor({ credentials, apiBaseUrl: s.url, onTokens: (tokens) => void persisted.push(tokens) }).getTokens();

  const store = createMemoryTokenStore();
  const saved = JSON.parse(JSON.stringify(persisted[0])) as TokenSet;
  await store.set(await tokenCacheKey(credentials), saved, saved.expiresAt - Date.now());
  const restarted = sweep.authFor({ credentials, apiBaseUrl: s.url, store });
  expect((await restarted.fetch(s.resourceUrl)).status).toBe(200);
  expect(await restarted.getAccessToken()).toBe(saved.accessToken);
  expect(s.stats.tokenRequests).toBe(1);
});
