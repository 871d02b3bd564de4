/**
 * Token persistence: a script run every few minutes (cron, CI) reuses the token of its last run
 * instead of requesting a new one each time. Run it twice: only the first run requests a token.
 *
 *   CLOUDLX_CLIENT_ID=... CLOUDLX_CLIENT_SECRET=... pnpm cloudlx-persist-tokens
 *
 * The file (default ~/.cache/cloud-sdks/cloudlx-tokens.json, or CLOUD_SDKS_TOKEN_FILE) is mode 0600
 * and holds tokens only, never the client secret.
 */
import { homedir } from "node:os";
import path from "node:path";
import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";
import { createFileTokenStore } from "./token-file-store.js";

export function tokenFileOf(env: Env): string {
  return env["CLOUD_SDKS_TOKEN_FILE"] || path.join(homedir(), ".cache", "cloud-sdks", "cloudlx-tokens.json");
}

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const file = tokenFileOf(env);
  const cloudlx = createCloudlxClient({
    ...cloudlxOptionsFromEnv(env),
    store: createFileTokenStore(file),
    // Called for each token the provider issues, not for one read back from the file.
    onTokens: (tokens) => log(`new access token, valid until ${new Date(tokens.expiresAt).toISOString()}`),
  });

  const services = await cloudlx.GET("/api/services");
  if (services.error !== undefined) throw new Error(`GET /api/services answered HTTP ${services.response.status}`);
  log(`${services.data.services.length} services; tokens kept in ${file}`);
}

runAsScript(import.meta.url, () => main());
