import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { gzipBytesWithoutMessages } from './without-messages.js';

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));

/**
 * Our packages' sources instead of their dist: each published entry is one bundled file (see
 * scripts/bundle-entries.ts), so only a build from src/ can say which module holds the bytes.
 */
const fromSources: Plugin = {
  name: 'cloud-sdks-sources',
  setup(on) {
    on.onResolve({ filter: /^@cloud-sdks\/[^/]+(\/[^/]+)?$/ }, ({ path }) => {
      const [, name = '', subpath = 'index'] = /^@cloud-sdks\/([^/]+)(?:\/(.+))?$/.exec(path) ?? [];
      const source = `${packagesDir}${name}/src/${subpath}.ts`;
      return existsSync(source) ? { path: source } : undefined;
    });
  },
};

/** The source file a built entry came from (packages/x/dist/y.js -> packages/x/src/y.ts), if any. */
function sourceOf(entry: string): string | undefined {
  const source = entry.replace(/\/dist\/(.+)\.js$/, '/src/$1.ts');
  return source !== entry && existsSync(source) ? source : undefined;
}

/** Minified bytes per module of an entry, from its sources: the "where are the bytes" answer. */
async function bytesPerModule(entry: string, platform: 'neutral' | 'node'): Promise<Map<string, number>> {
  const result = await build({
    entryPoints: [sourceOf(entry) ?? entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [fromSources],
  });
  const inputs = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, info] of Object.entries(output.inputs)) inputs.set(path, (inputs.get(path) ?? 0) + info.bytesInOutput);
  }
  return inputs;
}

export interface BundleSize {
  readonly entry: string;
  /** Minified bytes loaded when the entry is imported (entry chunk + its static imports). */
  readonly minBytes: number;
  /** The same, gzipped (level 9), summed per chunk. */
  readonly gzipBytes: number;
  /** gzipBytes with every string over 12 characters emptied: the code alone, without its messages. */
  readonly gzipBytesWithoutMessages: number;
  /** Gzipped bytes of chunks reachable only through dynamic `import()` (e.g. validation schemas). */
  readonly lazyGzipBytes: number;
  readonly lazyMinBytes: number;
  /** Largest inputs of the initial load, for "why is it this big". */
  readonly topInputs: { path: string; bytes: number }[];
}

function staticClosure(metafile: Metafile, entryOutput: string): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const edge of metafile.outputs[output]?.imports ?? []) {
      if (edge.kind === 'import-statement' && !edge.external) visit(edge.path);
    }
  };
  visit(entryOutput);
  return seen;
}

/**
 * Bundles an entry the way a user's bundler would (everything inlined, minified, platform
 * neutral, code splitting on so lazily imported chunks are counted apart) and measures it.
 */
export async function measureBundle(entry: string, platform: 'neutral' | 'node' = 'neutral'): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const metafile = result.metafile;
  const entryOutput = Object.keys(metafile.outputs).find((output) => metafile.outputs[output]?.entryPoint !== undefined);
  if (entryOutput === undefined) throw new Error(`esbuild produced no entry chunk for ${entry}`);
  const initial = staticClosure(metafile, entryOutput);
  const sizes = { minBytes: 0, gzipBytes: 0, gzipBytesWithoutMessages: 0, lazyMinBytes: 0, lazyGzipBytes: 0 };
  for (const file of result.outputFiles) {
    const key = Object.keys(metafile.outputs).find((output) => file.path.endsWith(output));
    if (key === undefined || key.endsWith('.map')) continue;
    const gzip = gzipSync(file.contents, { level: 9 }).byteLength;
    if (initial.has(key)) {
      sizes.minBytes += file.contents.byteLength;
      sizes.gzipBytes += gzip;
      sizes.gzipBytesWithoutMessages += gzipBytesWithoutMessages(file.text);
    } else {
      sizes.lazyMinBytes += file.contents.byteLength;
      sizes.lazyGzipBytes += gzip;
    }
  }
  const topInputs = [...(await bytesPerModule(entry, platform))]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([path, bytes]) => ({ path: path.replace(/^.*node_modules\//, ''), bytes }));
  return { entry, ...sizes, topInputs };
}
