import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startOAuthServer, startRedisServer } from "@cloud-sdks/test-servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 7: 8 worker processes × 500 calls across 3 token expiries, one rotating refresh token
// shared through Redis. A per-process cache would make 8 token requests per lifetime and, with
// rotation, invalid_grant for all but one of them.
const WORKERS = 8;
const CALLS = 500;
const LIFETIME_S = 2;
const DURATION_MS = 6_500;
const CLIENT = { id: "fleet-client", secret: "SECRET-fleet-5c1e" };

let redis: Awaited<ReturnType<typeof startRedisServer>>;
let oauth: Awaited<ReturnType<typeof startOAuthServer>>;

beforeAll(async () => {
  redis = await startRedisServer();
  oauth = await startOAuthServer({
    clients: [{ id: CLIENT.id, secret: CLIENT.secret, grants: ["client_credentials", "refresh_token"] }],
    accessTokenLifetime: LIFETIME_S,
    clientCredentialsRefreshToken: true,
    rotateRefreshTokens: true,
  });
});

afterAll(async () => {
  await oauth?.close();
  await redis?.stop();
});

interface WorkerResult {
  readonly calls: number;
  readonly failed: number;
  readonly failures: readonly string[];
  readonly firstCallAt: number;
  readonly lastCallAt: number;
}

function runWorker(): Promise<WorkerResult> {
  const worker = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], {
      execArgv: ["--import", import.meta.resolve("tsx")],
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        TOKEN_URL: oauth.tokenUrl,
        RESOURCE_URL: oauth.resourceUrl,
        BASE_URL: oauth.url,
        CLIENT_ID: CLIENT.id,
        CLIENT_SECRET: CLIENT.secret,
        CALLS: String(CALLS),
        DURATION_MS: String(DURATION_MS),
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: WorkerResult | undefined;
    child.on("message", (message) => (result = message as WorkerResult));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result !== undefined ? resolve(result) : reject(new Error(`fleet worker exited with ${code}`))));
  });
}

describe("a fleet of 8 processes sharing tokens through Redis", () => {
  it("makes one token request per token lifetime, never reuses a rotated refresh token, fails no call", async () => {
    const results = await Promise.all(Array.from({ length: WORKERS }, runWorker));
    // The span the fleet was calling, first call of any worker to last call of any worker.
    const spanMs = Math.max(...results.map((r) => r.lastCallAt)) - Math.min(...results.map((r) => r.firstCallAt));

    expect(results.map((r) => r.failures).flat()).toEqual([]);
    expect(results.reduce((sum, r) => sum + r.calls, 0)).toBe(WORKERS * CALLS);
    expect(oauth.stats.resourceSucceeded).toBe(WORKERS * CALLS);
    expect(oauth.stats.byError["invalid_grant"]).toBeUndefined();
    expect(oauth.stats.reusedRefreshTokens).toBe(0);

    // One grant, then one renewal per expiry the span crosses: ceil(span / lifetime) token
    // lifetimes in all. A renewal starts a little before expiry (the refresh window is 10 % of a
    // 2 s token), so the last one can fall either side of the end of the run: ±1. A per-process
    // cache would need 8 times as many.
    const lifetimes = Math.ceil(spanMs / (LIFETIME_S * 1000));
    expect(spanMs).toBeGreaterThan(3 * LIFETIME_S * 1000);
    expect(oauth.stats.byGrant["client_credentials"]?.succeeded).toBe(1);
    expect(oauth.stats.byGrant["refresh_token"]?.succeeded).toBeGreaterThanOrEqual(2);
    expect(Math.abs(oauth.stats.tokenSuccesses - lifetimes), JSON.stringify({ spanMs, stats: oauth.stats })).toBeLessThanOrEqual(1);
    expect(oauth.stats.tokenFailures).toBe(0);
  }, 90_000);
});
