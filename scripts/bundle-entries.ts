/**
 * Run in a package after `tsc`: rewrites the package's ES module entries (package.json `exports`)
 * as one file each, plus shared chunks, and deletes the per-module JavaScript tsc left behind.
 *
 * Why: loading a module costs a resolve, a read and a link whatever its size, so a provider entry
 * spread over ~45 small modules took 6-9x as long to import as openapi-fetch's single file. The
 * declarations stay tsc's, one per module (what editors and TypeDoc read), and the source maps
 * chain through tsc's maps back to src/, which is published. Dependencies stay imports, so
 * `@cloud-sdks/auth` is one copy however many packages use it, and `instanceof` holds.
 * Splitting (not one bundle per entry) keeps one copy of each module within a package, so its
 * entries share state such as the token cache and the error classes.
 * An entry that imports another entry (`@cloud-sdks/core/public` re-exports from `./index.js`)
 * keeps that import as written, instead of esbuild moving the shared modules into a chunk: the
 * main entry then stays one file, and importing it costs one module load, not two.
 *
 *   tsx ../../scripts/bundle-entries.ts
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { esmEntries, type PackageJson } from "./package-entries.js";

const packageDir = process.cwd();
const dist = join(packageDir, "dist");
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as PackageJson;
const entries = esmEntries(pkg).map((entry) => resolve(packageDir, entry));

function javascriptUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return javascriptUnder(path);
    return /\.js(\.map)?$/.test(name) ? [path] : [];
  });
}

const before = javascriptUnder(dist);

const entryFiles = new Set(entries);
const entriesImportEachOther: Plugin = {
  name: "entries-import-each-other",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, ({ path, importer, kind }) => {
      if (kind !== "import-statement" || !entryFiles.has(importer)) return undefined;
      return entryFiles.has(resolve(dirname(importer), path)) ? { path, external: true } : undefined;
    });
  },
};
const result = await build({
  entryPoints: entries.map((entry) => ({ in: entry, out: relative(dist, entry).replace(/\.js$/, "") })),
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  // Everything that is not this package's own module: dependencies, peers and Node built-ins.
  packages: "external",
  external: ["node:*"],
  sourcemap: "linked",
  // Names and layout as written: users step through it in a debugger, their bundler minifies.
  minify: false,
  chunkNames: "chunks/[name]-[hash]",
  allowOverwrite: true,
  metafile: true,
  logLevel: "warning",
  plugins: [entriesImportEachOther],
  write: true,
});

const written = new Set(Object.keys(result.metafile.outputs).map((output) => resolve(output)));
for (const file of before) if (!written.has(file)) rmSync(file);
