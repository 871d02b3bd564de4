import type { Auth } from "@cloud-sdks/auth";
import { createProviderClient, type ProviderClient, requireString } from "@cloud-sdks/core";
import { setUpCloudmoreAuth } from "./auth.js";
import { cloudmoreThrowOnErrorMiddleware } from "./forbidden-hint.js";
import { pagination, type Paging } from "./generated/pagination.js";
import type { paths } from "./generated/schema.js";
import type { CloudmoreOptions } from "./options.js";

/** A typed openapi-fetch client for the Cloudmore Systems API, with its token layer. */
export type CloudmoreClient = ProviderClient<paths, Paging> & {
  readonly auth: Auth;
  readonly baseUrl: string;
  /** The reseller id passed in the options, if any. */
  readonly resellerId: string | undefined;
};

/**
 * `const cm = createCloudmoreClient({ clientId, clientSecret, username, password })`, then
 * `await cm.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId } } })`.
 */
export function createCloudmoreClient(options: CloudmoreOptions): CloudmoreClient {
  const { auth, baseUrl } = setUpCloudmoreAuth(options);
  const resellerId = options.resellerId === undefined ? undefined : requireString("cloudmore", "resellerId", options.resellerId);
  const client = createProviderClient<paths, Paging>({
    provider: "cloudmore",
    baseUrl,
    fetch: auth.fetch,
    pagination,
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    ...(options.onResponseViolation === undefined ? {} : { onResponseViolation: options.onResponseViolation }),
    // Core's own throwOnError is left off: this one adds the access hint to 403s.
    ...(options.throwOnError ? { middleware: [cloudmoreThrowOnErrorMiddleware()] } : {}),
  });
  return Object.assign(client, { auth, baseUrl, resellerId });
}

