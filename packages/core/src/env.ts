import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";

export type EnvRecord = Readonly<Record<string, string | undefined>>;

/** Required environment variables that are not set (their values are never part of the message). */
export class MissingEnvError extends CloudSdksClientError {
  readonly variables: ReadonlyArray<string>;

  constructor(provider: string, variables: ReadonlyArray<string>, hint?: string) {
    super(
      CLIENT_ERROR_CODES.envMissing,
      `@cloud-sdks/${provider}: set ${variables.join(", ")} in the environment${hint ? ` (${hint})` : ""}.`,
    );
    this.variables = variables;
  }
}

/**
 * The process environment where there is one (Node, Bun, Deno with --allow-env via its `process`
 * shim); edge runtimes and browsers pass their own record instead.
 */
export function processEnv(): EnvRecord {
  const candidate = (globalThis as { process?: { env?: EnvRecord } }).process;
  return candidate?.env ?? {};
}

/** Reads named variables; empty strings count as unset, since shells export them by mistake. */
export function readEnv<const R extends string, const O extends string = never>(
  provider: string,
  names: { readonly required: ReadonlyArray<R>; readonly optional?: ReadonlyArray<O> },
  env: EnvRecord = processEnv(),
  hint?: string,
): Record<R, string> & Partial<Record<O, string>> {
  const out: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of names.required) {
    const value = env[name];
    if (value) out[name] = value;
    else missing.push(name);
  }
  if (missing.length > 0) throw new MissingEnvError(provider, missing, hint);
  for (const name of names.optional ?? []) {
    const value = env[name];
    if (value) out[name] = value;
  }
  return out as Record<R, string> & Partial<Record<O, string>>;
}
