import { randomBytes } from "node:crypto";
import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { AUTH_REDIS_INVALID_OPTIONS, createRedisTokenStore, type RedisTokenStoreOptions } from "@cloud-sdks/auth-redis";
import { startFaultServer, startOAuthServer, startRedisServer, type OAuthTestServer } from "@cloud-sdks/test-servers";
import { createClient } from "redis";
import { check } from "../src/check.js";
import type { FaultCase, FaultProbe } from "../src/fault-case.js";

const HOUR_MS = 3_600_000;

/** A redis-server of the case's own and a plain client to look at it, both stopped after the case. */
async function redisOfCase(probe: FaultProbe) {
  const redis = await startRedisServer();
  probe.defer(() => redis.stop());
  const raw = createClient({ url: redis.url });
  raw.on("error", () => {});
  await raw.connect();
  probe.defer(() => raw.close());
  return { url: redis.url, raw };
}

/** A real OAuth2 server issuing rotating refresh tokens with client credentials. */
async function oauthOfCase(probe: FaultProbe): Promise<{ oauth: OAuthTestServer; clientSecret: string }> {
  const clientSecret = probe.secret(`SECRET-redis-${randomBytes(10).toString("hex")}`);
  const oauth = await startOAuthServer({
    clients: [{ id: "redis-client", secret: clientSecret, grants: ["client_credentials", "refresh_token"] }],
    clientCredentialsRefreshToken: true,
    rotateRefreshTokens: true,
  });
  probe.defer(() => oauth.close());
  return { oauth, clientSecret };
}

/** One worker: its own store on the shared Redis and its own auth, with an optional skewed clock. */
function worker(probe: FaultProbe, redisUrl: string, tokenUrl: string, apiBaseUrl: string, clientSecret: string, now?: () => number) {
  const store = createRedisTokenStore({ url: redisUrl, logger: probe.logger, ...(now ? { now } : {}) });
  probe.defer(() => store.close());
  const auth = createAuth({
    credentials: clientCredentials({ tokenUrl, clientId: "redis-client", clientSecret, clientAuthentication: "client_secret_post" }),
    apiBaseUrl,
    store,
    logger: probe.logger,
    // Every token the server issues is a secret the suite sweeps for.
    onTokens: (tokens) => {
      probe.secret(tokens.accessToken);
      if (tokens.refreshToken) probe.secret(tokens.refreshToken);
    },
    ...(now ? { now } : {}),
  });
  return { store, auth };
}

/** A store built with `options` on top of a valid url; its error is the case's outcome. */
function optionCase(option: string, options: Record<string, unknown>): FaultCase {
  return {
    id: `redis-store.option-${option}`,
    fault: `createRedisTokenStore({ ${Object.entries(options).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(", ")} })`,
    does: `throws RedisTokenStoreError naming \`${option}\` when the store is created`,
    expect: { code: AUTH_REDIS_INVALID_OPTIONS },
    async run() {
      try {
        createRedisTokenStore({ url: "redis://127.0.0.1:1", ...options } as RedisTokenStoreOptions);
      } catch (error) {
        check((error as { option?: unknown }).option === option, `the error names ${option}`);
        throw error;
      }
      throw new Error("check failed: the store was created");
    },
  };
}

const cases: readonly FaultCase[] = [
  {
    id: "redis-store.worker-clock-an-hour-ahead",
    fault: "one worker whose clock is 1 h ahead writes the shared Redis entry and stops; 3 healthy workers go on over 4 token lifetimes",
    does: "orders writes by the Redis server's clock: the first healthy worker that gets a 401 replaces the entry; one token request per lifetime, no invalid_grant",
    expect: "recovered",
    async run(probe) {
      const { url } = await redisOfCase(probe);
      const { oauth, clientSecret } = await oauthOfCase(probe);
      const make = (now?: () => number) => worker(probe, url, oauth.tokenUrl, oauth.url, clientSecret, now);
      const call = async (auth: ReturnType<typeof make>["auth"]) => {
        const response = await auth.fetch(oauth.resourceUrl);
        await response.body?.cancel();
        check(response.status === 200, `every call succeeds, got ${response.status}`);
      };
      const skewed = make(() => Date.now() + HOUR_MS);
      await call(skewed.auth);
      await skewed.store.close();
      const healthy = [make(), make(), make()];
      for (const w of healthy) await call(w.auth);
      for (let lifetime = 0; lifetime < 4; lifetime++) {
        // The server ends the lifetime; the skewed entry claimed an hour more than it had.
        oauth.expireAllAccessTokens();
        await Promise.all(healthy.map((w) => call(w.auth)));
        await Promise.all(healthy.map((w) => call(w.auth)));
      }
      check(Object.keys(oauth.stats.byError).length === 0, `no token error (invalid_grant): ${JSON.stringify(oauth.stats.byError)}`);
      check(oauth.stats.tokenRequests === 5, `1 grant + 1 renewal per lifetime, got ${oauth.stats.tokenRequests}`);
      check(oauth.stats.resourceUnauthorized <= 3 * 4, "at most one absorbed 401 per worker per lifetime");
    },
  },
  {
    id: "redis-store.entry-with-huge-obtained-at-and-no-ttl",
    fault: "Redis holds an entry with obtainedAt 1e15 and no TTL (written by an older version) whose access token the API refuses",
    does: "uses it, absorbs the 401, replaces the entry (stamped by the server, with a TTL) and succeeds",
    expect: "recovered",
    async run(probe) {
      const { url, raw } = await redisOfCase(probe);
      const { oauth, clientSecret } = await oauthOfCase(probe);
      const { auth } = worker(probe, url, oauth.tokenUrl, oauth.url, clientSecret);
      // The key the auth layer uses is its own business: find it by letting it write once.
      await (await auth.fetch(oauth.resourceUrl)).body?.cancel();
      const [key] = await raw.keys("cloud-sdks:tokens:*");
      check(key !== undefined, "the worker stored its token");
      const pinned = probe.secret(`pinned-${randomBytes(10).toString("hex")}`);
      await raw.set(key, JSON.stringify({ accessToken: pinned, tokenType: "Bearer", obtainedAt: 1e15, expiresAt: 1e15 + HOUR_MS, extra: {} }));
      const next = worker(probe, url, oauth.tokenUrl, oauth.url, clientSecret);
      const response = await next.auth.fetch(oauth.resourceUrl);
      await response.body?.cancel();
      check(response.status === 200, `the call succeeds, got ${response.status}`);
      const stored = JSON.parse((await raw.get(key)) ?? "{}") as { accessToken?: string; writtenAt?: unknown };
      check(stored.accessToken !== pinned && typeof stored.writtenAt === "number", "the pinned entry was replaced by a stamped one");
      check((await raw.pTTL(key)) > 0, "with a TTL");
    },
  },
  {
    id: "redis-store.expires-in-1e16",
    fault: "the token endpoint answers expires_in: 1e16 to 3 workers sharing Redis",
    does: "caps the Redis TTL (PX) so the write succeeds: 1 token request for all 3 workers",
    expect: "recovered",
    async run(probe) {
      const { url, raw } = await redisOfCase(probe);
      const clientSecret = probe.secret(`SECRET-redis-${randomBytes(10).toString("hex")}`);
      const accessToken = probe.secret(`long-lived-${randomBytes(10).toString("hex")}`);
      const api = await startFaultServer({
        defaults: { "/token": { json: { access_token: accessToken, token_type: "Bearer", expires_in: 1e16 } }, "/api/resource": { json: { ok: true } } },
      });
      probe.defer(() => api.close());
      for (let w = 0; w < 3; w++) {
        const { auth } = worker(probe, url, api.urlFor("/token"), api.url, clientSecret);
        const response = await auth.fetch(api.urlFor("/api/resource"));
        await response.body?.cancel();
        check(response.status === 200, `worker ${w} succeeds`);
      }
      const tokenRequests = api.count("/token");
      check(tokenRequests === 1, `one token request shared by all three workers, got ${tokenRequests}`);
      const [key] = await raw.keys("cloud-sdks:tokens:*");
      check(key !== undefined && (await raw.pTTL(key)) > 0, "stored with a (capped) TTL");
    },
  },
  optionCase("keyPrefix", { keyPrefix: 5 }),
  optionCase("lock.ttlMs", { lock: { ttlMs: "10s" } }),
  optionCase("logger", { logger: { warn: 5 } }),
  optionCase("now", { now: 1234 }),
];

export default cases;
