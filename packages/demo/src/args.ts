import { parseArgs } from "node:util";

/** What `pnpm demo [--live <provider>]` asked for. */
export type DemoRequest = { readonly mode: "mock" } | { readonly mode: "live"; readonly provider: string } | { readonly mode: "help" };

/** Wrong arguments: the demo prints the message and the usage, and exits with 2. */
export class DemoUsageError extends Error {
  override readonly name = "DemoUsageError";
}

export const DEMO_USAGE = `Usage:
  pnpm demo                    run every provider client against Prism mocks of the specs
  pnpm demo --live <provider>  run the read-only calls against the real provider
                               (credentials from the provider's environment variables)`;

const OPTIONS = { live: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

export function parseDemoArgs(argv: readonly string[], providers: readonly string[]): DemoRequest {
  // pnpm and turbo may pass the "--" separator through.
  const args = argv.filter((arg) => arg !== "--");
  // Not strict: unknown options and a --live without its value become our usage errors.
  const { values, positionals, tokens } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  if (values.help === true) return { mode: "help" };
  for (const token of tokens) {
    if (token.kind === "option" && !Object.hasOwn(OPTIONS, token.name)) throw new DemoUsageError(`unknown argument "${token.rawName}".`);
  }
  const live = values.live;
  if (live === undefined) {
    if (positionals.length > 0) throw new DemoUsageError(`unknown argument "${positionals[0]}".`);
    return { mode: "mock" };
  }
  // `--live` as the last argument parses as a boolean; `--live --x` would take "--x" as its value.
  if (typeof live !== "string" || live.startsWith("-")) throw new DemoUsageError(`--live needs a provider: one of ${providers.join(", ")}.`);
  if (!providers.includes(live)) throw new DemoUsageError(`unknown provider "${live}": choose one of ${providers.join(", ")}.`);
  if (positionals.length > 0) throw new DemoUsageError(`unexpected argument "${positionals[0]}".`);
  return { mode: "live", provider: live };
}
