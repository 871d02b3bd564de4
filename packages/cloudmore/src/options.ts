import type { ClientAuthentication } from "@cloud-sdks/auth";
import type { ClientOptionsBase } from "@cloud-sdks/core";

/** The hosts in specs/cloudmore.yaml `servers`, production first; /connect/token lives on each. */
export const CLOUDMORE_HOSTS = {
  production: "https://api.cloudmore.com",
  staging: "https://api-staging.cloudmore.com",
} as const;

/** A named Cloudmore host: `"production"` or `"staging"`. */
export type CloudmoreEnvironment = keyof typeof CLOUDMORE_HOSTS;

/** Everything `createCloudmoreClient` and `createCloudmoreAuth` accept. */
export interface CloudmoreOptions extends ClientOptionsBase<CloudmoreEnvironment> {
  /** The API client id Cloudmore support issued with the secret. */
  readonly clientId: string;
  /** The API secret Cloudmore support emailed you. Keep it out of code: see `cloudmoreOptionsFromEnv`. */
  readonly clientSecret: string;
  /** A reseller Super Admin user with "allow REST API access" ticked. */
  readonly username: string;
  /** That user's password; it is sent in every token request, so Cloudmore recommends a complex one. */
  readonly password: string;
  /**
   * How the client id and secret reach /connect/token: form parameters (the guide's table,
   * default) or HTTP Basic (`"client_secret_basic"`). Cloudmore accepts both.
   */
  readonly clientAuthentication?: ClientAuthentication;
  /** Your reseller id from Cloudmore support, for convenience in `{resellerId}` paths. */
  readonly resellerId?: string;
}
