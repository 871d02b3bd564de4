import { CliUsageError } from "./errors.js";

/** What the command line asks for. */
export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "token"; readonly provider: string; readonly json: boolean }
  | { readonly command: "drift"; readonly provider: string; readonly out?: string; readonly params: Readonly<Record<string, string>> };

/** Parses `cloud-sdks [--help] [--version] token <provider> [--json]`. */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0) throw new CliUsageError("no command given.");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv.includes("--version")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command === "drift") return parseDrift(rest);
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

/** `drift <provider> [--out file] [--param name=value]...` */
function parseDrift(rest: readonly string[]): CliCommand {
  const params: Record<string, string> = {};
  let out: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === "--out" || arg === "--param") {
      const value = rest[(i += 1)];
      if (value === undefined) throw new CliUsageError(`${arg} needs a value.`);
      if (arg === "--out") out = value;
      else {
        const eq = value.indexOf("=");
        if (eq <= 0) throw new CliUsageError(`--param takes name=value, got "${value}".`);
        params[value.slice(0, eq)] = value.slice(eq + 1);
      }
    } else if (arg.startsWith("-")) throw new CliUsageError(`unknown option "${arg}".`);
    else positional.push(arg);
  }
  const [provider, extra] = positional;
  if (provider === undefined) throw new CliUsageError("drift needs a provider.");
  if (extra !== undefined) throw new CliUsageError(`unexpected argument "${extra}".`);
  return { command: "drift", provider, params, ...(out === undefined ? {} : { out }) };
}
