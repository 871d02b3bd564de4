/**
 * Cloudmore with a custom fetch: every request the client makes — the password grant at
 * /connect/token included — goes through the `fetch` you pass, here one that logs method, path,
 * status and time (never a header or body: the token request carries the password).
 *
 *   CLOUDMORE_CLIENT_ID=... CLOUDMORE_CLIENT_SECRET=... CLOUDMORE_USERNAME=... CLOUDMORE_PASSWORD=... \
 *   pnpm cloudmore-custom-fetch
 */
import { cloudmoreOptionsFromEnv, createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import type { Env, Log } from "./env.js";
import { createLoggingFetch } from "./logging-fetch.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudmore = createCloudmoreClient({ ...cloudmoreOptionsFromEnv(env), fetch: createLoggingFetch(log) });
  await unwrap(cloudmore.GET("/api/services/categories"), "cloudmore");
  await unwrap(cloudmore.GET("/api/services/categories"), "cloudmore"); // the cached token: no second token request
}

runAsScript(import.meta.url, () => main());
