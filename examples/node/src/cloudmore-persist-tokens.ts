/**
 * Cloudmore token persistence: a script run every few minutes (cron, CI) reuses the JWT of its last
 * run (Cloudmore's last 24 hours) instead of sending the password grant each time. Run it twice:
 * only the first run requests a token.
 *
 *   CLOUDMORE_CLIENT_ID=... CLOUDMORE_CLIENT_SECRET=... CLOUDMORE_USERNAME=... CLOUDMORE_PASSWORD=... \
 *   pnpm cloudmore-persist-tokens
 *
 * The file (default ~/.cache/cloud-sdks/cloudmore-tokens.json, or CLOUD_SDKS_TOKEN_FILE) is mode
 * 0600 and holds tokens only, never the client secret or the password.
 */
import { homedir } from "node:os";
import path from "node:path";
import { cloudmoreOptionsFromEnv, createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";
import { createFileTokenStore } from "./token-file-store.js";

export function tokenFileOf(env: Env): string {
  return env["CLOUD_SDKS_TOKEN_FILE"] || path.join(homedir(), ".cache", "cloud-sdks", "cloudmore-tokens.json");
}

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const file = tokenFileOf(env);
  const cloudmore = createCloudmoreClient({
    ...cloudmoreOptionsFromEnv(env),
    store: createFileTokenStore(file),
    // Called for each token Cloudmore issues, not for one read back from the file.
    onTokens: (tokens) => log(`new access token, valid until ${new Date(tokens.expiresAt).toISOString()}`),
  });

  const categories = await unwrap(cloudmore.GET("/api/services/categories"), "cloudmore");
  log(`${categories.length} service categories; tokens kept in ${file}`);
}

runAsScript(import.meta.url, () => main());
