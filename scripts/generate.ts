/**
 * `pnpm generate [turbo flags] [--check]`: runs the codegen of every provider through turbo.
 * `--check` belongs to the codegen CLI; every other flag (`--force`, `--filter=…`, `--concurrency`…)
 * is turbo's. Passing them all after `--` made `pnpm generate --force` fail with "unknown option".
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const CODEGEN_FLAGS = new Set(["--check"]);

/** The turbo command line for these arguments: turbo's flags before `--`, the codegen's after. */
export function generateCommand(argv: readonly string[]): string[] {
  const codegen = argv.filter((arg) => CODEGEN_FLAGS.has(arg));
  const turbo = argv.filter((arg) => !CODEGEN_FLAGS.has(arg) && arg !== "--");
  return ["run", "generate", ...turbo, ...(codegen.length > 0 ? ["--", ...codegen] : [])];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = spawnSync("turbo", generateCommand(process.argv.slice(2)), { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}
