import type { ClientOptionsBase } from "@cloud-sdks/core";

/** The hosts in specs/cloudlx.yaml `servers`, production first. */
export const CLOUDLX_HOSTS = {
  production: "https://cloudlx.epsilontel.com",
  demo: "https://democloudlx.epsilontel.com",
} as const;

export type CloudlxEnvironment = keyof typeof CLOUDLX_HOSTS;

/** CloudLX issues refresh tokens that live 7 days; after that the client credentials grant again. */
export const CLOUDLX_REFRESH_TOKEN_LIFETIME_SECONDS = 604_800;

/** Everything `createCloudlxClient` and `createCloudlxAuth` accept. */
export interface CloudlxOptions extends ClientOptionsBase<CloudlxEnvironment> {
  /** From the CloudLX portal's API Applications section. */
  readonly clientId: string;
  /** From the CloudLX portal's API Applications section. Keep it out of code: see `cloudlxOptionsFromEnv`. */
  readonly clientSecret: string;
  /**
   * The API version sent as `Accept: application/vnd.cloudlx.v<N>+json` on every request.
   * CloudLX raises it only for breaking changes, deprecations and auth changes. Default 1.
   */
  readonly apiVersion?: number;
}

/** The vendor media type CloudLX versions its API by. */
export function cloudlxMediaType(apiVersion = 1): string {
  return `application/vnd.cloudlx.v${apiVersion}+json`;
}
