import { describe, expect, it } from "vitest";
import { client, redis, useRedisServer } from "./support/redis-fixture.js";
import { createRedisTokenStore, type RedisTokenStore } from "../src/index.js";
import { eventually } from "./support/eventually.js";
import { gatedClient } from "./support/gated-client.js";
import { makeTokens, recordingLogger, storedTokens } from "./support/tokens.js";

const HOUR_MS = 3_600_000;
const TOKEN_KEY = "cloud-sdks:tokens:cred";

useRedisServer();

/** Two tokens for one credential, the second obtained a minute after the first. */
function olderAndNewer() {
  const newer = makeTokens(HOUR_MS, "newer");
  const older = { ...makeTokens(HOUR_MS, "older"), obtainedAt: newer.obtainedAt - 60_000 };
  return { older, newer };
}

async function stored(): Promise<unknown> {
  return storedTokens(await client.get(TOKEN_KEY));
}

/** Waits until `store` has noticed Redis is back (it probes in the background). */
async function recovered(store: RedisTokenStore, warnings: string[]): Promise<void> {
  await eventually(async () => {
    await store.get("unrelated");
    return warnings.some((line) => line.includes("reachable again"));
  });
}

describe("token writes never put an older token over a newer one", () => {
  it("a write that timed out and reaches Redis late is refused if a newer token is stored by then", async () => {
    const { older, newer } = olderAndNewer();
    const slow = gatedClient(client);
    const processA = createRedisTokenStore({ client: slow.client, commandTimeoutMs: 200, logger: recordingLogger().logger });
    const processB = createRedisTokenStore({ client });

    slow.holdWrites();
    await processA.set("cred", older, HOUR_MS); // times out; the write is still on its way
    await processB.set("cred", newer, HOUR_MS);
    await slow.releaseWrites();

    expect(await stored()).toEqual(newer);
  });

  it("two processes pushing their outage tokens at once: the first to reach Redis is kept, the other adopts it", async () => {
    const { older, newer } = olderAndNewer();
    const a = gatedClient(client);
    const b = gatedClient(client);
    const logA = recordingLogger();
    const logB = recordingLogger();
    const options = { commandTimeoutMs: 2_000, probeIntervalMs: 20 };
    const processA = createRedisTokenStore({ client: a.client, logger: logA.logger, ...options });
    const processB = createRedisTokenStore({ client: b.client, logger: logB.logger, ...options });

    // Both refresh during an outage: the tokens live only in each process.
    a.setReady(false);
    b.setReady(false);
    await processA.set("cred", older, HOUR_MS);
    await processB.set("cred", newer, HOUR_MS);
    expect(await client.exists(TOKEN_KEY)).toBe(0);
    a.setReady(true);
    b.setReady(true);
    await recovered(processA, logA.warnings);
    await recovered(processB, logB.warnings);

    // A starts its resync first but its write is slower than B's whole resync.
    a.holdWrites();
    const resyncA = processA.get("cred");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await processB.get("cred")).toEqual(newer);
    await a.releaseWrites();

    expect(await resyncA).toEqual(newer);
    expect(await stored()).toEqual(newer);
    expect(await processA.get("cred")).toEqual(newer);
  });

  it("writes a token over an older one, and over an entry that is not a TokenSet", async () => {
    const { older, newer } = olderAndNewer();
    const store = createRedisTokenStore({ client });
    await store.set("cred", older, HOUR_MS);
    await store.set("cred", newer, HOUR_MS);
    expect(await stored()).toEqual(newer);
    expect(await client.pTTL(TOKEN_KEY)).toBeGreaterThan(HOUR_MS - 10_000);

    await client.set(TOKEN_KEY, "{not json");
    await store.set("cred", older, HOUR_MS);
    expect(await stored()).toEqual(older);
  });
});
