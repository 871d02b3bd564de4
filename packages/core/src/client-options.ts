import type { CreateAuthOptions } from "@cloud-sdks/auth";
import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import type { ResponseValidation } from "./response-validation.js";

// One list, used both for the type (so the docs and types come from auth) and for copying the
// options at runtime.
/** The token-layer options a provider client passes straight to `createAuth`. */
export const SHARED_AUTH_OPTIONS = [
  "fetch",
  "store",
  "onTokens",
  "retry",
  "timeoutMs",
  "tokenTimeoutMs",
  "refreshWindow",
  "allowInsecureHttp",
  "logger",
  "now",
  "signal",
] as const;

/** One of {@link SHARED_AUTH_OPTIONS}. */
export type SharedAuthOptionName = (typeof SHARED_AUTH_OPTIONS)[number];

/** Options every provider client takes besides its credentials. */
export interface ClientOptionsBase<TEnvironment extends string, TExtra = Readonly<Record<string, unknown>>>
  extends Pick<CreateAuthOptions<TExtra>, SharedAuthOptionName> {
  /** API origin; overrides `environment`. Token endpoints live on the same host. */
  readonly baseUrl?: string;
  /** A named host from the provider's spec, production by default. */
  readonly environment?: TEnvironment;
  /**
   * Check each documented JSON response against the spec: pass the provider's schemas, e.g.
   * `import { cloudlxValidation } from "@cloud-sdks/cloudlx/validation"`. Off by default.
   */
  readonly validate?: ResponseValidation | false;
  /** Throw `ApiError` for non-2xx answers instead of returning `{ error, response }`. */
  readonly throwOnError?: boolean;
}

/** A client option that cannot work, named with what to pass instead. */
export class ClientConfigError extends CloudSdksClientError {
  readonly option: string;

  constructor(provider: string, option: string, problem: string) {
    super(CLIENT_ERROR_CODES.configInvalid, `@cloud-sdks/${provider}: option \`${option}\` ${problem}.`);
    this.option = option;
  }
}

/** The options a provider passes straight to `createAuth`, without undefined keys. */
export function sharedAuthOptions<T extends Partial<Record<SharedAuthOptionName, unknown>>>(
  options: T,
): Pick<T, SharedAuthOptionName> {
  const picked: Partial<Record<SharedAuthOptionName, unknown>> = {};
  for (const name of SHARED_AUTH_OPTIONS) {
    if (options[name] !== undefined) picked[name] = options[name];
  }
  return picked as Pick<T, SharedAuthOptionName>;
}

/** `baseUrl` if given (validated), else the host of `environment`, else the first (production) host. */
export function resolveBaseUrl<TEnvironment extends string>(
  provider: string,
  hosts: Readonly<Record<TEnvironment, string>>,
  options: { readonly baseUrl?: string | undefined; readonly environment?: TEnvironment | undefined },
): string {
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new ClientConfigError(provider, "baseUrl", `must be an absolute URL such as ${Object.values<string>(hosts)[0]}`);
    }
    return url.href.replace(/\/+$/, "");
  }
  const names = Object.keys(hosts) as TEnvironment[];
  const environment = options.environment ?? names[0];
  const host = environment === undefined ? undefined : hosts[environment];
  if (host === undefined) {
    throw new ClientConfigError(provider, "environment", `must be one of ${names.map((n) => `"${n}"`).join(", ")}`);
  }
  return host;
}

/** Throws naming `option` unless `value` is a non-empty string. */
export function requireString(provider: string, option: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ClientConfigError(provider, option, "is required and must be a non-empty string");
  }
  return value;
}
