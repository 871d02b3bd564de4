import { checkBaseUrl, ClientConfigError, MissingEnvError, processEnv, readEnv, type EnvRecord } from "@cloud-sdks/core";
import type { CloudcherryAuthMode, CloudcherryOptions } from "./options.js";

/**
 * The documented environment variables. CloudCherry's guide asks for secrets there (server side),
 * never in source code or in mobile/desktop apps. `CLOUDCHERRY_USERNAME` is required, and exactly
 * one of `CLOUDCHERRY_PASSWORD` / `CLOUDCHERRY_API_KEY`.
 */
export const CLOUDCHERRY_ENV = {
  required: ["CLOUDCHERRY_USERNAME"],
  oneOf: ["CLOUDCHERRY_PASSWORD", "CLOUDCHERRY_API_KEY"],
  optional: ["CLOUDCHERRY_AUTH", "CLOUDCHERRY_BASE_URL"],
} as const;

function isAuthMode(value: string): value is CloudcherryAuthMode {
  return value === "token" || value === "basic";
}

const SECRET_CHOICE = "CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY";

/**
 * Client options from the environment (`process.env` by default; edge runtimes pass their own
 * record). Throws MissingEnvError naming every missing variable, or ClientConfigError naming a
 * variable with a bad value. Values never appear in errors.
 */
export function cloudcherryOptionsFromEnv(env: EnvRecord = processEnv()): CloudcherryOptions {
  const values = readEnv("cloudcherry", { required: [], optional: [...CLOUDCHERRY_ENV.required, ...CLOUDCHERRY_ENV.oneOf, ...CLOUDCHERRY_ENV.optional] }, env);
  const username = values.CLOUDCHERRY_USERNAME;
  const password = values.CLOUDCHERRY_PASSWORD;
  const apiKey = values.CLOUDCHERRY_API_KEY;
  const hasSecret = password !== undefined || apiKey !== undefined;

  if (username === undefined && !hasSecret) {
    throw new MissingEnvError("cloudcherry", ["CLOUDCHERRY_USERNAME", SECRET_CHOICE], "the username, plus a password or an API key");
  }
  if (username === undefined) throw new MissingEnvError("cloudcherry", ["CLOUDCHERRY_USERNAME"]);
  if (!hasSecret) throw new MissingEnvError("cloudcherry", [SECRET_CHOICE], "one of them, never in code");
  if (password !== undefined && apiKey !== undefined) {
    throw new ClientConfigError("cloudcherry", "CLOUDCHERRY_API_KEY", "cannot be set together with CLOUDCHERRY_PASSWORD: unset one of them");
  }

  const auth = values.CLOUDCHERRY_AUTH;
  if (auth !== undefined && !isAuthMode(auth)) {
    throw new ClientConfigError("cloudcherry", "CLOUDCHERRY_AUTH", 'must be "token" (default) or "basic"');
  }
  const baseUrl = values.CLOUDCHERRY_BASE_URL;
  // https is enforced by the client, which knows whether `allowInsecureHttp` is set.
  if (baseUrl !== undefined) checkBaseUrl("cloudcherry", "CLOUDCHERRY_BASE_URL", baseUrl, "https://api.getcloudcherry.com", true);

  const common = { username, ...(auth === undefined ? {} : { auth }), ...(baseUrl === undefined ? {} : { baseUrl }) };
  return password !== undefined ? { ...common, password } : { ...common, apiKey: apiKey as string };
}
