import type { Auth } from "@cloud-sdks/auth";
import { createProviderClient, type ProviderClient } from "@cloud-sdks/core";
import { setUpCloudlxAuth } from "./auth.js";
import { pagination, type Paging } from "./generated/pagination.js";
import type { paths } from "./generated/schema.js";
import type { CloudlxOptions } from "./options.js";

/** A typed openapi-fetch client for CloudLX, with its token layer. */
export type CloudlxClient = ProviderClient<paths, Paging> & {
  /** Tokens: `getAccessToken()`, `getTokens()`, `invalidate()`. */
  readonly auth: Auth;
  readonly baseUrl: string;
};

/**
 * `const cx = createCloudlxClient({ clientId, clientSecret }); await cx.GET("/api/services")`.
 * Tokens are fetched, cached, refreshed and retried for you; every request carries the
 * versioned `Accept: application/vnd.cloudlx.v1+json`.
 */
export function createCloudlxClient(options: CloudlxOptions): CloudlxClient {
  const { auth, baseUrl, mediaType } = setUpCloudlxAuth(options);
  const client = createProviderClient<paths, Paging>({
    provider: "cloudlx",
    baseUrl,
    fetch: auth.fetch,
    pagination,
    headers: { accept: mediaType },
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    ...(options.onResponseViolation === undefined ? {} : { onResponseViolation: options.onResponseViolation }),
    ...(options.throwOnError === undefined ? {} : { throwOnError: options.throwOnError }),
  });
  return Object.assign(client, { auth, baseUrl });
}
