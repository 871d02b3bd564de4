/**
 * CloudCherry: who am I (from the login response's extra fields), and the active questions.
 *
 *   CLOUDCHERRY_USERNAME=... CLOUDCHERRY_PASSWORD=... pnpm cloudcherry     (or CLOUDCHERRY_API_KEY)
 *
 * A 401 "Authorization has been denied" makes the client log in once more and resend.
 */
import { cloudcherryOptionsFromEnv, createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudcherry = createCloudcherryClient(cloudcherryOptionsFromEnv(env));

  const { extra } = await cloudcherry.auth.getTokens();
  log(`logged in as ${String(extra["userName"])} (${String(extra["primaryRole"])}, station ${String(extra["station"])})`);

  const questions = await cloudcherry.GET("/api/questions/active");
  if (questions.error !== undefined) throw new Error(`GET /api/questions/active answered HTTP ${questions.response.status}`);
  for (const question of questions.data) log(`question ${question.id}: ${question.text}`);
}

runAsScript(import.meta.url, () => main());
