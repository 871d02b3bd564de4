import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { client, redis, useRedisServer } from "./support/redis-fixture.js";
import { AUTH_REDIS_LOCK_TIMEOUT, createRedisTokenStore, RedisLockTimeoutError } from "../src/index.js";
import { sleep } from "./support/tokens.js";

const LOCK_KEY = "cloud-sdks:tokens:lock:cred";

useRedisServer();

describe("distributed lock", () => {
  it("holds the lock key with a random owner while fn runs and removes it afterwards", async () => {
    const store = createRedisTokenStore({ client });
    const owners: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      await store.withLock("cred", async () => {
        owners.push(await client.get(LOCK_KEY));
        const pttl = await client.pTTL(LOCK_KEY);
        expect(pttl).toBeGreaterThan(0);
      });
    }
    expect(owners[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(owners[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(owners[0]).not.toBe(owners[1]);
    expect(await client.exists(LOCK_KEY)).toBe(0);
  });

  it("is released only by its owner", async () => {
    const store = createRedisTokenStore({ client });
    await store.withLock("cred", async () => {
      // Our lock expired and another process took it: our release must leave theirs alone.
      await client.set(LOCK_KEY, "someone-else", { expiration: { type: "PX", value: 10_000 } });
    });
    expect(await client.get(LOCK_KEY)).toBe("someone-else");
  });

  it("waits for a dead holder's lock to expire, then runs", async () => {
    await client.set(LOCK_KEY, "crashed-process", { expiration: { type: "PX", value: 400 }, condition: "NX" });
    const store = createRedisTokenStore({ client, lock: { waitMs: 5_000, retryDelayMs: 20 } });
    const started = Date.now();
    const ownerDuringRun = await store.withLock("cred", () => client.get(LOCK_KEY));
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(ownerDuringRun).not.toBe("crashed-process");
  });

  it("gives up after waitMs with a typed error, or runs anyway when told to", async () => {
    await client.set(LOCK_KEY, "busy-process", { expiration: { type: "PX", value: 10_000 } });
    const strict = createRedisTokenStore({ client, lock: { waitMs: 200, retryDelayMs: 20 } });
    let ran = false;
    const started = Date.now();
    const error = await strict
      .withLock("cred", async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisLockTimeoutError);
    expect(error).toMatchObject({ code: AUTH_REDIS_LOCK_TIMEOUT, waitedMs: 200 });
    expect(ran).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);

    const lenient = createRedisTokenStore({ client, lock: { waitMs: 100, retryDelayMs: 20, onTimeout: "run" } });
    expect(await lenient.withLock("cred", async () => "ran")).toBe("ran");
    expect(await client.get(LOCK_KEY)).toBe("busy-process");
  });

  it("renews its lock while a slow holder is still working", async () => {
    const first = createRedisTokenStore({ client, lock: { ttlMs: 300 } });
    const second = createRedisTokenStore({ client, lock: { ttlMs: 300, waitMs: 5_000, retryDelayMs: 20 } });
    const events: string[] = [];
    const slow = first.withLock("cred", async () => {
      events.push("first:start");
      await sleep(1_000); // more than three lock lifetimes
      events.push("first:end");
    });
    await sleep(50);
    const waiting = second.withLock("cred", async () => {
      events.push("second:start");
    });
    await Promise.all([slow, waiting]);
    expect(events).toEqual(["first:start", "first:end", "second:start"]);
  });

  it("excludes each other across separate Node processes", async () => {
    const workers = 3;
    const iterations = 15;
    const workerFile = fileURLToPath(new URL("./support/lock-worker.ts", import.meta.url));
    const tsx = import.meta.resolve("tsx");
    const results = await Promise.all(
      Array.from(
        { length: workers },
        () =>
          new Promise<{ maxActive: number }>((resolve, reject) => {
            const child = fork(workerFile, [], {
              execArgv: ["--import", tsx],
              env: { ...process.env, REDIS_URL: redis.url, ITERATIONS: String(iterations) },
              stdio: ["ignore", "inherit", "inherit", "ipc"],
            });
            let result: { maxActive: number } | undefined;
            child.on("message", (message) => {
              result = message as { maxActive: number };
            });
            child.on("error", reject);
            child.on("exit", (code) => {
              if (code === 0 && result !== undefined) resolve(result);
              else reject(new Error(`lock worker exited with ${code}`));
            });
          }),
      ),
    );
    expect(results.map((r) => r.maxActive)).toEqual(Array(workers).fill(1));
    // A read-sleep-write counter loses updates whenever two holders overlap.
    expect(Number(await client.get("test:counter"))).toBe(workers * iterations);
  });
});
