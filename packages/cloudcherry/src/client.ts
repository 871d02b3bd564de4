import type { Auth } from "@cloud-sdks/auth";
import { ClientConfigError, createProviderClient, unwrap } from "@cloud-sdks/core";
import type { Client } from "openapi-fetch";
import { setUpCloudcherryAuth } from "./auth.js";
import type { paths } from "./generated/schema.js";
import type { CloudcherryOptions } from "./options.js";
import { sessionOf, type CloudcherryLoginFields, type CloudcherrySession } from "./session.js";

/** A typed openapi-fetch client for CloudCherry (Webex Experience Management), with its token layer. */
export type CloudcherryClient = Client<paths> & {
  readonly auth: Auth<CloudcherryLoginFields>;
  readonly baseUrl: string;
  /** Who is logged in (userName, primaryRole, station, …), from the LoginToken answer. Token mode only. */
  session(): Promise<CloudcherrySession>;
  /** The account's existing API key. It is a secret: never log it. */
  getApiKey(): Promise<string>;
  /** A new API key for the account. It is a secret: never log it. */
  generateApiKey(): Promise<string>;
};

/** `const cc = createCloudcherryClient({ username, password })`, then `await cc.GET("/api/questions")`. */
export function createCloudcherryClient(options: CloudcherryOptions): CloudcherryClient {
  const { auth, baseUrl, mode } = setUpCloudcherryAuth(options);
  const client = createProviderClient<paths>({
    provider: "cloudcherry",
    baseUrl,
    fetch: auth.fetch,
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    ...(options.throwOnError === undefined ? {} : { throwOnError: options.throwOnError }),
    loadResponseSchemas: () => import("./validation.js").then((module) => module.lookupResponseSchema),
  });
  return Object.assign(client, {
    auth,
    baseUrl,
    async session() {
      if (mode === "basic") throw new ClientConfigError("cloudcherry", "auth", 'is "basic": there is no login, so no session; use auth: "token"');
      return sessionOf((await auth.getTokens()).extra);
    },
    getApiKey: () => unwrap(client.GET("/api/GetAPIKey"), "cloudcherry"),
    generateApiKey: () => unwrap(client.GET("/api/GenerateAPIKey"), "cloudcherry"),
  });
}
