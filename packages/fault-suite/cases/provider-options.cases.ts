import { cloudcherryOptionsFromEnv, createCloudcherryAuth, createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { cloudlxOptionsFromEnv, createCloudlxAuth, createCloudlxClient } from "@cloud-sdks/cloudlx";
import { cloudmoreOptionsFromEnv, createCloudmoreAuth, createCloudmoreClient } from "@cloud-sdks/cloudmore";
import { CLIENT_ERROR_CODES } from "@cloud-sdks/core";
import { check } from "../src/check.js";
import type { FaultCase, FaultProbe } from "../src/fault-case.js";

const CONFIG_INVALID = { code: CLIENT_ERROR_CODES.configInvalid } as const;

interface Provider {
  readonly name: string;
  /** Valid options, with the secrets registered with the probe. */
  options(probe: FaultProbe): Record<string, unknown>;
  /** The same as environment variables. */
  env(probe: FaultProbe): Record<string, string>;
  readonly client: (options: never) => unknown;
  readonly auth: (options: never) => unknown;
  readonly fromEnv: (env: Record<string, string>) => unknown;
  readonly environments: string;
  /** What the "no options" message suggests passing. */
  readonly example: string;
}

const PROVIDERS: readonly Provider[] = [
  {
    name: "cloudlx",
    options: (probe) => ({ clientId: "cx-id", clientSecret: probe.secret("cx-secret-5f1d2a") }),
    env: (probe) => ({ CLOUDLX_CLIENT_ID: "cx-id", CLOUDLX_CLIENT_SECRET: probe.secret("cx-secret-5f1d2a") }),
    client: createCloudlxClient,
    auth: createCloudlxAuth,
    fromEnv: cloudlxOptionsFromEnv,
    environments: '"production", "demo"',
    example: "{ clientId, clientSecret }",
  },
  {
    name: "cloudmore",
    options: (probe) => ({ clientId: "cm-id", clientSecret: probe.secret("cm-secret-77ab01"), username: "admin", password: probe.secret("cm-password-90ce") }),
    env: (probe) => ({
      CLOUDMORE_CLIENT_ID: "cm-id",
      CLOUDMORE_CLIENT_SECRET: probe.secret("cm-secret-77ab01"),
      CLOUDMORE_USERNAME: "admin",
      CLOUDMORE_PASSWORD: probe.secret("cm-password-90ce"),
    }),
    client: createCloudmoreClient,
    auth: createCloudmoreAuth,
    fromEnv: cloudmoreOptionsFromEnv,
    environments: '"production", "staging"',
    example: "{ clientId, clientSecret, username, password }",
  },
  {
    name: "cloudcherry",
    options: (probe) => ({ username: "cc-user", password: probe.secret("cc-password-3b7e") }),
    env: (probe) => ({ CLOUDCHERRY_USERNAME: "cc-user", CLOUDCHERRY_PASSWORD: probe.secret("cc-password-3b7e") }),
    client: createCloudcherryClient,
    auth: createCloudcherryAuth,
    fromEnv: cloudcherryOptionsFromEnv,
    environments: '"production"',
    example: "{ username, password }",
  },
];

/** Runs `create` and checks the error it throws names `option` and says `says`; returns that error. */
function optionError(create: () => unknown, option: string, says: string): unknown {
  let error: unknown;
  try {
    create();
  } catch (thrown) {
    error = thrown;
  }
  const { option: named, message } = (error ?? {}) as { option?: unknown; message?: unknown };
  check(named === option, `the error names option ${option}, got ${String(named)}`);
  check(typeof message === "string" && message.includes(says), `the message says "${says}": ${String(message).slice(0, 200)}`);
  return error;
}

/** The case's outcome is the error itself, so the runner checks its code and sweeps it for secrets. */
const rejectWith = (error: unknown) => Promise.reject(error);

function casesFor(provider: Provider): FaultCase[] {
  const variable = `${provider.name.toUpperCase()}_BASE_URL`;
  return [
    {
      id: `provider-options.${provider.name}-no-options`,
      fault: `create${provider.name[0]!.toUpperCase()}${provider.name.slice(1)}Client(undefined) (and the Auth factory)`,
      does: "throws ClientConfigError naming `options` and what to pass, never a raw TypeError",
      expect: CONFIG_INVALID,
      async run() {
        optionError(() => provider.auth(undefined as never), "options", `must be an object such as ${provider.example}`);
        return rejectWith(optionError(() => provider.client(undefined as never), "options", `must be an object such as ${provider.example}`));
      },
    },
    {
      id: `provider-options.${provider.name}-http-base-url`,
      fault: `${provider.name}: an http baseUrl to a non-loopback host`,
      does: "throws ClientConfigError naming `baseUrl` (the option the user set, not createAuth's apiBaseUrl)",
      expect: CONFIG_INVALID,
      run: async (probe) => rejectWith(optionError(() => provider.client({ ...provider.options(probe), baseUrl: "http://api.example.com" } as never), "baseUrl", "must use https")),
    },
    {
      id: `provider-options.${provider.name}-proto-environment`,
      fault: `${provider.name}: environment "__proto__"`,
      does: "throws ClientConfigError naming `environment` and listing the valid ones (own-property lookup)",
      expect: CONFIG_INVALID,
      run: async (probe) => rejectWith(optionError(() => provider.client({ ...provider.options(probe), environment: "__proto__" } as never), "environment", `must be one of ${provider.environments}`)),
    },
    {
      id: `provider-options.${provider.name}-env-base-url-not-a-url`,
      fault: `${variable}=not-a-url`,
      does: `throws ClientConfigError naming ${variable}, the variable the user set`,
      expect: CONFIG_INVALID,
      run: async (probe) => rejectWith(optionError(() => provider.fromEnv({ ...provider.env(probe), [variable]: "not-a-url" }), variable, "must be an absolute URL")),
    },
  ];
}

const cases: readonly FaultCase[] = PROVIDERS.flatMap(casesFor);

export default cases;
