import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Issue 8's targets, min+gz bytes (1 kB = 1000 bytes): `pnpm bench` reports met or missed by how much. */
export const BUDGETS = {
  auth: 6_000,
  providerWithoutValidation: 10_000,
} as const;

/**
 * What CI enforces today: the measured size plus ~2%, so any growth fails the build while the
 * targets above are still missed. Raised on purpose, each time with its reason (see BENCHMARKS.md):
 * - auth checks token fields with zod/mini as issue 4 asks: auth 6,863 -> 12,274 B, provider entry
 *   11,800 -> 21,931 B (the zod core auth loads is the chunk the lazy validation schemas share);
 * - refreshTokenGrant and scrubbing secrets in every sent form (URI/form-encoded, base64 Basic):
 *   auth 12,978 B, provider entry 22,360 B.
 * Lower these as the bundles shrink; never raise them silently.
 */
export const CEILINGS = {
  auth: 13_250,
  providerWithoutValidation: 22_800,
} as const;

export interface SizeTarget {
  readonly name: string;
  readonly entry: string;
  /** Target in min+gz bytes of the initial load; undefined when only reported. */
  readonly budget: number | undefined;
  /** The size CI fails above (a regression guard while the target is missed). */
  readonly ceiling?: number;
  readonly note?: string;
  /** Why the target is missed, printed with the overage (the figures behind it: BENCHMARKS.md). */
  readonly whyMissed?: string;
  /** `node` for the Node-only packages (Redis store, CLI): Node built-ins stay external. */
  readonly platform?: 'neutral' | 'node';
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
    {
      name: '@cloud-sdks/auth',
      entry: root('packages/auth/dist/index.js'),
      budget: BUDGETS.auth,
      ceiling: CEILINGS.auth,
      whyMissed: "zod/mini's core (issue 4's token-field checks) is ~4.4 kB min+gz before any check, and the token layer itself ~7 kB: the two cannot fit 6 kB together",
    },
    {
      name: 'provider entry (cloudlx), validation off',
      entry: provider.entry,
      budget: BUDGETS.providerWithoutValidation,
      ceiling: CEILINGS.providerWithoutValidation,
      whyMissed: "auth as above, plus openapi-fetch (~2.5 kB); and code splitting puts every zod constructor the lazy validation schemas use into the chunk shared with auth's zod. Without zod and without reachable validation it would still be ~11.5 kB",
      ...(provider.note === undefined ? {} : { note: provider.note }),
    },
    // Reported, not budgeted: the rest of the published packages, each with everything it bundles.
    ...(['core', 'cloudmore', 'cloudcherry'] as const).map((name) => ({ name: `@cloud-sdks/${name}`, entry: root(`packages/${name}/dist/index.js`), budget: undefined })),
    ...(['auth-redis', 'cli'] as const).map((name) => ({ name: `@cloud-sdks/${name} (Node)`, entry: root(`packages/${name}/dist/index.js`), budget: undefined, platform: 'node' as const })),
  ];
}
