import { processEnv, readEnv, type EnvRecord } from "@cloud-sdks/core";
import { CLOUDLX_HOSTS, type CloudlxEnvironment, type CloudlxOptions } from "./options.js";

/** Documented environment variables: CLOUDLX_CLIENT_ID, CLOUDLX_CLIENT_SECRET (required), CLOUDLX_ENVIRONMENT, CLOUDLX_BASE_URL, CLOUDLX_API_VERSION. */
export const CLOUDLX_ENV = {
  required: ["CLOUDLX_CLIENT_ID", "CLOUDLX_CLIENT_SECRET"],
  optional: ["CLOUDLX_ENVIRONMENT", "CLOUDLX_BASE_URL", "CLOUDLX_API_VERSION"],
} as const;

/** Credentials and host from the environment, so secrets stay out of code. */
export function cloudlxOptionsFromEnv(env: EnvRecord = processEnv()): CloudlxOptions {
  const values = readEnv("cloudlx", CLOUDLX_ENV, env, "from the CloudLX portal's API Applications section");
  const environment = values.CLOUDLX_ENVIRONMENT as CloudlxEnvironment | undefined;
  return {
    clientId: values.CLOUDLX_CLIENT_ID,
    clientSecret: values.CLOUDLX_CLIENT_SECRET,
    ...(environment === undefined ? {} : { environment }),
    ...(values.CLOUDLX_BASE_URL === undefined ? {} : { baseUrl: values.CLOUDLX_BASE_URL }),
    ...(values.CLOUDLX_API_VERSION === undefined ? {} : { apiVersion: Number(values.CLOUDLX_API_VERSION) }),
  };
}

export type { CloudlxEnvironment };
export { CLOUDLX_HOSTS };
