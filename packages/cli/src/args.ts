import { parseArgs as parseNodeArgs } from "node:util";
import { CliUsageError } from "./errors.js";

/** What the command line asks for. */
export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "token"; readonly provider: string; readonly json: boolean }
  | { readonly command: "drift"; readonly provider: string; readonly out?: string; readonly params: Readonly<Record<string, string>> };

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  json: { type: "boolean" },
  out: { type: "string" },
  param: { type: "string", multiple: true },
} as const;

/** Which options each command takes besides --help and --version. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = { token: ["json"], drift: ["out", "param"] };

/**
 * Parses `cloud-sdks [--help] [--version] token <provider> [--json]` and
 * `cloud-sdks drift <provider> [--out file] [--param name=value]...`.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0) throw new CliUsageError("no command given.");
  // Not strict: an unknown option becomes our usage error (exit 2) instead of node's TypeError.
  const { values, positionals, tokens } = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  if (values.help === true || positionals[0] === "help") return { command: "help" };
  if (values.version === true) return { command: "version" };
  const [command, provider, extra] = positionals;
  if (command === undefined) throw new CliUsageError("no command given.");
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) throw new CliUsageError(`unknown command "${command}".`);
  const allowed = COMMAND_OPTIONS[command]!;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!allowed.includes(token.name)) throw new CliUsageError(`unknown option "${token.rawName}".`);
    const takesValue = OPTIONS[token.name as keyof typeof OPTIONS].type === "string";
    if (takesValue && token.value === undefined) throw new CliUsageError(`${token.rawName} needs a value.`);
    if (!takesValue && token.value !== undefined) throw new CliUsageError(`option "${token.rawName}" takes no value.`);
  }
  if (provider === undefined) throw new CliUsageError(`${command} needs a provider.`);
  if (extra !== undefined) throw new CliUsageError(`unexpected argument "${extra}".`);
  if (command === "token") return { command: "token", provider, json: values.json === true };
  const params: Record<string, string> = {};
  for (const pair of (values.param as string[] | undefined) ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new CliUsageError(`--param takes name=value, got "${pair}".`);
    params[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const out = values.out as string | undefined;
  return { command: "drift", provider, params, ...(out === undefined ? {} : { out }) };
}
