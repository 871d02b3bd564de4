import { parseArgs, type ParseArgsConfig } from "node:util";

/** Wrong command-line usage: the scripts print the message (which ends with the usage) and exit non-zero. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs for the repository's scripts: strict, positionals allowed, the "--" that
 * pnpm and turbo pass through dropped, and node's TypeError turned into a UsageError that ends
 * with `usage` (node's own hint about "--" does not apply once the separator is dropped).
 */
export function parseCommandLine<const O extends Options>(
  argv: readonly string[],
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv.filter((arg) => arg !== "--"), options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    const missing = /^Option '(\S+) <value>' argument missing/.exec(message);
    const reason = unknown ? `unknown option ${unknown[1]}.` : missing ? `${missing[1]} needs a value.` : message.replace(/\.?$/, ".");
    throw new UsageError(`${reason} ${usage}`);
  }
}
