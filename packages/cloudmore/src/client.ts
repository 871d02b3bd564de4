import type { Auth } from "@cloud-sdks/auth";
import { createProviderClient } from "@cloud-sdks/core";
import type { Client } from "openapi-fetch";
import { setUpCloudmoreAuth } from "./auth.js";
import type { paths } from "./generated/schema.js";
import type { CloudmoreOptions } from "./options.js";

/** A typed openapi-fetch client for the Cloudmore Systems API, with its token layer. */
export type CloudmoreClient = Client<paths> & {
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
  const client = createProviderClient<paths>({
    provider: "cloudmore",
    baseUrl,
    fetch: auth.fetch,
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    ...(options.throwOnError === undefined ? {} : { throwOnError: options.throwOnError }),
    loadResponseSchemas: () => import("./validation.js").then((module) => module.lookupResponseSchema),
  });
  return Object.assign(client, { auth, baseUrl, resellerId: options.resellerId });
}

/** The id of a resource a 201 Created answer points at: the last segment of its `Location`. */
export function createdIdOf(result: { readonly response: Response }): string | undefined {
  const location = result.response.headers.get("location");
  if (location === null) return undefined;
  return new URL(location, result.response.url || "https://placeholder.invalid").pathname.split("/").filter(Boolean).pop();
}
