// Forked by fleet.test.ts: one worker process of the fleet, sharing tokens through Redis.
import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { createRedisTokenStore } from "../../src/index.js";
import type { Go, IssuedToken, Ready, WorkerReport } from "./report.js";

const env = (name: string): string => process.env[name] ?? "";
const calls = Number(env("CALLS"));
const durationMs = Number(env("DURATION_MS"));
const refreshAheadMs = Number(env("REFRESH_AHEAD_MS"));

// Tokens this process obtained from the token endpoint (not those it read from Redis): the
// parent puts the fleet's together to check that each lifetime was renewed exactly once.
const issued: IssuedToken[] = [];
const store = createRedisTokenStore({ url: env("REDIS_URL"), commandTimeoutMs: 2_000, lock: { waitMs: 10_000 } });
const auth = createAuth({
  credentials: clientCredentials({
    tokenUrl: env("TOKEN_URL"),
    clientId: env("CLIENT_ID"),
    clientSecret: env("CLIENT_SECRET"),
    clientAuthentication: "client_secret_post",
    refresh: { includeClientCredentials: true },
  }),
  apiBaseUrl: env("BASE_URL"),
  store,
  // Stated, not left to the defaults, so the parent knows where each refresh point lies.
  refreshWindow: { advisorySeconds: refreshAheadMs / 1000, mandatorySeconds: refreshAheadMs / 2000 },
  onTokens: (tokens) => void issued.push({ obtainedAt: tokens.obtainedAt, expiresAt: tokens.expiresAt }),
});

// Connect Redis and warm up fetch before the clock starts: eight processes doing that at once on
// two cores can take a second, which would otherwise eat into the run.
await store.get("fleet:warm-up");
await (await fetch(new URL("/warm-up", env("BASE_URL")))).body?.cancel();
const go = new Promise<Go>((resolve) => process.once("message", (message) => resolve(message as Go)));
process.send?.({ ready: true } satisfies Ready);
const { startAt } = await go;
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

const failures: string[] = [];
const started = Date.now();
let lastCallStartedAt = started;
// Paced, not flooded: the calls spread over the whole run so they cross every token expiry.
for (let i = 0; i < calls; i++) {
  lastCallStartedAt = Date.now();
  try {
    const response = await auth.fetch(env("RESOURCE_URL"));
    if (response.status !== 200) failures.push(`call ${i}: HTTP ${response.status}`);
    await response.body?.cancel();
  } catch (error) {
    failures.push(`call ${i}: ${String(error)}`);
  }
  const due = started + ((i + 1) * durationMs) / calls;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
// A background refresh the last call started must land (and be reported) before we leave.
await new Promise((resolve) => setTimeout(resolve, 500));

const report: WorkerReport = { calls, failures: failures.slice(0, 5), failed: failures.length, firstCallAt: started, lastCallStartedAt, issued };
process.send?.(report);
await store.close();
process.disconnect?.();
