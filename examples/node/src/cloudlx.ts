/**
 * CloudLX: list the account's services and ports.
 *
 *   CLOUDLX_CLIENT_ID=... CLOUDLX_CLIENT_SECRET=... pnpm cloudlx
 *
 * Tokens (client credentials, refreshed through /api/oauth2/refresh-token) are handled by the client.
 */
import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";
import type { Env, Log } from "./env.js";
import { runAsScript } from "./run-as-script.js";

export async function main(env: Env = process.env, log: Log = console.log): Promise<void> {
  const cloudlx = createCloudlxClient(cloudlxOptionsFromEnv(env));

  const services = await cloudlx.GET("/api/services");
  if (services.error !== undefined) throw new Error(`GET /api/services answered HTTP ${services.response.status}`);
  for (const service of services.data.services) log(`service ${service.id}: ${service.name} (${service.bandwidth})`);

  const ports = await cloudlx.GET("/api/ports");
  if (ports.error !== undefined) throw new Error(`GET /api/ports answered HTTP ${ports.response.status}`);
  for (const port of ports.data.ports) log(`port ${port.id}: ${port.name}`);
}

runAsScript(import.meta.url, () => main());
