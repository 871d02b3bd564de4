import type { ClientAuthentication } from "@cloud-sdks/auth";
import { checkBaseUrl, ClientConfigError, processEnv, readEnv, type EnvRecord } from "@cloud-sdks/core";
import { CLOUDMORE_HOSTS, type CloudmoreEnvironment, type CloudmoreOptions } from "./options.js";

/** Documented environment variables. */
export const CLOUDMORE_ENV = {
  required: ["CLOUDMORE_CLIENT_ID", "CLOUDMORE_CLIENT_SECRET", "CLOUDMORE_USERNAME", "CLOUDMORE_PASSWORD"],
  optional: ["CLOUDMORE_ENVIRONMENT", "CLOUDMORE_BASE_URL", "CLOUDMORE_CLIENT_AUTH", "CLOUDMORE_RESELLER_ID"],
} as const;

const CLIENT_AUTH: Readonly<Record<string, ClientAuthentication>> = { body: "client_secret_post", basic: "client_secret_basic" };

/** Credentials and host from the environment, so secrets stay out of code. */
export function cloudmoreOptionsFromEnv(env: EnvRecord = processEnv()): CloudmoreOptions {
  const values = readEnv("cloudmore", CLOUDMORE_ENV, env, "the API secret and reseller id come from Cloudmore support");
  const clientAuth = values.CLOUDMORE_CLIENT_AUTH;
  // hasOwn: "constructor" and friends are not client auth methods.
  const clientAuthentication = clientAuth !== undefined && Object.hasOwn(CLIENT_AUTH, clientAuth) ? CLIENT_AUTH[clientAuth] : undefined;
  if (clientAuth !== undefined && clientAuthentication === undefined) {
    throw new ClientConfigError("cloudmore", "CLOUDMORE_CLIENT_AUTH", 'must be "body" or "basic"');
  }
  const environment = values.CLOUDMORE_ENVIRONMENT;
  if (environment !== undefined && !isEnvironment(environment)) {
    throw new ClientConfigError("cloudmore", "CLOUDMORE_ENVIRONMENT", `must be one of ${Object.keys(CLOUDMORE_HOSTS).map((n) => `"${n}"`).join(", ")}`);
  }
  // Checked here so the error names the variable; https is enforced by the client, which knows `allowInsecureHttp`.
  if (values.CLOUDMORE_BASE_URL !== undefined) checkBaseUrl("cloudmore", "CLOUDMORE_BASE_URL", values.CLOUDMORE_BASE_URL, CLOUDMORE_HOSTS.production, true);
  return {
    clientId: values.CLOUDMORE_CLIENT_ID,
    clientSecret: values.CLOUDMORE_CLIENT_SECRET,
    username: values.CLOUDMORE_USERNAME,
    password: values.CLOUDMORE_PASSWORD,
    ...(environment === undefined ? {} : { environment }),
    ...(values.CLOUDMORE_BASE_URL === undefined ? {} : { baseUrl: values.CLOUDMORE_BASE_URL }),
    ...(clientAuthentication === undefined ? {} : { clientAuthentication }),
    ...(values.CLOUDMORE_RESELLER_ID === undefined ? {} : { resellerId: values.CLOUDMORE_RESELLER_ID }),
  };
}

function isEnvironment(name: string): name is CloudmoreEnvironment {
  return Object.hasOwn(CLOUDMORE_HOSTS, name);
}
