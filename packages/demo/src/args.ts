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

export function parseDemoArgs(argv: readonly string[], providers: readonly string[]): DemoRequest {
  // pnpm and turbo may pass the "--" separator through.
  const args = argv.filter((arg) => arg !== "--");
  if (args.length === 0) return { mode: "mock" };
  const [flag, provider, ...extra] = args;
  if (flag === "--help" || flag === "-h") return { mode: "help" };
  if (flag !== "--live") throw new DemoUsageError(`unknown argument "${flag}".`);
  if (provider === undefined) throw new DemoUsageError(`--live needs a provider: one of ${providers.join(", ")}.`);
  if (!providers.includes(provider)) throw new DemoUsageError(`unknown provider "${provider}": choose one of ${providers.join(", ")}.`);
  if (extra.length > 0) throw new DemoUsageError(`unexpected argument "${extra[0]}".`);
  return { mode: "live", provider };
}
