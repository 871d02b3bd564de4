/**
 * CloudCherry with a custom fetch: every request the client makes — the login at /api/LoginToken
 * included — goes through the `fetch` you pass, here one that logs method, path, status and time
 * (never a header or body: the login carries the password or API key).
 *
 *   CLOUDCHERRY_USERNAME=... CLOUDCHERRY_PASSWORD=... pnpm cloudcherry-custom-fetch     (or CLOUDCHERRY_API_KEY)
 */
import { cloudcherryOptionsFromEnv, createCloudcherryClient, unwrap } from "@cloud-sdks/cloudcherry";
import type { Env, Log } from "./env.js";
import { createLoggingFetch } from "./logging-fetch.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudcherry = createCloudcherryClient({ ...cloudcherryOptionsFromEnv(env), fetch: createLoggingFetch(log) });
  await unwrap(cloudcherry.GET("/api/questions/active"), "cloudcherry");
  await unwrap(cloudcherry.GET("/api/settings"), "cloudcherry"); // the cached token: no second login
}

runAsScript(import.meta.url, () => main());
