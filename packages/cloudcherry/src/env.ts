import { ClientConfigError, MissingEnvError, processEnv, readEnv, type EnvRecord } from "@cloud-sdks/core";
import type { CloudcherryOptions } from "./options.js";

/** Documented environment variables: the seed asks for secrets there, never in code or shipped apps. */
export const CLOUDCHERRY_ENV = {
  required: ["CLOUDCHERRY_USERNAME"],
  optional: ["CLOUDCHERRY_PASSWORD", "CLOUDCHERRY_API_KEY", "CLOUDCHERRY_AUTH", "CLOUDCHERRY_BASE_URL"],
} as const;

/** Credentials from the environment: CLOUDCHERRY_USERNAME plus CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY. */
export function cloudcherryOptionsFromEnv(env: EnvRecord = processEnv()): CloudcherryOptions {
  const hint = "set CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY as well";
  const values = readEnv("cloudcherry", CLOUDCHERRY_ENV, env, hint);
  const auth = values.CLOUDCHERRY_AUTH as "token" | "basic" | undefined;
  if (auth !== undefined && auth !== "token" && auth !== "basic") {
    throw new ClientConfigError("cloudcherry", "CLOUDCHERRY_AUTH", 'must be "token" or "basic"');
  }
  const common = {
    username: values.CLOUDCHERRY_USERNAME,
    ...(auth === undefined ? {} : { auth }),
    ...(values.CLOUDCHERRY_BASE_URL === undefined ? {} : { baseUrl: values.CLOUDCHERRY_BASE_URL }),
  };
  if (values.CLOUDCHERRY_PASSWORD !== undefined) return { ...common, password: values.CLOUDCHERRY_PASSWORD };
  if (values.CLOUDCHERRY_API_KEY !== undefined) return { ...common, apiKey: values.CLOUDCHERRY_API_KEY };
  throw new MissingEnvError("cloudcherry", ["CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY"]);
}
