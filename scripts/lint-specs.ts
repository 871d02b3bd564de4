/**
 * `pnpm lint:specs [spec.yaml...] [--config redocly.yaml]`
 *
 * Runs Redocly with the repository's ruleset on specs/*.yaml (or the files named) and prints one
 * line per problem: `file:line:col  severity  rule  message`, so editors and CI logs link to it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCommandLine, UsageError } from "./args.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface LintProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
}

export interface LintResult {
  readonly exitCode: number;
  readonly problems: readonly LintProblem[];
  /** What the user sees. */
  readonly output: string;
}

function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
}

interface RedoclyJsonReport {
  readonly problems: ReadonlyArray<{
    readonly ruleId: string;
    readonly severity: string;
    readonly message: string;
    readonly location: ReadonlyArray<{ readonly source: { readonly ref: string }; readonly start?: { readonly line: number; readonly col: number } }>;
  }>;
}

/** Redocly prints one JSON report per linted file, back to back (`}{`): split them at depth 0. */
function jsonDocuments(text: string): string[] {
  const documents: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") {
      if (depth === 0) start = index;
      depth += 1;
    } else if (char === "}") {
      depth -= 1;
      if (depth === 0) documents.push(text.slice(start, index + 1));
    }
  }
  return documents;
}

/** Redocly's `--format=json` reports: each problem's first location, with its line and column. */
export function parseJsonReport(stdout: string): LintProblem[] {
  // A spec that does not parse ends the run before its report: stderr says why.
  return jsonDocuments(stdout).flatMap((document) => (JSON.parse(document) as RedoclyJsonReport).problems.map((problem) => {
    const location = problem.location[0];
    return {
      file: location?.source.ref ?? "",
      line: location?.start?.line ?? 1,
      column: location?.start?.col ?? 1,
      severity: problem.severity,
      rule: problem.ruleId,
      message: problem.message.trim(),
    };
  }));
}

/** Drops Redocly's boxed banners and progress lines, keeping its own error reports. */
function usefulStderr(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !/[║╔╚═]/.test(line))
    .filter((line) => !/^validating |: validated in \d+ms$|--generate-ignore-file|^Woohoo!/.test(line))
    .filter((line) => line.trim() !== "")
    .join("\n");
}

export function lintSpecs(files: readonly string[], configPath = join(REPO_ROOT, "redocly.yaml"), cwd = process.cwd()): LintResult {
  const result = spawnSync(
    process.execPath,
    [redoclyCli(), "lint", ...files, `--config=${configPath}`, "--format=json", "--max-problems=1000", "--lint-config=error"],
    {
      cwd,
      encoding: "utf8",
      // No telemetry or update check from CI or tests.
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  const problems = parseJsonReport(result.stdout ?? "").sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const exitCode = result.status ?? 1;
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.rule}  ${p.message}`);
  if (exitCode !== 0 && problems.length === 0) {
    lines.push(usefulStderr(result.stderr ?? "") || `redocly lint failed (exit ${exitCode}) without reporting a problem.`);
    lines.push("Fix the file so it parses as an OpenAPI 3.1 document (top-level `openapi: 3.1.0`, `info`, `paths`).");
  } else if (exitCode !== 0) {
    const errors = problems.filter((p) => p.severity === "error").length;
    lines.push(`lint:specs: ${errors} error(s). Each line is file:line:col, severity, rule, message; rules are documented at https://redocly.com/docs/cli/rules/ (project rules: redocly.yaml and scripts/redocly/).`);
  } else {
    lines.push(`lint:specs: ${files.length} spec(s) clean${problems.length > 0 ? ` (${problems.length} warning(s))` : ""}.`);
  }
  return { exitCode, problems, output: lines.join("\n") };
}

const USAGE = "Usage: pnpm lint:specs [spec.yaml...] [--config redocly.yaml]";

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseCommandLine(argv, { config: { type: "string" } }, USAGE);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`lint:specs: ${error.message}`);
    return 2;
  }
  const config = parsed.values.config;
  const files = [...parsed.positionals];
  const explicitFiles = files.length > 0;
  if (!explicitFiles) {
    const specsDir = join(REPO_ROOT, "specs");
    const found = existsSync(specsDir) ? readdirSync(specsDir).filter((name) => name.endsWith(".yaml")).sort() : [];
    if (found.length === 0) {
      console.error(`lint:specs: no specs in ${specsDir}: add specs/<provider>.yaml (or run \`pnpm new-provider <name>\`).`);
      return 1;
    }
    // Repo-relative, so problems read `specs/x.yaml:12:3` whether run from the root or by turbo in specs/.
    files.push(...found.map((name) => join("specs", name)));
  }
  const cwd = explicitFiles ? process.cwd() : REPO_ROOT;
  const result = lintSpecs(files, config ? resolve(config) : undefined, cwd);
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  return result.exitCode === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
