import { execFile } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The published packages; each is packed on its own, as `changeset publish` would. */
export const PUBLISHED = ["auth", "core", "auth-redis", "cloudmore", "cloudcherry", "cloudlx", "cli"] as const;

/**
 * Packs every published package into `dir` and installs the tarballs there with npm, as a user
 * outside the workspace would; `fixtures` is copied in beside them.
 */
export async function createPackedProject(repoRoot: string, dir: string, fixtures: string): Promise<void> {
  await cp(fixtures, dir, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const name of PUBLISHED) {
    // pnpm pack rewrites workspace: and catalog: ranges into real versions, as publishing does.
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", join(dir, "tarballs")], { cwd: join(repoRoot, "packages", name) });
    const tarball = stdout.trim().split("\n").pop() ?? "";
    if (!tarball.endsWith(".tgz")) throw new Error(`pnpm pack of ${name} printed no tarball:\n${stdout}`);
    tarballs[`@cloud-sdks/${name}`] = `file:${tarball}`;
  }
  await writeFile(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "runtime-matrix-consumer", private: true, type: "module", dependencies: tarballs, overrides: tarballs }, null, 2)}\n`,
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir });
}
