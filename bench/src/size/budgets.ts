import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Issue 8's budgets, min+gz bytes (1 kB = 1000 bytes). */
export const BUDGETS = {
  auth: 6_000,
  providerWithoutValidation: 10_000,
} as const;

export interface SizeTarget {
  readonly name: string;
  readonly entry: string;
  /** Budget in min+gz bytes of the initial load; undefined when only reported. */
  readonly budget: number | undefined;
  readonly note?: string;
}

/** The provider entry measured: CloudLX's built entry once it exists, else a stand-in (reported as such). */
export function providerEntry(): { entry: string; note?: string } {
  const built = root('packages/cloudlx/dist/index.js');
  // A placeholder entry (generated types only) would pass any budget while measuring nothing.
  if (existsSync(built) && readFileSync(built, 'utf8').includes('createCloudlxClient')) return { entry: built };
  return {
    entry: fileURLToPath(new URL('./stand-in-provider.ts', import.meta.url)),
    note: '@cloud-sdks/cloudlx has no built client (no createCloudlxClient in dist/index.js): measured bench/src/size/stand-in-provider.ts (the same glue by hand) instead',
  };
}

export function sizeTargets(): SizeTarget[] {
  const provider = providerEntry();
  return [
    { name: '@cloud-sdks/auth', entry: root('packages/auth/dist/index.js'), budget: BUDGETS.auth },
    { name: 'provider entry (cloudlx), validation off', entry: provider.entry, budget: BUDGETS.providerWithoutValidation, ...(provider.note === undefined ? {} : { note: provider.note }) },
  ];
}
