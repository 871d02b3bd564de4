// Compiled and run by test/packed-consumer.test.ts in a project that installed the packed
// tarballs with npm: it sees the packages exactly as a user would, outside the workspace.
import { createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { createCloudlxClient, OAuthError, type Service } from "@cloud-sdks/cloudlx";
import { cloudlxValidation } from "@cloud-sdks/cloudlx/validation";
import { createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import { createRedisTokenStore } from "@cloud-sdks/auth-redis";

interface Env {
  readonly CLOUDLX_URL: string;
  readonly CLOUDMORE_URL: string;
  readonly CLOUDCHERRY_URL: string;
}

const env = (globalThis as unknown as { process: { env: Env } }).process.env;

const cx = createCloudlxClient({
  clientId: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
  clientSecret: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
  baseUrl: env.CLOUDLX_URL,
  validate: cloudlxValidation,
});
const services: readonly Service[] = (await unwrap(cx.GET("/api/services"))).services;

const cm = createCloudmoreClient({
  clientId: "ro.client",
  clientSecret: "3f6c1d9e-client-secret-from-cloudmore",
  username: "api.admin@example-reseller.com",
  password: "N0t-a-real-Pa55word!",
  baseUrl: env.CLOUDMORE_URL,
});
const organizations = await unwrap(
  cm.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId: "ca6430d3-7f6a-0049-8075-72921f062eb8" } } }),
);

const cc = createCloudcherryClient({ username: "acmecx", password: "correct-horse-battery-staple", baseUrl: env.CLOUDCHERRY_URL });
const session = await cc.session();

// Types only: proves the Redis store's declarations resolve for a consumer.
const storeFactory: typeof createRedisTokenStore = createRedisTokenStore;
const errorClass: typeof OAuthError = OAuthError;

console.log(
  JSON.stringify({
    tokenType: (await cx.auth.getTokens()).tokenType,
    services: services.length,
    organizations: organizations.length,
    station: session.station,
    validated: typeof storeFactory === "function" && typeof errorClass === "function",
  }),
);
