/**
 * `pnpm build`: bundles src/cloudlx-services.ts for the browser platform into dist/, where a page
 * can load it (see index.html). The test uses the same options.
 */
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

export const browserBundle = {
  entryPoints: [fileURLToPath(new URL("src/cloudlx-services.ts", import.meta.url))],
  bundle: true,
  // "browser": Node built-ins (node:fs, node:crypto, process, ...) cannot be resolved, so any
  // import of one anywhere in the module graph fails the build instead of shipping.
  platform: "browser",
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: "silent",
} as const satisfies BuildOptions;

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = fileURLToPath(new URL("dist", import.meta.url));
  const result = await build({ ...browserBundle, outdir });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`bundled for the browser into ${outdir} (${bytes} bytes with source map)`);
}
