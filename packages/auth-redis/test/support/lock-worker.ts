// Forked by lock.test.ts: one separate process contending for the same refresh lock.
import { createClient } from "redis";
import { createRedisTokenStore } from "../../src/index.js";

const url = process.env["REDIS_URL"] ?? "";
const iterations = Number(process.env["ITERATIONS"] ?? "10");

const store = createRedisTokenStore({ url, lock: { ttlMs: 5_000, waitMs: 20_000, retryDelayMs: 10 } });
const counterClient = createClient({ url });
await counterClient.connect();

let maxActive = 0;
for (let i = 0; i < iterations; i++) {
  await store.withLock("cred", async () => {
    const active = await counterClient.incr("test:active");
    maxActive = Math.max(maxActive, active);
    const counter = Number((await counterClient.get("test:counter")) ?? "0");
    await new Promise((resolve) => setTimeout(resolve, 10));
    await counterClient.set("test:counter", String(counter + 1));
    await counterClient.decr("test:active");
  });
}

process.send?.({ maxActive });
await counterClient.close();
await store.close();
process.disconnect?.();
