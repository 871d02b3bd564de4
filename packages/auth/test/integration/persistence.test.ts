import { afterEach, expect, it } from "vitest";
import { clientCredentials, type TokenSet } from "../../src/index.js";
import { CLIENT, inspectableStore, secretSweep, sleep, startServer, type OAuthServer } from "./support.js";

// The token store and onTokens: instances sharing a store share tokens (including rotated
// refresh tokens), and a refresh token persisted through onTokens survives a restart.
let server: OAuthServer | undefined;
const sweep = secretSweep();

afterEach(async () => {
  await server?.close();
  server = undefined;
  sweep.expectNoSecretIn();
  sweep.reset();
});

it("shares tokens through the store, keeps the rotated refresh token there, and restarts from what onTokens persisted", async () => {
  server = await startServer({ accessTokenLifetime: 2 });
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

  // A restart: a new instance whose only state is what onTokens persisted, now expired.
  await sleep(2_100);
  const restarted = inspectableStore();
  const [key] = [...shared.entries.keys()];
  restarted.entries.set(key!, rotated);
  const third = sweep.authFor({ credentials, apiBaseUrl: s.url, store: restarted });
  expect((await third.fetch(s.resourceUrl)).status).toBe(200);
  expect(s.stats.byGrant["client_credentials"]?.succeeded).toBe(1);
  expect(s.stats.byGrant["refresh_token"]?.succeeded).toBe(2);
  expect(s.stats.reusedRefreshTokens).toBe(0);
  expect(s.stats.byError).toEqual({});
});
