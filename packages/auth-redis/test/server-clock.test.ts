import { clientCredentials, createAuth, type TokenSet } from "@cloud-sdks/auth";
import { startOAuthServer, type OAuthTestServer } from "@cloud-sdks/test-servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_REDIS_INVALID_OPTIONS, createRedisTokenStore, RedisTokenStoreError, type RedisTokenStore, type RedisTokenStoreOptions } from "../src/index.js";
import { gatedClient } from "./support/gated-client.js";
import { client, redis, useRedisServer } from "./support/redis-fixture.js";
import { makeTokens, storedTokens } from "./support/tokens.js";

const HOUR_MS = 3_600_000;
const TOKEN_KEY = "cloud-sdks:tokens:cred";
const aheadByAnHour = () => Date.now() + HOUR_MS;

useRedisServer();

async function stored(): Promise<unknown> {
  return storedTokens(await client.get(TOKEN_KEY));
}

/** Tokens obtained by a worker whose clock is an hour ahead: obtainedAt and expiresAt an hour in the future. */
function fromTheFuture(label: string): TokenSet {
  const tokens = makeTokens(HOUR_MS, label);
  return { ...tokens, obtainedAt: tokens.obtainedAt + HOUR_MS, expiresAt: tokens.expiresAt + HOUR_MS };
}

describe("writes are ordered by the Redis server's clock, never a worker's", () => {
  it("a worker an hour ahead cannot pin its entry: the next worker that read it replaces it", async () => {
    const skewed = createRedisTokenStore({ client, now: aheadByAnHour });
    const healthy = createRedisTokenStore({ client });
    const future = fromTheFuture("skewed");
    await skewed.set("cred", future, HOUR_MS);
    expect(await healthy.withLock("cred", () => healthy.get("cred"))).toEqual(future);

    const replacement = makeTokens(HOUR_MS, "healthy");
    await healthy.set("cred", replacement, HOUR_MS);
    expect(await stored()).toEqual(replacement);
    expect(await skewed.withLock("cred", () => skewed.get("cred"))).toEqual(replacement);
  });

  it("a late write is refused even when its writer's clock says its token is newer", async () => {
    const slow = gatedClient(client);
    const skewed = createRedisTokenStore({ client: slow.client, commandTimeoutMs: 200, now: aheadByAnHour });
    const healthy = createRedisTokenStore({ client });
    slow.holdWrites();
    await skewed.set("cred", fromTheFuture("late"), HOUR_MS); // times out; the write is still on its way
    const written = makeTokens(HOUR_MS, "on-time");
    await healthy.set("cred", written, HOUR_MS);
    await slow.releaseWrites();
    expect(await stored()).toEqual(written);
  });

  it("replaces an entry with a huge obtainedAt and no TTL (written without a server stamp), and gives it a TTL", async () => {
    const ancient = { ...makeTokens(HOUR_MS, "pinned"), obtainedAt: 1e15, expiresAt: 1e15 + HOUR_MS };
    await client.set(TOKEN_KEY, JSON.stringify(ancient));
    const store = createRedisTokenStore({ client });
    expect(await store.withLock("cred", () => store.get("cred"))).toEqual(ancient);
    const replacement = makeTokens(HOUR_MS, "replacement");
    await store.set("cred", replacement, HOUR_MS);
    expect(await stored()).toEqual(replacement);
    expect(await client.pTTL(TOKEN_KEY)).toBeGreaterThan(0);
  });

  it.each([1e19, 1e16 * 1000, Number.POSITIVE_INFINITY, Number.NaN])("caps a ttl of %d ms to one Redis accepts", async (ttlMs) => {
    const store = createRedisTokenStore({ client, localCache: false });
    const tokens = makeTokens(HOUR_MS, "long-lived");
    await store.set("cred", tokens, ttlMs);
    expect(await stored()).toEqual(tokens);
    const pttl = await client.pTTL(TOKEN_KEY);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(10 * 365 * 24 * HOUR_MS);
  });
});

describe("options are checked up front, naming the option", () => {
  it.each<[string, Record<string, unknown>]>([
    ["options", { __whole: undefined }],
    ["keyPrefix", { keyPrefix: 5 }],
    ["client", { client: { get: "nope" } }],
    ["url", { url: 6379 }],
    ["lock", { lock: "fast" }],
    ["lock.ttlMs", { lock: { ttlMs: "10" } }],
    ["lock.onTimeout", { lock: { onTimeout: "wait" } }],
    ["localCache", { localCache: "yes" }],
    ["logger", { logger: { warn: 5 } }],
    ["now", { now: 1234 }],
    ["commandTimeoutMs", { commandTimeoutMs: Number.NaN }],
  ])("%s", (option, overrides) => {
    const options = "__whole" in overrides ? undefined : { ...("client" in overrides || "url" in overrides ? {} : { url: "redis://127.0.0.1:1" }), ...overrides };
    let error: unknown;
    try {
      createRedisTokenStore(options as unknown as RedisTokenStoreOptions);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RedisTokenStoreError);
    expect(error).toMatchObject({ code: AUTH_REDIS_INVALID_OPTIONS, option });
    if (option !== "options") expect((error as Error).message).toContain(`\`${option}\``);
  });
});

describe("three healthy workers and one an hour ahead, over four token lifetimes (real OAuth2 server and Redis)", () => {
  let oauth: OAuthTestServer;
  const CLIENT = { id: "skew-client", secret: "SECRET-skew-9f2a" };
  beforeAll(async () => {
    oauth = await startOAuthServer({
      clients: [{ id: CLIENT.id, secret: CLIENT.secret, grants: ["client_credentials", "refresh_token"] }],
      clientCredentialsRefreshToken: true,
      rotateRefreshTokens: true,
    });
  });
  afterAll(async () => {
    await oauth?.close();
  });

  function worker(now?: () => number): { readonly store: RedisTokenStore; call(): Promise<number> } {
    const store = createRedisTokenStore({ url: redis.url, ...(now ? { now } : {}), logger: { warn: () => {} } });
    const auth = createAuth({
      credentials: clientCredentials({ tokenUrl: oauth.tokenUrl, clientId: CLIENT.id, clientSecret: CLIENT.secret, clientAuthentication: "client_secret_post" }),
      apiBaseUrl: oauth.url,
      store,
      ...(now ? { now } : {}),
    });
    return { store, call: async () => (await auth.fetch(oauth.resourceUrl)).status };
  }

  it("the stale entry is replaced at the first 401: one token request per lifetime, no invalid_grant, every call succeeds", async () => {
    oauth.resetStats();
    const skewed = worker(aheadByAnHour);
    expect(await skewed.call()).toBe(200);
    await skewed.store.close(); // writes the shared entry and stops
    const healthy = [worker(), worker(), worker()];
    const statuses: number[] = [];
    for (const w of healthy) statuses.push(await w.call());

    // The server ends each lifetime (the skewed entry's real expiry came an hour before its stated one).
    const LIFETIMES = 4;
    for (let lifetime = 0; lifetime < LIFETIMES; lifetime++) {
      oauth.expireAllAccessTokens();
      statuses.push(...(await Promise.all(healthy.map((w) => w.call()))));
      statuses.push(...(await Promise.all(healthy.map((w) => w.call()))));
    }
    await Promise.all(healthy.map((w) => w.store.close()));

    expect(statuses.every((status) => status === 200), JSON.stringify(statuses)).toBe(true);
    expect(oauth.stats.byError, JSON.stringify(oauth.stats)).toEqual({});
    // The skewed worker's grant, then exactly one renewal per lifetime, whichever worker made it.
    expect(oauth.stats.tokenRequests, JSON.stringify(oauth.stats)).toBe(1 + LIFETIMES);
    // Each worker absorbs at most one 401 per lifetime (the documented single resend).
    expect(oauth.stats.resourceUnauthorized).toBeLessThanOrEqual(healthy.length * LIFETIMES);
    expect(oauth.stats.resourceSucceeded).toBe(1 + healthy.length * (1 + 2 * LIFETIMES));
  }, 60_000);
});
