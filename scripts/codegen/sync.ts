import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./generate.js";

export interface Drift {
  readonly path: string;
  readonly kind: "changed" | "missing" | "unexpected";
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(root, `${dir}/${entry.name}`) : Promise.resolve([`${dir}/${entry.name}`]))),
  );
  return nested.flat().sort();
}

/** Differences between the generated files and what is on disk under `dir` (all relative to root). */
export async function findDrift(root: string, dir: string, files: readonly GeneratedFile[]): Promise<Drift[]> {
  const drift: Drift[] = [];
  for (const file of files) {
    const current = await readIfExists(join(root, file.path));
    if (current === undefined) drift.push({ path: file.path, kind: "missing" });
    else if (current !== file.contents) drift.push({ path: file.path, kind: "changed" });
  }
  const expected = new Set(files.map((file) => file.path));
  for (const path of await listFiles(root, dir)) {
    if (!expected.has(path)) drift.push({ path, kind: "unexpected" });
  }
  return drift;
}

/** Writes only what changed (so mtimes and turbo's view stay stable) and removes stale files. */
export async function writeGenerated(root: string, dir: string, files: readonly GeneratedFile[]): Promise<Drift[]> {
  const drift = await findDrift(root, dir, files);
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const { path, kind } of drift) {
    const absolute = join(root, path);
    if (kind === "unexpected") {
      await rm(absolute);
      continue;
    }
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, byPath.get(path)!.contents);
  }
  return drift;
}
