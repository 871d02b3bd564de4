import { build } from "esbuild";
import { join } from "node:path";

/**
 * Bundles a fixture inside the packed project, so `@cloud-sdks/*` resolve to the installed tarballs.
 * `conditions` are the export conditions the target's own bundler would use (wrangler: workerd, worker, browser).
 */
export async function bundle(project: string, entry: string, outfile: string, format: "esm" | "iife", conditions: string[]): Promise<string> {
  const out = join(project, outfile);
  await build({
    entryPoints: [join(project, entry)],
    outfile: out,
    bundle: true,
    format,
    platform: "browser",
    target: "es2022",
    conditions,
    logLevel: "silent",
  });
  return out;
}
