/**
 * One shape for every entry point of every published package, so a new subpath cannot forget a
 * condition. Each entry is an ES module build (`dist/<name>.js`); CommonJS callers get a two-line
 * wrapper (`dist/<name>.cjs`, `module.exports = require("./<name>.js")`) that loads that same build
 * through require(esm), unflagged since Node 20.19, the packages' lowest `engines`. So there is one
 * copy of each module whichever way it is loaded: `instanceof OAuthError` and a shared token cache
 * hold across CommonJS and ESM callers, which a dual build would break.
 *
 *   tsx scripts/package-entries.ts [--check]   rewrite (or check) `exports` and `typesVersions`
 *                                               of every published package from its entry names
 *   tsx ../../scripts/package-entries.ts cjs   in a package, after tsc: write the CommonJS wrappers
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

type Conditions = Record<string, unknown>;
export interface PackageJson {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  [field: string]: unknown;
}

/** `./dist/public.js` for the entry `./public`, taken from whatever shape the entry has now. */
function esmTarget(subpath: string, target: unknown): string {
  if (typeof target === "string") return target;
  const conditions = (target ?? {}) as Conditions;
  for (const key of ["default", "import"]) {
    const value = conditions[key];
    if (typeof value === "string" && value.endsWith(".js")) return value;
    if (value && typeof value === "object") return esmTarget(subpath, value);
  }
  throw new Error(`exports["${subpath}"] has no "default" or "import" target ending in .js`);
}

/** The conditions of one entry: `require` first (its own types), then the ES module build. */
export function entryConditions(js: string): Conditions {
  const stem = js.slice(0, -".js".length);
  return {
    require: { types: `${stem}.d.cts`, default: `${stem}.cjs` },
    types: `${stem}.d.ts`,
    default: js,
  };
}

/** The package's `exports` and, for TypeScript's node10 resolution which ignores `exports`, `typesVersions`. */
export function canonicalEntries(pkg: PackageJson): Pick<PackageJson, "exports" | "typesVersions"> {
  const exports: Record<string, unknown> = {};
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const js = esmTarget(subpath, target);
    exports[subpath] = entryConditions(js);
    if (subpath !== ".") paths[subpath.slice(2)] = [`${js.slice(0, -".js".length)}.d.ts`];
  }
  exports["./package.json"] = "./package.json";
  return Object.keys(paths).length > 0 ? { exports, typesVersions: { "*": paths } } : { exports, typesVersions: undefined };
}

/** Every ES module entry of a package, relative to it. */
export function esmEntries(pkg: PackageJson): string[] {
  return Object.entries(pkg.exports ?? {}).flatMap(([subpath, target]) => (subpath === "./package.json" ? [] : [esmTarget(subpath, target)]));
}

/** The CommonJS wrapper and its declarations for one ES module entry. */
export function cjsWrapper(js: string): { cjs: string; dcts: string } {
  const sibling = `./${posix.basename(js)}`;
  return {
    cjs: `"use strict";\n// require(esm): CommonJS callers share the ES module build instead of a second copy.\nmodule.exports = require("${sibling}");\n`,
    dcts: `export * from "${sibling}";\n`,
  };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function publishedPackages(): { file: string; pkg: PackageJson }[] {
  return readdirSync(join(root, "packages"))
    .map((dir) => join(root, "packages", dir, "package.json"))
    .flatMap((file) => {
      try {
        return [{ file, pkg: JSON.parse(readFileSync(file, "utf8")) as PackageJson }];
      } catch {
        return [];
      }
    })
    .filter(({ pkg }) => pkg.private !== true);
}

/** Rewrites each published package.json in place, keeping its key order; returns the names that differed. */
export function syncPackages(check: boolean): string[] {
  const stale: string[] = [];
  for (const { file, pkg } of publishedPackages()) {
    const before = readFileSync(file, "utf8");
    const wanted = canonicalEntries(pkg);
    const next: PackageJson = { ...pkg, exports: wanted.exports };
    if (wanted.typesVersions) next.typesVersions = wanted.typesVersions;
    else delete next.typesVersions;
    const text = `${JSON.stringify(next, null, 2)}\n`;
    if (text === before) continue;
    stale.push(pkg.name);
    if (!check) writeFileSync(file, text);
  }
  return stale;
}

function writeWrappers(packageDir: string): void {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as PackageJson;
  for (const js of esmEntries(pkg)) {
    const { cjs, dcts } = cjsWrapper(js);
    const stem = join(packageDir, js.slice(0, -".js".length));
    writeFileSync(`${stem}.cjs`, cjs);
    writeFileSync(`${stem}.d.cts`, dcts);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode] = process.argv.slice(2);
  if (mode === "cjs") {
    writeWrappers(process.cwd());
  } else {
    const check = mode === "--check";
    const stale = syncPackages(check);
    if (check && stale.length > 0) {
      console.error(`package entries out of shape in ${stale.join(", ")}: run \`pnpm exports\` (tsx scripts/package-entries.ts)`);
      process.exit(1);
    }
    if (!check) console.log(stale.length > 0 ? `rewrote exports of ${stale.join(", ")}` : "exports already in shape");
  }
}
