import type { Auth, CreateAuthOptions } from "@cloud-sdks/auth";
import type { FaultServer, TokenResponseBody } from "@cloud-sdks/test-servers";
import type { FaultCase, FaultProbe } from "./fault-case.js";
import { tokenWorld } from "./token-world.js";

/**
 * Lets the fault tests written for vitest in packages/auth/test/faults run as fault cases with
 * their bodies unchanged: `describe`, `it`, `it.each` and `beforeEach` here record FaultCases
 * (each `it` one case, expected to resolve), and `startHarness` builds the old harness on the
 * running case's probe, so its secrets are swept by the runner.
 */
let collecting: { group: string; cases: FaultCase[]; prefix: string[]; before: (() => unknown)[] } | undefined;
let probe: FaultProbe | undefined;

export function startCollecting(group: string): { readonly cases: FaultCase[] } {
  collecting = { group, cases: [], prefix: [], before: [] };
  return collecting;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 90);

export function describe(name: string, body: () => void): void {
  collecting!.prefix.push(name);
  body();
  collecting!.prefix.pop();
}

export function beforeEach(hook: () => unknown): void {
  collecting!.before.push(hook);
}

type Body = (...args: any[]) => Promise<void>;

function addCase(name: string, body: () => Promise<void>): void {
  const { group, cases, prefix, before } = collecting!;
  const hooks = [...before];
  cases.push({
    id: `${group}.${slug(name)}`,
    fault: prefix.at(-1) ?? group,
    does: name,
    expect: "recovered",
    async run(running) {
      probe = running;
      try {
        for (const hook of hooks) await hook();
        await body();
      } finally {
        probe = undefined;
      }
    },
  });
}

/** vitest's title formatting, as far as the ported tests use it: `%s` for array rows, `$field` for object rows. */
function title(name: string, row: unknown): string {
  if (Array.isArray(row)) {
    let index = 0;
    return name.replace(/%s/g, () => String(row[index++]));
  }
  return name.replace(/\$(\w+)/g, (_match, field: string) => String((row as Record<string, unknown>)[field]));
}

export const it = Object.assign((name: string, body: Body) => addCase(name, () => body()), {
  each:
    (rows: readonly unknown[]) =>
    (name: string, body: Body): void => {
      for (const row of rows) addCase(title(name, row), () => (Array.isArray(row) ? body(...row) : body(row)));
    },
});

/** The old harness's shape, on the running case's probe. */
export interface Harness {
  readonly fault: FaultServer;
  readonly clientSecret: string;
  readonly secrets: { push(...values: string[]): void };
  readonly logLines: string[];
  issue(overrides?: TokenResponseBody): TokenResponseBody;
  makeAuth(options?: Partial<CreateAuthOptions>): Auth;
  apiUrl: string;
}

export async function startHarness(): Promise<Harness> {
  const running = probe!;
  const world = await tokenWorld(running);
  const logLines: string[] = [];
  const logger = {
    debug: (line: string) => (logLines.push(line), running.logger.debug(line)),
    warn: (line: string) => (logLines.push(line), running.logger.warn(line)),
  };
  return {
    fault: world.fault,
    clientSecret: world.clientSecret,
    secrets: { push: (...values) => values.forEach((value) => running.secret(value)) },
    logLines,
    issue: world.issue,
    makeAuth: (options = {}) => world.makeAuth({ logger, ...options }),
    apiUrl: world.apiUrl,
  };
}

/** The rejection of `promise`, or a failure if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the promise resolved");
}
