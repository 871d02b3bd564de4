import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { fingerprint, startFaultServer, startRedisServer, tokenResponse, type FaultServer, type RedisTestServer } from "@cloud-sdks/test-servers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRedisTokenStore, type RedisTokenStore } from "../../src/index.js";

// The auth package's fault suite lives in packages/auth/test/faults; this case needs the Redis
// store, which cannot be a devDependency of auth without a build cycle in turbo.
const TOKEN_PATH = "/token";
const API_PATH = "/api/resource";
const HOUR_MS = 3_600_000;

let fault: FaultServer;
let redis: RedisTestServer;
const stores: RedisTokenStore[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const secrets: string[] = [];
const logLines: string[] = [];
const logger = { debug: (line: string) => void logLines.push(line), warn: (line: string) => void logLines.push(line) };
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;

beforeEach(async () => {
  process.on("unhandledRejection", onUnhandled);
  clockOffsetMs = 0;
  fault = await startFaultServer();
  redis = await startRedisServer();
  fault.setDefault(API_PATH, { json: { ok: true } });
  fault.setDefault(TOKEN_PATH, {
    respond: () => {
      const body = tokenResponse({ expires_in: 3600 });
      secrets.push(body.access_token as string);
      return { json: body };
    },
  });
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await redis.stop();
  await fault.close();
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

// A short command timeout makes the outage quick to notice; a later process may take longer to
// connect on a loaded CI machine, and a slow first connect must not pass for an outage.
function worker(clientSecret: string, commandTimeoutMs = 300) {
  const store = createRedisTokenStore({ url: redis.url, logger, commandTimeoutMs, lock: { waitMs: 2_000 } });
  stores.push(store);
  const credentials = clientCredentials({ tokenUrl: fault.urlFor(TOKEN_PATH), clientId: "client-1", clientSecret, clientAuthentication: "client_secret_post" });
  const auth = createAuth({
    credentials,
    apiBaseUrl: fault.url,
    store,
    now,
    logger,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2000 },
    tokenTimeoutMs: 2_000,
  });
  return async () => {
    const response = await auth.fetch(fault.urlFor(API_PATH));
    expect(response.status).toBe(200);
    await response.body?.cancel();
  };
}

describe("Redis down and back", () => {
  it("calls keep succeeding while Redis is down and after it returns; tokens are shared again afterwards", async () => {
    const clientSecret = `SECRET-client-${Math.random().toString(36).slice(2)}`;
    secrets.push(clientSecret);
    const call = worker(clientSecret);
    await call();
    expect(fault.count(TOKEN_PATH)).toBe(1);

    await redis.down();
    // Within the token's lifetime, the cached token serves calls without Redis.
    for (let i = 0; i < 3; i++) await call();
    expect(fault.count(TOKEN_PATH)).toBe(1);
    // Past expiry with Redis gone: a per-process token, requested once.
    clockOffsetMs = 2 * HOUR_MS;
    for (let i = 0; i < 3; i++) await call();
    expect(fault.count(TOKEN_PATH)).toBe(2);
    expect(logLines.filter((line) => line.includes("Redis is unreachable"))).toHaveLength(1);

    await redis.up();
    // node-redis reconnects with a backoff, and cache hits never touch Redis: ask the store for a
    // key it cannot have cached until it says Redis is back (bounded), then carry on.
    const recovered = () => logLines.some((line) => line.includes("Redis is reachable again"));
    for (let i = 0; i < 100 && !recovered(); i++) {
      await stores[0]?.get("probe-after-outage");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(recovered()).toBe(true);
    for (let i = 0; i < 3; i++) await call();
    clockOffsetMs = 4 * HOUR_MS;
    for (let i = 0; i < 3; i++) await call();
    expect(fault.count(TOKEN_PATH)).toBe(3);

    // A second process reads the token from Redis instead of asking the token endpoint.
    const latest = fault.requestsTo(API_PATH).at(-1)?.bearer;
    await worker(clientSecret, 2_000)();
    expect(fault.count(TOKEN_PATH)).toBe(3);
    expect(fault.requestsTo(API_PATH).at(-1)?.bearer).toBe(latest);
    expect(latest).toBe(fingerprint(secrets.at(-1) ?? ""));

    for (const secret of secrets) for (const line of logLines) expect(line.includes(secret), line).toBe(false);
  });
});
