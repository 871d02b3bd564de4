import type { ClientOptionsBase } from "@cloud-sdks/core";
import type { CloudcherryLoginFields } from "./session.js";

/** The host in specs/cloudcherry.yaml; CloudCherry routes to your region itself. */
export const CLOUDCHERRY_HOSTS = { production: "https://api.getcloudcherry.com" } as const;

export type CloudcherryEnvironment = keyof typeof CLOUDCHERRY_HOSTS;

interface CloudcherryOptionsBase extends ClientOptionsBase<CloudcherryEnvironment, CloudcherryLoginFields> {
  readonly username: string;
  /**
   * `"token"` (default): log in at /api/LoginToken and send the bearer token.
   * `"basic"`: HTTP Basic with the password or API key on every call (CloudCherry meant it for testing).
   */
  readonly auth?: "token" | "basic";
}

/** Log in with the account password… */
export interface CloudcherryPasswordOptions extends CloudcherryOptionsBase {
  readonly password: string;
  readonly apiKey?: undefined;
}

/** …or with an API key (from GetAPIKey / GenerateAPIKey) in its place. */
export interface CloudcherryApiKeyOptions extends CloudcherryOptionsBase {
  readonly apiKey: string;
  readonly password?: undefined;
}

/** Everything `createCloudcherryClient` and `createCloudcherryAuth` accept: a password or an API key, not both. */
export type CloudcherryOptions = CloudcherryPasswordOptions | CloudcherryApiKeyOptions;
