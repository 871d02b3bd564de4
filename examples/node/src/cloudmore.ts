/**
 * Cloudmore: list the service categories and the reseller's organizations.
 *
 *   CLOUDMORE_CLIENT_ID=... CLOUDMORE_CLIENT_SECRET=... CLOUDMORE_USERNAME=... CLOUDMORE_PASSWORD=... \
 *   CLOUDMORE_RESELLER_ID=<uuid> pnpm cloudmore
 *
 * The password grant (scope=api) runs on the first call; the JWT is reused until it expires.
 */
import { cloudmoreOptionsFromEnv, createCloudmoreClient } from "@cloud-sdks/cloudmore";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudmore = createCloudmoreClient(cloudmoreOptionsFromEnv(env));

  const categories = await cloudmore.GET("/api/services/categories");
  if (categories.error !== undefined) throw new Error(`GET /api/services/categories answered HTTP ${categories.response.status}`);
  for (const category of categories.data) log(`category ${category.name}`);

  const { resellerId } = cloudmore; // CLOUDMORE_RESELLER_ID, optional
  if (!resellerId) {
    log("set CLOUDMORE_RESELLER_ID to list the reseller's organizations too");
    return;
  }
  const organizations = await cloudmore.GET("/api/resellers/{resellerId}/Organizations", {
    params: { path: { resellerId }, query: { showActive: true } },
  });
  if (organizations.error !== undefined) throw new Error(`GET /api/resellers/{resellerId}/Organizations answered HTTP ${organizations.response.status}`);
  for (const organization of organizations.data) log(`organization ${organization.name}`);
}

runAsScript(import.meta.url, () => main());
