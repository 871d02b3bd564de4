import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { parseArgs } from "./args.js";
import { formatDrift, runDrift } from "./drift.js";
import { CliUsageError, UnknownProviderError } from "./errors.js";
import { helpText } from "./help.js";
import { CLI_PROVIDERS, type Env } from "./providers.js";
import { tokenResponseJson } from "./token-json.js";

/** Where the CLI writes; the process streams in the bin, buffers in tests. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Runs `cloud-sdks <args>` and resolves to the exit code: 0 success, 1 failure (the message is
 * on stderr, typed and secret-free), 2 wrong usage. Never throws.
 */
export async function runCli(argv: readonly string[], env: Env, output: CliOutput): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === "help") {
      output.stdout(`${helpText()}\n`);
      return 0;
    }
    if (command.command === "version") {
      output.stdout(`${packageVersion()}\n`);
      return 0;
    }
    const provider = CLI_PROVIDERS.find((candidate) => candidate.name === command.provider);
    if (provider === undefined) {
      throw new UnknownProviderError(command.provider, CLI_PROVIDERS.map((candidate) => candidate.name));
    }
    if (command.command === "drift") {
      const report = await runDrift(provider, env, command.params, describeForReport);
      output.stdout(`${formatDrift(report)}\n`);
      if (command.out !== undefined) await writeFile(command.out, `${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const source = provider.fromEnv(env);
    if (command.json) {
      output.stdout(`${JSON.stringify(tokenResponseJson(await source.getTokens(), Date.now()), null, 2)}\n`);
    } else {
      output.stdout(`${await source.getAccessToken()}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      output.stderr(`cloud-sdks: ${error.message}\nRun "cloud-sdks --help" for usage.\n`);
      return 2;
    }
    output.stderr(`cloud-sdks: ${describe(error)}\n`);
    return 1;
  }
}

/**
 * The error as the user should see it. Every error of the SDK packages is secret-free by
 * contract; anything else is reduced to its class and message, without stack or cause.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === "string" ? `[${code}] ` : `${error.name}: `}${error.message}`;
}

/**
 * For a report that may be shared: SDK errors (with a `code`) are secret-free by contract; any other
 * error (a JSON parse error quotes the body) is reduced to its class.
 */
function describeForReport(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string") return describe(error);
  return `${error instanceof Error ? error.name : typeof error} (its message may quote the response, so it is left out)`;
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}
