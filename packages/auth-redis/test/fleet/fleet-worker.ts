// Forked by fleet.test.ts: one worker process of the fleet, sharing tokens through Redis.
import { clientCredentials, createAuth, type TokenStore } from "@cloud-sdks/auth";
import { createRedisTokenStore } from "../../src/index.js";
import type { Generation, Go, IssuedToken, Ready, WorkerReport } from "./report.js";

const env = (name: string): string => process.env[name] ?? "";
const calls = Number(env("CALLS"));
const generations = Number(env("GENERATIONS"));
const keepAliveMs = Number(env("KEEP_ALIVE_MS"));
const refreshAheadMs = Number(env("REFRESH_AHEAD_MS"));

// Tokens this process obtained from the token endpoint (not those it read from Redis): the
// parent puts the fleet's together to check that each lifetime was renewed exactly once.
const issued: IssuedToken[] = [];
const store = createRedisTokenStore({ url: env("REDIS_URL"), commandTimeoutMs: 2_000, lock: { waitMs: 10_000 } });
// A token request, its store write and onTokens all run inside withLock: the sections still open
// are the refreshes this worker must see land before it reports.
const openSections = new Set<Promise<unknown>>();
const trackedStore: TokenStore = {
  get: (key) => store.get(key),
  set: (key, tokens, ttlMs) => store.set(key, tokens, ttlMs),
  delete: (key) => store.delete(key),
  withLock: (key, fn) => {
    const section = store.withLock(key, fn);
    openSections.add(section);
    const close = () => void openSections.delete(section);
    section.then(close, close);
    return section;
  },
};
const auth = createAuth({
  credentials: clientCredentials({
    tokenUrl: env("TOKEN_URL"),
    clientId: env("CLIENT_ID"),
    clientSecret: env("CLIENT_SECRET"),
    clientAuthentication: "client_secret_post",
    refresh: { includeClientCredentials: true },
  }),
  apiBaseUrl: env("BASE_URL"),
  store: trackedStore,
  // Stated, not left to the defaults, so the parent knows where each refresh point lies.
  refreshWindow: { advisorySeconds: refreshAheadMs / 1000, mandatorySeconds: refreshAheadMs / 2000 },
  onTokens: (tokens) => void issued.push({ obtainedAt: tokens.obtainedAt, expiresAt: tokens.expiresAt }),
});

// Connect Redis and warm up fetch before the clock starts: eight processes doing that at once on
// two cores can take a second, which would otherwise eat into the run.
await store.get("fleet:warm-up");
await (await fetch(new URL("/warm-up", env("BASE_URL")))).body?.cancel();
// The newest token generation the parent announced; `wake` ends a keep-alive pause early.
let generation = 0;
let wake: () => void = () => undefined;
const go = new Promise<Go>((resolve) =>
  process.on("message", (message: Go | Generation) => {
    if ("generation" in message) {
      generation = Math.max(generation, message.generation);
      wake();
    } else {
      resolve(message);
    }
  }),
);
process.send?.({ ready: true } satisfies Ready);
const { startAt } = await go;
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

const failures: string[] = [];
const callsPerGeneration: number[] = Array(generations).fill(0);
const shareDoneAt: (number | null)[] = Array(generations).fill(null);
let keepAliveCalls = 0;
const started = Date.now();
let lastCallStartedAt = started;
let made = 0;
/** Calls this worker may have made by the end of token generation `g`: an equal share each. */
const share = (g: number) => Math.round((calls * (g + 1)) / generations);
// Each token lifetime gets its share of the calls, made as fast as they go, so that a slow machine
// loses no time. Once a lifetime's share is made, the worker keeps calling slowly (one call per
// KEEP_ALIVE_MS, borrowed from the next share) until the parent announces the next token: a call
// after the refresh point renews it. With the last token's share the run ends, long before that
// token's own refresh point.
for (let i = 0; i < calls; i++) {
  const current = generation;
  if (i >= share(current) && current < generations - 1) keepAliveCalls++;
  lastCallStartedAt = Date.now();
  made++;
  callsPerGeneration[current]!++;
  try {
    const response = await auth.fetch(env("RESOURCE_URL"));
    if (response.status !== 200) failures.push(`call ${i}: HTTP ${response.status}`);
    await response.body?.cancel();
  } catch (error) {
    failures.push(`call ${i}: ${String(error)}`);
  }
  if (i + 1 >= share(generation) && generation < generations - 1) {
    shareDoneAt[generation] ??= Date.now();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, keepAliveMs);
      wake = () => (clearTimeout(timer), resolve());
    });
    wake = () => undefined;
  }
}
// A background refresh the last call started must land (and be reported) before we leave. It
// entered its lock before that call's response arrived; one more turn covers a lock just taken.
await new Promise((resolve) => setImmediate(resolve));
while (openSections.size > 0) await Promise.allSettled([...openSections]);

const report: WorkerReport = {
  calls: made,
  failures: failures.slice(0, 5),
  failed: failures.length,
  firstCallAt: started,
  lastCallStartedAt,
  callsPerGeneration,
  keepAliveCalls,
  shareDoneAt,
  issued,
};
process.send?.(report);
await store.close();
process.disconnect?.();
