import type { Auth } from "@cloud-sdks/auth";
import { ClientConfigError, createProviderClient, type ProviderClient } from "@cloud-sdks/core";
import { fetchApiKey } from "./api-keys.js";
import { setUpCloudcherryAuth } from "./auth.js";
import { pagination, type Paging } from "./generated/pagination.js";
import type { paths } from "./generated/schema.js";
import type { CloudcherryAuthMode, CloudcherryOptions } from "./options.js";
import { sessionOf, type CloudcherryLoginFields, type CloudcherrySession } from "./session.js";

/** A typed openapi-fetch client for CloudCherry (Webex Experience Management), with its token layer. */
export type CloudcherryClient = ProviderClient<paths, Paging> & {
  /** The token layer: `getTokens()`, `invalidate()`, and the authenticating `fetch`. */
  readonly auth: Auth<CloudcherryLoginFields>;
  /** The API origin in use, without a trailing slash. */
  readonly baseUrl: string;
  /** `"token"` (LoginToken bearer) or `"basic"` (HTTP Basic on every call). */
  readonly authMode: CloudcherryAuthMode;
  /**
   * Who is logged in (userName, primaryRole, station, issued/expires as strings and as Dates, …),
   * from the LoginToken answer; logs in first if needed. Holds no token, so it is safe to log.
   * Token mode only: throws ClientConfigError in basic mode, where there is no login.
   */
  session(): Promise<CloudcherrySession>;
  /** The account's existing API key (`GET /api/GetAPIKey`). It is a secret: never log it. */
  getApiKey(): Promise<string>;
  /** A new API key for the account (`GET /api/GenerateAPIKey`). It is a secret: never log it. */
  generateApiKey(): Promise<string>;
};

/** `const cc = createCloudcherryClient({ username, password })`, then `await cc.GET("/api/questions")`. */
export function createCloudcherryClient(options: CloudcherryOptions): CloudcherryClient {
  const { auth, baseUrl, mode } = setUpCloudcherryAuth(options);
  const client = createProviderClient<paths, Paging>({
    provider: "cloudcherry",
    baseUrl,
    fetch: auth.fetch,
    pagination,
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    ...(options.onResponseViolation === undefined ? {} : { onResponseViolation: options.onResponseViolation }),
    ...(options.throwOnError === undefined ? {} : { throwOnError: options.throwOnError }),
  });
  return Object.assign(client, {
    auth,
    baseUrl,
    authMode: mode,
    async session() {
      if (mode === "basic") throw new ClientConfigError("cloudcherry", "auth", 'is "basic": there is no login, so no session; use auth: "token" for session()');
      return sessionOf((await auth.getTokens()).extra);
    },
    getApiKey: () => fetchApiKey(client, "/api/GetAPIKey"),
    generateApiKey: () => fetchApiKey(client, "/api/GenerateAPIKey"),
  });
}
