/**
 * CloudCherry: who am I (from the login response's extra fields), and the active questions.
 *
 *   CLOUDCHERRY_USERNAME=... CLOUDCHERRY_PASSWORD=... pnpm cloudcherry     (or CLOUDCHERRY_API_KEY)
 *
 * A 401 "Authorization has been denied" makes the client log in once more and resend.
 */
import { cloudcherryOptionsFromEnv, createCloudcherryClient, unwrap } from "@cloud-sdks/cloudcherry";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudcherry = createCloudcherryClient(cloudcherryOptionsFromEnv(env));

  // The login answer's extra fields, typed (userName, primaryRole, station, expires as a Date, ...).
  const session = await cloudcherry.session();
  log(`logged in as ${session.userName} (${session.primaryRole}, station ${session.station})`);

  // unwrap(): the data, or an ApiError (status, parsed body, request id) for a non-2xx answer.
  const questions = await unwrap(cloudcherry.GET("/api/questions/active"), "cloudcherry");
  for (const question of questions) log(`question ${question.id}: ${question.text}`);
}

runAsScript(import.meta.url, () => main());
