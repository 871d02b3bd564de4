import type { CreateAuthOptions } from "@cloud-sdks/auth";
import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import type { ResponseValidation } from "./response-validation.js";
import type { ResponseViolationHandler } from "./response-drift.js";

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
  /**
   * Validate in record mode (with `validate`): every live response that breaks the spec (undocumented
   * status, media type, missing, extra or mistyped field) is reported here, with shapes instead of
   * values, and returned to the caller instead of throwing. `cloud-sdks drift` uses it.
   */
  readonly onResponseViolation?: ResponseViolationHandler;
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

/** Throws unless the options argument is an object: `createXClient()` without one would fail with a bare TypeError. */
export function requireOptions<T>(provider: string, options: T, example: string): NonNullable<T> {
  if (typeof options !== "object" || options === null) {
    throw new ClientConfigError(provider, "options", `must be an object such as ${example}`);
  }
  return options;
}

// The same transport rule as @cloud-sdks/auth, checked here so the error names `baseUrl`, the
// option the user set, instead of createAuth's `apiBaseUrl`.
function isLoopback(url: URL): boolean {
  return url.hostname === "localhost" || url.hostname === "[::1]" || /^127(\.\d+){3}$/.test(url.hostname);
}

/** `baseUrl` if given (validated), else the host of `environment`, else the first (production) host. */
export function resolveBaseUrl<TEnvironment extends string>(
  provider: string,
  hosts: Readonly<Record<TEnvironment, string>>,
  options: {
    readonly baseUrl?: string | undefined;
    readonly environment?: TEnvironment | undefined;
    readonly allowInsecureHttp?: boolean | undefined;
  },
): string {
  const names = Object.keys(hosts) as TEnvironment[];
  if (options.baseUrl !== undefined) return checkBaseUrl(provider, "baseUrl", options.baseUrl, Object.values<string>(hosts)[0], options.allowInsecureHttp === true);
  const environment: unknown = options.environment ?? names[0];
  // hasOwn: "__proto__" or "constructor" would otherwise find Object.prototype's members.
  if (typeof environment !== "string" || !Object.hasOwn(hosts, environment)) {
    throw new ClientConfigError(provider, "environment", `must be one of ${names.map((n) => `"${n}"`).join(", ")}`);
  }
  return hosts[environment as TEnvironment];
}

/**
 * `value` as an API origin without a trailing slash, or a ClientConfigError naming `option` (an
 * option or an environment variable): an absolute http(s) URL without credentials, https unless
 * the host is loopback or `allowInsecureHttp` is set.
 */
export function checkBaseUrl(provider: string, option: string, value: unknown, example = "https://api.example.com", allowInsecureHttp = false): string {
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    throw new ClientConfigError(provider, option, `must be an absolute URL such as ${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ClientConfigError(provider, option, `must be an http(s) URL such as ${example}`);
  }
  if (url.username || url.password) {
    throw new ClientConfigError(provider, option, "must not embed credentials: pass them as their own options");
  }
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopback(url)) {
    throw new ClientConfigError(provider, option, `must use https (plain http only for loopback hosts, or with \`allowInsecureHttp: true\` in tests), such as ${example}`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Throws naming `option` unless `value` is a non-empty string. */
export function requireString(provider: string, option: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ClientConfigError(provider, option, "is required and must be a non-empty string");
  }
  return value;
}
