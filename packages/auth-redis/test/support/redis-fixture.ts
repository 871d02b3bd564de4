import { startRedisServer, type RedisTestServer } from "@cloud-sdks/test-servers";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll } from "vitest";

// Live ES module bindings: importers see the values assigned in beforeAll.
export let redis: RedisTestServer;
/** A plain client of the test's own, to look at and arrange what is in Redis. */
export let client: ReturnType<typeof createClient>;

/** One redis-server for the test file, stopped after it, and emptied after each test. */
export function useRedisServer(): void {
  beforeAll(async () => {
    redis = await startRedisServer();
    client = createClient({ url: redis.url });
    client.on("error", () => {});
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await redis?.stop();
  });

  afterEach(async () => {
    await client.flushAll();
  });
}
