import type { TokenSet } from "@cloud-sdks/auth";
import { cloudcherryOptionsFromEnv, createCloudcherryAuth, createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { operations as cloudcherryOperations } from "@cloud-sdks/cloudcherry/operations";
import { cloudlxOptionsFromEnv, createCloudlxAuth, createCloudlxClient } from "@cloud-sdks/cloudlx";
import { operations as cloudlxOperations } from "@cloud-sdks/cloudlx/operations";
import { cloudmoreOptionsFromEnv, createCloudmoreAuth, createCloudmoreClient } from "@cloud-sdks/cloudmore";
import { operations as cloudmoreOperations } from "@cloud-sdks/cloudmore/operations";
import { MissingEnvError, type ResponseViolationHandler } from "@cloud-sdks/core";
import { cloudcherryValidation } from "@cloud-sdks/cloudcherry/validation";
import { cloudlxValidation } from "@cloud-sdks/cloudlx/validation";
import { cloudmoreValidation } from "@cloud-sdks/cloudmore/validation";

export type Env = Readonly<Record<string, string | undefined>>;

/** The token side of a provider, from environment credentials only. */
export interface TokenSource {
  getAccessToken(): Promise<string>;
  getTokens(): Promise<TokenSet>;
}

/** What `drift` needs of an operation: the generated operation table's entries. */
export interface DriftOperation {
  readonly method: string;
  readonly path: string;
  readonly key: string;
  readonly security: "none" | "required";
  readonly pathParams: readonly string[];
  readonly requiredQuery: readonly string[];
}

/** The slice of an openapi-fetch client `drift` calls, untyped: it walks every path of the spec. */
export interface DriftClient {
  GET(path: string, init: { params: { path: Record<string, string>; query: Record<string, string> } }): Promise<{ response: Response }>;
}

export interface CliProvider {
  readonly name: string;
  readonly title: string;
  /** Throws the provider's MissingEnvError naming every unset variable. */
  readonly fromEnv: (env: Env) => TokenSource;
  readonly fromEnvFunction: string;
  /** A client whose validation records violations instead of throwing. */
  readonly recordingClient: (env: Env, onViolation: ResponseViolationHandler) => DriftClient;
  readonly operations: Readonly<Record<string, DriftOperation>>;
}

/** Every provider `cloud-sdks token` knows, by command-line name. */
export const CLI_PROVIDERS: readonly CliProvider[] = [
  {
    name: "cloudmore",
    title: "Cloudmore",
    fromEnv: (env) => createCloudmoreAuth(cloudmoreOptionsFromEnv(env)),
    fromEnvFunction: "cloudmoreOptionsFromEnv",
    recordingClient: (env, onResponseViolation) => createCloudmoreClient({ ...cloudmoreOptionsFromEnv(env), validate: cloudmoreValidation, onResponseViolation }) as unknown as DriftClient,
    operations: cloudmoreOperations,
  },
  {
    name: "cloudcherry",
    title: "CloudCherry",
    fromEnv: (env) => createCloudcherryAuth(cloudcherryOptionsFromEnv(env)),
    fromEnvFunction: "cloudcherryOptionsFromEnv",
    recordingClient: (env, onResponseViolation) => createCloudcherryClient({ ...cloudcherryOptionsFromEnv(env), validate: cloudcherryValidation, onResponseViolation }) as unknown as DriftClient,
    operations: cloudcherryOperations,
  },
  {
    name: "cloudlx",
    title: "CloudLX",
    fromEnv: (env) => createCloudlxAuth(cloudlxOptionsFromEnv(env)),
    fromEnvFunction: "cloudlxOptionsFromEnv",
    recordingClient: (env, onResponseViolation) => createCloudlxClient({ ...cloudlxOptionsFromEnv(env), validate: cloudlxValidation, onResponseViolation }) as unknown as DriftClient,
    operations: cloudlxOperations,
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
