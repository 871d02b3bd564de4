/**
 * Custom fetch: every request the client makes — token requests included — goes through the
 * `fetch` you pass, here one that logs method, path, status and time (never a header or body).
 *
 *   CLOUDLX_CLIENT_ID=... CLOUDLX_CLIENT_SECRET=... pnpm cloudlx-custom-fetch
 */
import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";
import type { Env, Log } from "./env.js";
import { createLoggingFetch } from "./logging-fetch.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudlx = createCloudlxClient({ ...cloudlxOptionsFromEnv(env), fetch: createLoggingFetch(log) });
  await cloudlx.GET("/api/services");
  await cloudlx.GET("/api/services/types");
}

runAsScript(import.meta.url, () => main());
