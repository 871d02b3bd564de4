import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Bump, maxBump } from "./bump.js";
import type { SpecChange } from "./classify.js";

export interface PendingChangeset {
  readonly file: string;
  readonly releases: Readonly<Record<string, Bump>>;
}

/** The `.changeset/*.md` files whose names are in `files` (or all of them), frontmatter parsed. */
export function readChangesets(dir: string, files?: ReadonlySet<string>): PendingChangeset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md" && (files === undefined || files.has(name)))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const releases = (match ? parse(match[1]!) : {}) as Record<string, Bump> | null;
      return { file: name, releases: releases ?? {} };
    });
}

export function bumpIn(changesets: readonly PendingChangeset[], packageName: string): Bump | undefined {
  return maxBump(changesets.map((changeset) => changeset.releases[packageName]));
}

/** Writes one changeset for a provider's spec changes, its body the changelog lines. */
export function writeChangeset(dir: string, provider: string, packageName: string, bump: Bump, changes: readonly SpecChange[]): string {
  const name = `spec-${provider}-${Date.now().toString(36)}.md`;
  const breaking = changes.filter((change) => change.impact === "breaking");
  const other = changes.filter((change) => change.impact !== "breaking");
  const lines = [
    "---",
    `"${packageName}": ${bump}`,
    "---",
    "",
    `${provider} spec: ${breaking.length} breaking and ${other.length} other change(s).`,
    "",
    ...breaking.map((change) => `- **breaking** ${change.line}`),
    ...other.map((change) => `- ${change.line}`),
    "",
  ];
  writeFileSync(join(dir, name), lines.join("\n"));
  return name;
}
