import { startRedisServer, type RedisTestServer } from "@cloud-sdks/test-servers";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRedisTokenStore, type RedisTokenStore } from "../../src/index.js";
import { eventually } from "../support/eventually.js";
import { makeTokens, recordingLogger } from "../support/tokens.js";

// A stalled Redis (SIGSTOP) keeps its sockets open: node-redis stays "ready" and writes every
// command into the socket, where Redis runs it once it resumes, long after we gave up on it.
const HOUR_MS = 3_600_000;
const TIMEOUT_MS = 300;
const TOKEN_KEY = "cloud-sdks:tokens:cred";
const LOCK_KEY = "cloud-sdks:tokens:lock:cred";

let redis: RedisTestServer;
let raw: ReturnType<typeof createClient>;
let store: RedisTokenStore | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  redis = await startRedisServer();
  raw = createClient({ url: redis.url });
  raw.on("error", () => {});
  await raw.connect();
});

afterAll(async () => {
  redis?.resume();
  await raw?.close();
  await redis?.stop();
});

beforeEach(() => void process.on("unhandledRejection", onUnhandled));

afterEach(async () => {
  redis.resume();
  await store?.close();
  store = undefined;
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - started };
}

describe("Redis stalled (SIGSTOP) and resumed", () => {
  it("answers fast once Redis is known to be down, then leaves no orphan lock and keeps the newest token", async () => {
    const { logger, warnings, debugs } = recordingLogger();
    store = createRedisTokenStore({
      url: redis.url,
      logger,
      commandTimeoutMs: TIMEOUT_MS,
      probeIntervalMs: 100,
      lock: { ttlMs: 5_000, waitMs: 10_000 },
    });
    const before = makeTokens(HOUR_MS, "before");
    await store.set("cred", before, HOUR_MS);
    const refreshed = makeTokens(HOUR_MS, "refreshed");

    redis.pause();
    // The lock acquire is the first command to meet the stall and waits out the timeout; the
    // token write and the unlock inside must not wait again.
    const refresh = await timed(store.withLock("cred", () => store!.set("cred", refreshed, HOUR_MS)));
    const misses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const miss = await timed(store.get(`not-cached-${i}`));
      expect(miss.value).toBeUndefined();
      misses.push(miss.ms);
    }
    const during = await timed(store.get("cred"));
    redis.resume();

    console.info(`stalled: withLock+set ${refresh.ms.toFixed(0)} ms, uncached get max ${Math.max(...misses).toFixed(0)} ms`);
    expect(refresh.ms).toBeLessThan(TIMEOUT_MS + 150);
    expect(Math.max(...misses)).toBeLessThan(50);
    expect(during.value).toEqual(refreshed);
    expect(warnings.filter((line) => line.includes("Redis is unreachable"))).toHaveLength(1);

    await eventually(async () => {
      await store?.get("probe-after-stall");
      return warnings.some((line) => line.includes("reachable again"));
    });
    // The SET NX that timed out ran once Redis resumed; its owner must have released it.
    await eventually(async () => (await raw.exists(LOCK_KEY)) === 0, 2_000);
    const relock = await timed(store.withLock("cred", async () => "ran"));
    console.info(`after resume: withLock ${relock.ms.toFixed(0)} ms`);
    expect(relock.value).toBe("ran");
    expect(relock.ms).toBeLessThan(500);

    await eventually(async () => {
      await store?.get("cred");
      return JSON.parse((await raw.get(TOKEN_KEY)) ?? "null")?.accessToken === refreshed.accessToken;
    });
    expect(await store.get("cred")).toEqual(refreshed);

    const everything = [...warnings, ...debugs].join("\n");
    for (const secret of [before.accessToken, before.refreshToken, refreshed.accessToken, refreshed.refreshToken]) {
      expect(everything).not.toContain(secret);
    }
  });
});
