import { describe, expect, it } from "vitest";
import { client, redis, useRedisServer } from "./support/redis-fixture.js";
import { AUTH_REDIS_INVALID_OPTIONS, createRedisTokenStore, RedisTokenStoreError } from "../src/index.js";
import { makeTokens, recordingLogger, sleep, storedTokens } from "./support/tokens.js";

useRedisServer();

async function getCalls(): Promise<number> {
  const stats = await client.info("commandstats");
  const match = /cmdstat_get:calls=(\d+)/.exec(stats);
  return match === null ? 0 : Number(match[1]);
}

describe("get / set / delete", () => {
  it("round-trips a TokenSet through Redis as JSON under the key prefix, with a PX ttl", async () => {
    const writer = createRedisTokenStore({ client, keyPrefix: "test:" });
    const reader = createRedisTokenStore({ client, keyPrefix: "test:" });
    const tokens = makeTokens(3_600_000);
    await writer.set("k1", tokens, 120_000);

    expect(await reader.get("k1")).toEqual(tokens);
    expect(storedTokens(await client.get("test:k1"))).toEqual(tokens);
    const pttl = await client.pTTL("test:k1");
    expect(pttl).toBeGreaterThan(110_000);
    expect(pttl).toBeLessThanOrEqual(120_000);
  });

  it("stores only TokenSet fields, never anything else attached to the object", async () => {
    const store = createRedisTokenStore({ client });
    const tokens = { ...makeTokens(3_600_000), clientSecret: "s3cret-value" };
    await store.set("k2", tokens, 60_000);
    const raw = await client.get("cloud-sdks:tokens:k2");
    expect(raw).not.toBeNull();
    expect(raw).not.toContain("s3cret-value");
  });

  it("lets entries expire with their ttl", async () => {
    const writer = createRedisTokenStore({ client });
    await writer.set("short", makeTokens(3_600_000), 200);
    await sleep(400);
    expect(await client.exists("cloud-sdks:tokens:short")).toBe(0);
    expect(await createRedisTokenStore({ client }).get("short")).toBeUndefined();
  });

  it("deletes from Redis and from the local cache", async () => {
    const store = createRedisTokenStore({ client });
    await store.set("gone", makeTokens(3_600_000), 60_000);
    await store.delete("gone");
    expect(await client.exists("cloud-sdks:tokens:gone")).toBe(0);
    expect(await store.get("gone")).toBeUndefined();
  });

  it("treats an entry that is not a TokenSet as a miss", async () => {
    const { logger, debugs } = recordingLogger();
    await client.set("cloud-sdks:tokens:junk", "{not json");
    expect(await createRedisTokenStore({ client, logger }).get("junk")).toBeUndefined();
    expect(debugs.join("\n")).toContain("not a TokenSet");
  });

  it("rejects bad options with a typed error that says what to do", () => {
    const attempt = (options: Parameters<typeof createRedisTokenStore>[0]) => {
      try {
        createRedisTokenStore(options);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const neither = attempt({});
    expect(neither).toBeInstanceOf(RedisTokenStoreError);
    expect(neither).toMatchObject({ code: AUTH_REDIS_INVALID_OPTIONS });
    expect(String((neither as Error).message)).toMatch(/exactly one of `client`.*or `url`/);
    expect(attempt({ url: "http://localhost" })).toMatchObject({ code: AUTH_REDIS_INVALID_OPTIONS });
    expect(attempt({ client, lock: { ttlMs: 0 } })).toMatchObject({
      message: expect.stringContaining("lock.ttlMs"),
    });
  });
});

describe("local cache", () => {
  it("serves a fresh token without a Redis round trip", async () => {
    const store = createRedisTokenStore({ client });
    const tokens = makeTokens(3_600_000);
    await store.set("hot", tokens, 3_600_000);
    await client.configResetStat();
    for (let i = 0; i < 20; i++) expect(await store.get("hot")).toEqual(tokens);
    expect(await getCalls()).toBe(0);
  });

  it("reads Redis for a token near expiry, and on a local miss", async () => {
    const store = createRedisTokenStore({ client });
    await store.set("warm", makeTokens(30_000), 60_000); // 30 s left: inside the 60 s window
    await client.configResetStat();
    for (let i = 0; i < 5; i++) await store.get("warm");
    await createRedisTokenStore({ client }).get("warm");
    expect(await getCalls()).toBe(6);
  });

  it("reads every time when localCache is off", async () => {
    const store = createRedisTokenStore({ client, localCache: false });
    await store.set("cold", makeTokens(3_600_000), 60_000);
    await client.configResetStat();
    for (let i = 0; i < 3; i++) await store.get("cold");
    expect(await getCalls()).toBe(3);
  });

  it("inside withLock reads Redis, so a process sees the token another process just stored", async () => {
    const processA = createRedisTokenStore({ client });
    const processB = createRedisTokenStore({ client });
    const old = makeTokens(3_600_000, "old");
    const fresh = makeTokens(3_600_000, "fresh");
    await processA.set("shared", old, 3_600_000);
    // As the token manager does inside its lock: read, then write based on what was read.
    expect(await processB.get("shared")).toEqual(old);
    await processB.set("shared", fresh, 3_600_000);

    expect(await processA.get("shared")).toEqual(old);
    expect(await processA.withLock("shared", () => processA.get("shared"))).toEqual(fresh);
    expect(await processA.get("shared")).toEqual(fresh);
  });
});
