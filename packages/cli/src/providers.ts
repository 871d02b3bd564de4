import type { TokenSet } from "@cloud-sdks/auth";
import { cloudcherryOptionsFromEnv, createCloudcherryAuth } from "@cloud-sdks/cloudcherry";
import { cloudlxOptionsFromEnv, createCloudlxAuth } from "@cloud-sdks/cloudlx";
import { cloudmoreOptionsFromEnv, createCloudmoreAuth } from "@cloud-sdks/cloudmore";
import { MissingEnvError } from "@cloud-sdks/core";

export type Env = Readonly<Record<string, string | undefined>>;

/** The token side of a provider, from environment credentials only. */
export interface TokenSource {
  getAccessToken(): Promise<string>;
  getTokens(): Promise<TokenSet>;
}

export interface CliProvider {
  readonly name: string;
  readonly title: string;
  /** Throws the provider's MissingEnvError naming every unset variable. */
  readonly fromEnv: (env: Env) => TokenSource;
  readonly fromEnvFunction: string;
}

/** Every provider `cloud-sdks token` knows, by command-line name. */
export const CLI_PROVIDERS: readonly CliProvider[] = [
  {
    name: "cloudmore",
    title: "Cloudmore",
    fromEnv: (env) => createCloudmoreAuth(cloudmoreOptionsFromEnv(env)),
    fromEnvFunction: "cloudmoreOptionsFromEnv",
  },
  {
    name: "cloudcherry",
    title: "CloudCherry",
    fromEnv: (env) => createCloudcherryAuth(cloudcherryOptionsFromEnv(env)),
    fromEnvFunction: "cloudcherryOptionsFromEnv",
  },
  {
    name: "cloudlx",
    title: "CloudLX",
    fromEnv: (env) => createCloudlxAuth(cloudlxOptionsFromEnv(env)),
    fromEnvFunction: "cloudlxOptionsFromEnv",
  },
];

/**
 * The variables a provider requires, read from the provider package itself (what its
 * `xOptionsFromEnv` reports missing, round after round, as placeholders fill the earlier ones), so
 * the help never drifts from it. Entries like "A or B" are alternatives.
 */
export function requiredVariables(provider: CliProvider): readonly string[] {
  const required: string[] = [];
  const placeholders: Record<string, string> = {};
  for (let round = 0; round < 5; round += 1) {
    try {
      provider.fromEnv(placeholders);
      break;
    } catch (error) {
      if (!(error instanceof MissingEnvError) || error.variables.length === 0) break;
      for (const variable of error.variables) {
        required.push(variable);
        const first = variable.split(" or ")[0] ?? variable;
        placeholders[first] = "placeholder";
      }
    }
  }
  return required;
}
