/**
 * `tsx scripts/codegen/cli.ts [provider...] [--check] [--root <dir>]`
 *
 * Regenerates packages/<provider>/src/generated/ from specs/<provider>.yaml (every spec when no
 * provider is named). `--check` regenerates in memory and fails on any difference with the disk.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCommandLine, UsageError } from "../args.js";
import { SpecError } from "./errors.js";
import { generatedDirOf, generateProvider, specPathOf } from "./generate.js";
import { findDrift, writeGenerated, type Drift } from "./sync.js";

export const PROVIDER_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const FIX_COMMAND = "run `pnpm generate` and commit the result";


interface Options {
  readonly root: string;
  readonly check: boolean;
  readonly providers: readonly string[];
}

const USAGE = "Usage: generate [provider...] [--check] [--root <dir>]";

function parseArgs(argv: readonly string[]): Options {
  const { values, positionals } = parseCommandLine(argv, { check: { type: "boolean" }, root: { type: "string" } }, USAGE);
  for (const name of positionals) {
    if (!PROVIDER_NAME.test(name)) throw new UsageError(`${JSON.stringify(name)} is not a provider name (lowercase letters, digits and dashes, e.g. \`cloudmore\`).`);
  }
  return {
    root: resolve(values.root ?? resolve(dirname(fileURLToPath(import.meta.url)), "../..")),
    check: values.check === true,
    providers: positionals,
  };
}

function discoverProviders(root: string): string[] {
  const specsDir = join(root, "specs");
  const names = existsSync(specsDir) ? readdirSync(specsDir).filter((name) => name.endsWith(".yaml")).map((name) => name.slice(0, -".yaml".length)) : [];
  return names.filter((name) => PROVIDER_NAME.test(name)).sort();
}

function describeDrift({ path, kind }: Drift, provider: string): string {
  if (kind === "missing") return `  ${path} is missing`;
  if (kind === "unexpected") return `  ${path} is not generated from ${specPathOf(provider)} any more`;
  return `  ${path} differs from what ${specPathOf(provider)} generates (hand edit, or spec changed without regenerating)`;
}

async function runProvider(options: Options, provider: string): Promise<Drift[]> {
  if (!existsSync(join(options.root, specPathOf(provider)))) {
    throw new UsageError(`${specPathOf(provider)} does not exist. Add the spec first, or run \`pnpm new-provider ${provider}\` to scaffold it.`);
  }
  if (!existsSync(join(options.root, "packages", provider))) {
    throw new UsageError(`packages/${provider} does not exist: run \`pnpm new-provider ${provider}\` to scaffold the package.`);
  }
  const files = await generateProvider(options.root, provider);
  const dir = generatedDirOf(provider);
  if (options.check) {
    const drift = await findDrift(options.root, dir, files);
    if (drift.length === 0) console.log(`${dir} is up to date with ${specPathOf(provider)}.`);
    return drift;
  }
  const written = await writeGenerated(options.root, dir, files);
  console.log(`${dir}: ${written.length === 0 ? "already up to date" : `${written.length} file(s) updated`} from ${specPathOf(provider)}.`);
  return [];
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const providers = options.providers.length > 0 ? options.providers : discoverProviders(options.root);
    if (providers.length === 0) throw new UsageError(`no specs found in ${join(options.root, "specs")}: add specs/<provider>.yaml.`);
    const drifted: string[] = [];
    for (const provider of providers) {
      for (const drift of await runProvider(options, provider)) drifted.push(describeDrift(drift, provider));
    }
    if (drifted.length > 0) {
      console.error(`Generated code is out of date:\n${drifted.join("\n")}\nTo fix: ${FIX_COMMAND}.`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof SpecError || error instanceof UsageError) {
      console.error(`generate: ${error.message}`);
      return 1;
    }
    // Anything else is a generator bug; keep the stack out of the user's way unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`generate: unexpected failure (${message}). This is a bug in scripts/codegen; rerun with DEBUG=codegen for the stack.`);
    if (process.env["DEBUG"]?.includes("codegen") && error instanceof Error) console.error(error.stack);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
