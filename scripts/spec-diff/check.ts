import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { changesetsSince, fileAt, resolveBase } from "./base.js";
import { type Bump, bumpFor, covers, requiredBump } from "./bump.js";
import { bumpIn, readChangesets } from "./changesets.js";
import { diffSpecs, type SpecChange } from "./classify.js";

export interface ProviderDiff {
  readonly provider: string;
  readonly packageName: string;
  readonly version: string;
  readonly base: string;
  readonly changes: readonly SpecChange[];
  readonly need: Bump | undefined;
  /** The largest bump the changesets added since the base give this package. */
  readonly have: Bump | undefined;
  readonly ok: boolean;
}

export interface CheckOptions {
  readonly root: string;
  readonly base?: string;
  /** Compare with this ref instead of the working tree. */
  readonly head?: string;
  readonly providers?: readonly string[];
}

/** Each provider's spec changes since its base, the bump they need and the bump pending changesets give. */
export function checkSpecs(options: CheckOptions): ProviderDiff[] {
  const { root } = options;
  const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8")) as { baseBranch?: string };
  const providers = options.providers?.length ? options.providers : readdirSync(join(root, "specs")).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5));
  return providers.map((provider) => {
    const pkgPath = join(root, "packages", provider, "package.json");
    const pkg = existsSync(pkgPath) ? (JSON.parse(readFileSync(pkgPath, "utf8")) as { name: string; version: string }) : { name: `@cloud-sdks/${provider}`, version: "0.0.0" };
    const base = resolveBase(root, pkg.name, { explicit: options.base, baseBranch: config.baseBranch ?? "main" });
    const specPath = `specs/${provider}.yaml`;
    const beforeText = base.ref === undefined ? undefined : fileAt(root, base.ref, specPath);
    const afterText = options.head !== undefined ? fileAt(root, options.head, specPath) : existsSync(join(root, specPath)) ? readFileSync(join(root, specPath), "utf8") : undefined;
    const changes = beforeText?.trim() === afterText?.trim() ? [] : diffSpecs(load(beforeText), load(afterText));
    const need = requiredBump(changes, pkg.version);
    const have = bumpIn(readChangesets(join(root, ".changeset"), changesetsSince(root, base.ref, ".changeset")), pkg.name);
    return { provider, packageName: pkg.name, version: pkg.version, base: base.how, changes, need, have, ok: need === undefined || covers(have, need) };
  });
}

function load(text: string | undefined): Record<string, unknown> | undefined {
  return text === undefined ? undefined : (parse(text) as Record<string, unknown>);
}

/** The report: every change with the bump it needs, then the verdict per provider. */
export function formatReport(results: readonly ProviderDiff[]): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(`${result.provider} (${result.packageName}@${result.version}), base: ${result.base}`);
    if (result.changes.length === 0) {
      out.push("  no spec changes");
      continue;
    }
    for (const change of result.changes) {
      out.push(`  ${change.impact.padEnd(12)} needs ${bumpFor(change.impact, result.version).padEnd(5)} ${change.line}`);
      out.push(`  ${"".padEnd(24)}at ${change.path}`);
    }
    const verdict = result.ok
      ? `ok: needs ${result.need}, changesets give ${result.have}`
      : `MISSING: needs a ${result.need} changeset for ${result.packageName}, ${result.have === undefined ? "none was added" : `the changesets added give only ${result.have}`}. Run \`pnpm spec:diff --write\` or \`pnpm changeset\`.`;
    out.push(`  => ${verdict}`);
  }
  return out.join("\n");
}
