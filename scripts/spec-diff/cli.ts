import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { checkSpecs, formatReport } from "./check.js";
import { writeChangeset } from "./changesets.js";
import { diffSpecs } from "./classify.js";
import { SpecDiffError } from "./errors.js";

const USAGE = `usage: pnpm spec:diff [--base <ref>] [--head <ref>] [--write] [--json] [provider...]
       pnpm spec:diff <before.yaml> <after.yaml> [--json]
Compares each spec with its base (merge-base with origin/main on a branch, else the last release
tag, else nothing) and fails when the changesets added since the base do not cover the bump the
changes need. --write adds the missing changesets.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: "string" }, head: { type: "string" }, write: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean" }, root: { type: "string" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 2 && positionals.every((p) => p.endsWith(".yaml") || p.endsWith(".json"))) {
    const [before, after] = positionals.map((file) => parse(readFileSync(file!, "utf8")) as Record<string, unknown>);
    const changes = diffSpecs(before, after);
    console.log(values.json ? JSON.stringify(changes, null, 2) : changes.map((c) => `${c.impact.padEnd(12)} ${c.line}\n${"".padEnd(13)}at ${c.path}`).join("\n") || "no changes");
    return 0;
  }
  const root = resolve(values.root ?? process.cwd());
  if (!existsSync(join(root, "specs"))) throw new SpecDiffError("NO_SPECS", `spec:diff: no specs/ directory under ${root}; run it from the repository root.`);
  let results = checkSpecs({ root, base: values.base, head: values.head, providers: positionals });
  if (values.write) {
    for (const result of results) {
      if (result.ok || result.need === undefined) continue;
      const file = writeChangeset(join(root, ".changeset"), result.provider, result.packageName, result.need, result.changes);
      console.log(`wrote .changeset/${file} (${result.packageName}: ${result.need})`);
    }
    results = checkSpecs({ root, base: values.base, head: values.head, providers: positionals });
  }
  console.log(values.json ? JSON.stringify(results, null, 2) : formatReport(results));
  if (values.head !== undefined) return 0;
  const failing = results.filter((result) => !result.ok);
  if (failing.length > 0) {
    console.error(`\nspec:diff: ${failing.map((r) => `${r.packageName} needs a ${r.need} changeset`).join("; ")}. Run \`pnpm spec:diff --write\` to add them.`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof SpecDiffError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
}
