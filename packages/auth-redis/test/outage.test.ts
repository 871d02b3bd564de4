import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisTokenStore, type RedisTokenStore } from "../src/index.js";
import { startRedisServer, type RedisTestServer } from "@cloud-sdks/test-servers";
import { eventually } from "./support/eventually.js";
import { makeTokens, recordingLogger, storedTokens } from "./support/tokens.js";

let redis: RedisTestServer;
let store: RedisTokenStore | undefined;

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await store?.close();
  await redis?.stop();
});

async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  const started = Date.now();
  const value = await promise;
  expect(Date.now() - started).toBeLessThan(ms);
  return value;
}

describe("Redis down and back", () => {
  it("falls back to per-process tokens, warns once, and recovers on restart", async () => {
    const { logger, warnings, debugs } = recordingLogger();
    store = createRedisTokenStore({ url: redis.url, logger, commandTimeoutMs: 500 });
    const before = makeTokens(3_600_000, "before");
    await store.set("cred", before, 3_600_000);
    expect(warnings).toEqual([]);

    await redis.down();
    const during = makeTokens(3_600_000, "during");
    // Every operation resolves, quickly, while Redis is gone.
    expect(await within(1_000, store.get("cred"))).toEqual(before);
    await within(1_000, store.set("cred", during, 3_600_000));
    expect(await within(1_000, store.get("cred"))).toEqual(during);
    const inLock = await within(
      1_000,
      store.withLock("cred", async () => store?.get("cred")),
    );
    expect(inLock).toEqual(during);
    await within(1_000, store.delete("other"));
    for (let i = 0; i < 10; i++) await store.get("cred");

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Redis is unreachable.*falling back to per-process/);

    await redis.up();
    const raw = createClient({ url: redis.url });
    raw.on("error", () => {});
    await raw.connect();
    try {
      // The token refreshed during the outage may hold the only valid rotated refresh token: it is pushed back.
      await eventually(async () => {
        await store?.get("cred");
        return (await raw.exists("cloud-sdks:tokens:cred")) === 1;
      });
      expect(storedTokens(await raw.get("cloud-sdks:tokens:cred"))).toEqual(during);
      expect(warnings).toHaveLength(2);
      expect(warnings[1]).toMatch(/reachable again/);

      // The distributed lock is back in use.
      const lockOwner = await store.withLock("cred", () => raw.get("cloud-sdks:tokens:lock:cred"));
      expect(lockOwner).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await raw.close();
    }

    const everything = [...warnings, ...debugs].join("\n");
    for (const secret of [before.accessToken, before.refreshToken, during.accessToken, during.refreshToken]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("starts without Redis, serving per-process tokens, and never rejects", async () => {
    const { logger, warnings } = recordingLogger();
    const offline = createRedisTokenStore({ url: "redis://127.0.0.1:1", logger, commandTimeoutMs: 200 });
    try {
      const tokens = makeTokens(3_600_000);
      await offline.set("cred", tokens, 60_000);
      expect(await offline.get("cred")).toEqual(tokens);
      expect(await offline.withLock("cred", async () => "ran")).toBe("ran");
      expect(warnings).toHaveLength(1);
    } finally {
      await offline.close();
    }
  });
});
