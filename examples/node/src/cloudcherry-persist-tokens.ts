/**
 * CloudCherry token persistence: a script run every few minutes (cron, CI) reuses the login of its
 * last run (CloudCherry's tokens last 12 to 24 hours) instead of logging in each time. Run it
 * twice: only the first run calls /api/LoginToken.
 *
 *   CLOUDCHERRY_USERNAME=... CLOUDCHERRY_PASSWORD=... pnpm cloudcherry-persist-tokens     (or CLOUDCHERRY_API_KEY)
 *
 * The file (default ~/.cache/cloud-sdks/cloudcherry-tokens.json, or CLOUD_SDKS_TOKEN_FILE) is mode
 * 0600 and holds the token and the login's profile fields (userName, station, ...), never the
 * password or API key.
 */
import { homedir } from "node:os";
import path from "node:path";
import { cloudcherryOptionsFromEnv, createCloudcherryClient, unwrap } from "@cloud-sdks/cloudcherry";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";
import { createFileTokenStore } from "./token-file-store.js";

export function tokenFileOf(env: Env): string {
  return env["CLOUD_SDKS_TOKEN_FILE"] || path.join(homedir(), ".cache", "cloud-sdks", "cloudcherry-tokens.json");
}

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const file = tokenFileOf(env);
  const cloudcherry = createCloudcherryClient({
    ...cloudcherryOptionsFromEnv(env),
    store: createFileTokenStore(file),
    // Called for each login CloudCherry answers, not for one read back from the file.
    onTokens: (tokens) => log(`new access token, valid until ${new Date(tokens.expiresAt).toISOString()}`),
  });

  // The session (userName, station, ...) comes from the stored login too: no request on a reuse.
  const session = await cloudcherry.session();
  const questions = await unwrap(cloudcherry.GET("/api/questions/active"), "cloudcherry");
  log(`${session.userName}: ${questions.length} active questions; tokens kept in ${file}`);
}

runAsScript(import.meta.url, () => main());
