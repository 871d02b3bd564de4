import { parseArgs as parseNodeArgs } from "node:util";
import { CliUsageError } from "./errors.js";

/** What the command line asks for. */
export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "token"; readonly provider: string; readonly json: boolean };

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  json: { type: "boolean" },
} as const;

/** Parses `cloud-sdks [--help] [--version] token <provider> [--json]`. */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0) throw new CliUsageError("no command given.");
  // Not strict: an unknown option becomes our usage error (exit 2) instead of node's TypeError.
  const { values, positionals, tokens } = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  if (values.help === true || positionals[0] === "help") return { command: "help" };
  if (values.version === true) return { command: "version" };
  const [command, provider, extra] = positionals;
  if (command !== "token") throw new CliUsageError(command === undefined ? "no command given." : `unknown command "${command}".`);
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new CliUsageError(`unknown option "${token.rawName}".`);
    if (token.value !== undefined) throw new CliUsageError(`option "${token.rawName}" takes no value.`);
  }
  if (provider === undefined) throw new CliUsageError("token needs a provider.");
  if (extra !== undefined) throw new CliUsageError(`unexpected argument "${extra}".`);
  return { command: "token", provider, json: values.json === true };
}
