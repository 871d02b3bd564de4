/**
 * Cloudmore: list the service categories and the reseller's organizations.
 *
 *   CLOUDMORE_CLIENT_ID=... CLOUDMORE_CLIENT_SECRET=... CLOUDMORE_USERNAME=... CLOUDMORE_PASSWORD=... \
 *   CLOUDMORE_RESELLER_ID=<uuid> pnpm cloudmore
 *
 * The password grant (scope=api) runs on the first call; the JWT is reused until it expires.
 */
import { cloudmoreOptionsFromEnv, createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudmore = createCloudmoreClient(cloudmoreOptionsFromEnv(env));

  // unwrap(): the data, or an ApiError (status, parsed body, request id) for a non-2xx answer.
  const categories = await unwrap(cloudmore.GET("/api/services/categories"), "cloudmore");
  for (const category of categories) log(`category ${category.name}`);

  const { resellerId } = cloudmore; // CLOUDMORE_RESELLER_ID, optional
  if (!resellerId) {
    log("set CLOUDMORE_RESELLER_ID to list the reseller's organizations too");
    return;
  }
  const organizations = await unwrap(
    cloudmore.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId }, query: { showActive: true } } }),
    "cloudmore",
  );
  for (const organization of organizations) log(`organization ${organization.name}`);
}

runAsScript(import.meta.url, () => main());
