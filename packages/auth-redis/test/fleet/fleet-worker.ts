// Forked by fleet.test.ts: one worker process of the fleet, sharing tokens through Redis.
import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { createRedisTokenStore } from "../../src/index.js";

const env = (name: string): string => process.env[name] ?? "";
const calls = Number(env("CALLS"));
const durationMs = Number(env("DURATION_MS"));

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
});

const failures: string[] = [];
const started = Date.now();
let lastCallAt = started;
// Paced, not flooded: the calls spread over the whole run so they cross every token expiry.
for (let i = 0; i < calls; i++) {
  try {
    const response = await auth.fetch(env("RESOURCE_URL"));
    if (response.status !== 200) failures.push(`call ${i}: HTTP ${response.status}`);
    await response.body?.cancel();
    lastCallAt = Date.now();
  } catch (error) {
    failures.push(`call ${i}: ${String(error)}`);
  }
  const due = started + ((i + 1) * durationMs) / calls;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

process.send?.({ calls, failures: failures.slice(0, 5), failed: failures.length, firstCallAt: started, lastCallAt });
await store.close();
process.disconnect?.();
