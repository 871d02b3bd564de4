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
const LOCK_TTL_MS = 5_000;
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

const TIMER_FIRST = Symbol("a timer fired first");

/**
 * What `promise` settles to, or TIMER_FIRST when a timer of `ms` armed beside it fires first: an
 * order of events, not a duration. A call that skips Redis settles without I/O, before any timer
 * can fire however loaded the machine is; one that waits out a command timeout loses the race.
 */
async function beforeTimer<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMER_FIRST> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fired = new Promise<typeof TIMER_FIRST>((resolve) => (timer = setTimeout(resolve, ms, TIMER_FIRST)));
  try {
    return await Promise.race([promise, fired]);
  } finally {
    clearTimeout(timer);
  }
}

describe("Redis stalled (SIGSTOP) and resumed", () => {
  it("answers fast once Redis is known to be down, then leaves no orphan lock and keeps the newest token", async () => {
    const { logger, warnings, debugs } = recordingLogger();
    store = createRedisTokenStore({
      url: redis.url,
      logger,
      commandTimeoutMs: TIMEOUT_MS,
      probeIntervalMs: 100,
      lock: { ttlMs: LOCK_TTL_MS, waitMs: 10_000 },
    });
    const before = makeTokens(HOUR_MS, "before");
    await store.set("cred", before, HOUR_MS);
    const refreshed = makeTokens(HOUR_MS, "refreshed");

    redis.pause();
    // The lock acquire is the first command to meet the stall and waits out the timeout; the
    // token write and the unlock inside must not wait again (a second wait ends at 2 timeouts).
    expect(await beforeTimer(store.withLock("cred", () => store!.set("cred", refreshed, HOUR_MS)), 2 * TIMEOUT_MS)).toBeUndefined();
    // Redis is known to be down now: a miss answers at once instead of waiting out a timeout.
    for (let i = 0; i < 10; i++) expect(await beforeTimer(store.get(`not-cached-${i}`), TIMEOUT_MS)).toBeUndefined();
    const during = await beforeTimer(store.get("cred"), TIMEOUT_MS);
    redis.resume();
    expect(during).toEqual(refreshed);
    expect(warnings.filter((line) => line.includes("Redis is unreachable"))).toHaveLength(1);

    await eventually(async () => {
      await store?.get("probe-after-stall");
      return warnings.some((line) => line.includes("reachable again"));
    });
    // The SET NX that timed out ran once Redis resumed; its owner must have released it.
    await eventually(async () => (await raw.exists(LOCK_KEY)) === 0, 2_000);
    // A lock left behind would hold the next withLock until its TTL runs out.
    expect(await beforeTimer(store.withLock("cred", async () => "ran"), LOCK_TTL_MS)).toBe("ran");

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
