import { CliUsageError } from "./errors.js";

/** What the command line asks for. */
export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "token"; readonly provider: string; readonly json: boolean };

/** Parses `cloud-sdks [--help] [--version] token <provider> [--json]`. */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0) throw new CliUsageError("no command given.");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv.includes("--version")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "token") throw new CliUsageError(`unknown command "${command}".`);
  let json = false;
  const positional: string[] = [];
  for (const arg of rest) {
    if (arg === "--json") json = true;
    else if (arg.startsWith("-")) throw new CliUsageError(`unknown option "${arg}".`);
    else positional.push(arg);
  }
  const [provider, extra] = positional;
  if (provider === undefined) throw new CliUsageError("token needs a provider.");
  if (extra !== undefined) throw new CliUsageError(`unexpected argument "${extra}".`);
  return { command: "token", provider, json };
}
