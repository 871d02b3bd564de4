// Bundle size of the package as a consumer's bundler sees it: dist/index.js with everything it
// imports, minified, then gzip -9 and brotli. Exits 1 when over the budget.
import { build } from "esbuild";
import { brotliCompressSync, gzipSync } from "node:zlib";

// Issue 13 target, as bench/src/size/budgets.ts defines it (1 kB = 1000 B); CI enforces the ceiling there.
const BUDGET_GZIP_BYTES = 7_000;
const result = await build({
  entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  write: false,
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code).length;
console.log(`@cloud-sdks/auth: ${code.length} B min, ${gzip} B min+gz, ${brotli} B min+br (budget ${BUDGET_GZIP_BYTES} B min+gz)`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`over budget by ${gzip - BUDGET_GZIP_BYTES} B`);
  process.exit(1);
}
