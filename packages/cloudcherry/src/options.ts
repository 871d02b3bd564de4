import type { ClientOptionsBase } from "@cloud-sdks/core";
import type { CloudcherryLoginFields } from "./session.js";

/** The host in specs/cloudcherry.yaml; CloudCherry routes to your region (the login's `station`) itself. */
export const CLOUDCHERRY_HOSTS = { production: "https://api.getcloudcherry.com" } as const;

/** A named CloudCherry host: only `"production"` exists. */
export type CloudcherryEnvironment = keyof typeof CLOUDCHERRY_HOSTS;

/**
 * `"token"` (default): log in at /api/LoginToken and send the bearer token.
 * `"basic"`: HTTP Basic with the password or API key on every call, no login (CloudCherry meant it for testing).
 */
export type CloudcherryAuthMode = "token" | "basic";

interface CloudcherryOptionsBase extends ClientOptionsBase<CloudcherryEnvironment, CloudcherryLoginFields> {
  /** The CloudCherry username. */
  readonly username: string;
  /** How requests are authenticated; default `"token"`. */
  readonly auth?: CloudcherryAuthMode;
}

/** Log in with the account password… Keep it out of code: see `cloudcherryOptionsFromEnv`. */
export interface CloudcherryPasswordOptions extends CloudcherryOptionsBase {
  readonly password: string;
  readonly apiKey?: undefined;
}

/** …or with an API key (from GetAPIKey / GenerateAPIKey) in its place. It is a secret too. */
export interface CloudcherryApiKeyOptions extends CloudcherryOptionsBase {
  readonly apiKey: string;
  readonly password?: undefined;
}

/** Everything `createCloudcherryClient` and `createCloudcherryAuth` accept: a password or an API key, not both. */
export type CloudcherryOptions = CloudcherryPasswordOptions | CloudcherryApiKeyOptions;
