/**
 * `pnpm test` runs this first: it checks, in a second, for what the test suite needs beyond
 * `pnpm install`, so a missing tool fails the run up front instead of after many minutes of tests.
 * Each check names what is missing and how to get it; `bash .ci/run` installs all of it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface Requirement {
  /** What the tests need, as the README lists it. */
  readonly name: string;
  /** Why: which tests use it. */
  readonly usedBy: string;
  /** undefined when present, else what is wrong. */
  readonly problem: () => string | undefined;
  readonly install: string;
}

function versionAtLeast(actual: string, minimum: string): boolean {
  const a = actual.replace(/^v/, "").split(".").map(Number);
  const m = minimum.split(".").map(Number);
  for (let index = 0; index < 3; index += 1) {
    if ((a[index] ?? 0) !== (m[index] ?? 0)) return (a[index] ?? 0) > (m[index] ?? 0);
  }
  return true;
}

function commandProblem(command: string, args: readonly string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) return (result.error as NodeJS.ErrnoException).code === "ENOENT" ? `\`${command}\` is not on PATH` : `\`${command} ${args.join(" ")}\` failed: ${result.error.message}`;
  return result.status === 0 ? undefined : `\`${command} ${args.join(" ")}\` exited with ${String(result.status)}`;
}

const enginesNode = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
const minimumNode = enginesNode.replace(/^>=\s*/, "");

export const REQUIREMENTS: readonly Requirement[] = [
  {
    name: `Node.js ${enginesNode} (22 and 24 are the first-class targets)`,
    usedBy: "everything",
    problem: () => (versionAtLeast(process.version, minimumNode) ? undefined : `this is Node ${process.version}`),
    install: "install Node 22 or 24 (https://nodejs.org/)",
  },
  {
    name: "redis-server",
    usedBy: "@cloud-sdks/auth-redis tests and the 8-process fleet test run a real Redis",
    problem: () => commandProblem("redis-server", ["--version"]),
    install: "`sudo apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS)",
  },
  {
    name: "Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH)",
    usedBy: "the runtime matrix's headless browser run (packages/runtime-matrix); no browser is downloaded",
    problem: () => (existsSync(process.env["CHROMIUM_PATH"] || "/usr/bin/chromium") ? undefined : `${process.env["CHROMIUM_PATH"] || "/usr/bin/chromium"} does not exist`),
    install: "`sudo apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to an installed Chrome or Chromium",
  },
];

export function preflight(requirements: readonly Requirement[] = REQUIREMENTS): { ok: boolean; report: string } {
  const missing = requirements.flatMap((requirement) => {
    const problem = requirement.problem();
    return problem === undefined ? [] : [`  - ${requirement.name}: ${problem}. Needed by: ${requirement.usedBy}. Install: ${requirement.install}.`];
  });
  if (missing.length === 0) return { ok: true, report: "" };
  return {
    ok: false,
    report: [`pnpm test cannot run on this machine; missing:`, ...missing, "`bash .ci/run` installs these (as CI does) and then runs `pnpm test`."].join("\n"),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, report } = preflight();
  if (!ok) {
    console.error(report);
    process.exitCode = 1;
  }
}
