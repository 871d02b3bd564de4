/**
 * `pnpm pack:release [--out <dir>] [--json]`
 *
 * Packs exactly the packages `changeset publish` would publish (every workspace package without
 * `"private": true`) into one directory, default `tarballs/`, emptied first. `pnpm -r pack` would
 * also pack the private ones (demo, test servers, examples) with whatever lies in them.
 * Build first: the root script runs `turbo run build` before this.
 *
 * The repository's LICENSE reaches every tarball without a copy per package: pnpm packs the
 * workspace root's LICENSE into a package that has none (https://pnpm.io/cli/publish), and
 * `changeset publish` publishes through pnpm. packages/pack-test checks each tarball for it.
 */
import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseCommandLine, UsageError } from "./args.js";

const run = promisify(execFile);
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface PackedPackage {
  readonly name: string;
  readonly tarball: string;
}

interface WorkspacePackage {
  readonly name?: string;
  readonly path: string;
  readonly private?: boolean;
}

/** The workspace packages a release publishes, in name order. */
export async function publishablePackages(root = REPO_ROOT): Promise<Array<{ name: string; path: string }>> {
  const { stdout } = await run("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: root });
  return (JSON.parse(stdout) as WorkspacePackage[])
    .filter((pkg) => pkg.private !== true && pkg.name !== undefined)
    .map((pkg) => ({ name: pkg.name!, path: pkg.path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function packRelease(outDir: string, root = REPO_ROOT): Promise<PackedPackage[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const packed: PackedPackage[] = [];
  for (const pkg of await publishablePackages(root)) {
    // pnpm pack rewrites workspace: and catalog: ranges into real versions, as publishing does.
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", outDir], { cwd: pkg.path });
    const tarball = stdout.trim().split("\n").pop() ?? "";
    if (!tarball.endsWith(".tgz")) throw new Error(`pack:release: \`pnpm pack\` in ${relative(root, pkg.path)} printed no tarball path:\n${stdout}`);
    packed.push({ name: pkg.name, tarball });
  }
  return packed;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseCommandLine(argv, { out: { type: "string" }, json: { type: "boolean" } }, "Usage: pnpm pack:release [--out <dir>] [--json]"));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pack:release: ${error.message}`);
    return 2;
  }
  const outDir = resolve(values.out ?? resolve(REPO_ROOT, "tarballs"));
  const packed = await packRelease(outDir);
  if (values.json) console.log(JSON.stringify(packed));
  else console.log([`pack:release: ${packed.length} tarball(s) in ${relative(process.cwd(), outDir) || "."}:`, ...packed.map((p) => `  ${relative(outDir, p.tarball)}`)].join("\n"));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
