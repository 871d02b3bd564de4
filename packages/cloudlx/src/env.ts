import { checkBaseUrl, ClientConfigError, processEnv, readEnv, type EnvRecord } from "@cloud-sdks/core";
import { CLOUDLX_HOSTS, type CloudlxEnvironment, type CloudlxOptions } from "./options.js";

/** Documented environment variables: CLOUDLX_CLIENT_ID, CLOUDLX_CLIENT_SECRET (required), CLOUDLX_ENVIRONMENT, CLOUDLX_BASE_URL, CLOUDLX_API_VERSION. */
export const CLOUDLX_ENV = {
  required: ["CLOUDLX_CLIENT_ID", "CLOUDLX_CLIENT_SECRET"],
  optional: ["CLOUDLX_ENVIRONMENT", "CLOUDLX_BASE_URL", "CLOUDLX_API_VERSION"],
} as const;

/**
 * Credentials and host from the environment, so secrets stay out of code. A `MissingEnvError` names
 * every missing variable; a `ClientConfigError` names a variable whose value is unusable.
 */
export function cloudlxOptionsFromEnv(env: EnvRecord = processEnv()): CloudlxOptions {
  const values = readEnv("cloudlx", CLOUDLX_ENV, env, "from the CloudLX portal's API Applications section");
  const environment = values.CLOUDLX_ENVIRONMENT;
  if (environment !== undefined && !isEnvironment(environment)) {
    throw new ClientConfigError("cloudlx", "CLOUDLX_ENVIRONMENT", `must be one of ${Object.keys(CLOUDLX_HOSTS).map((name) => `"${name}"`).join(", ")}`);
  }
  // Checked here so the error names the variable; https is enforced by the client, which knows `allowInsecureHttp`.
  if (values.CLOUDLX_BASE_URL !== undefined) checkBaseUrl("cloudlx", "CLOUDLX_BASE_URL", values.CLOUDLX_BASE_URL, CLOUDLX_HOSTS.production, true);
  const apiVersion = values.CLOUDLX_API_VERSION === undefined ? undefined : parseApiVersion(values.CLOUDLX_API_VERSION);
  return {
    clientId: values.CLOUDLX_CLIENT_ID,
    clientSecret: values.CLOUDLX_CLIENT_SECRET,
    ...(environment === undefined ? {} : { environment }),
    ...(values.CLOUDLX_BASE_URL === undefined ? {} : { baseUrl: values.CLOUDLX_BASE_URL }),
    ...(apiVersion === undefined ? {} : { apiVersion }),
  };
}

function isEnvironment(name: string): name is CloudlxEnvironment {
  return Object.hasOwn(CLOUDLX_HOSTS, name);
}

// Number("") is 0 and Number("1e0") is 1: only plain digits are a version.
function parseApiVersion(text: string): number {
  if (!/^[1-9]\d*$/.test(text.trim())) {
    throw new ClientConfigError("cloudlx", "CLOUDLX_API_VERSION", 'must be a positive whole number such as "1"');
  }
  return Number(text.trim());
}
