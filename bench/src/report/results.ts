import type { ColdResult } from '../cold/run-cold.js';
import { cpus, loadavg } from 'node:os';
import type { AuthResult } from '../auth/run-auth.js';
import type { BuildResult } from '../build/run-build.js';
import type { SizeResult } from '../size/run-size.js';
import type { ThroughputResult } from '../throughput/run-throughput.js';
import type { TypecheckResult } from '../typecheck/run-typecheck.js';
import type { TargetResult } from './targets.js';

/** bench/results/latest.json. Bump `schemaVersion` on any incompatible change (see BENCHMARKS.md). */
export interface BenchResults {
  readonly schemaVersion: 1;
  readonly date: string;
  readonly commit: string;
  readonly machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverage: number[] };
  readonly throughput: ThroughputResult;
  /**
   * `auth.openapiFetchStubFetch` / `auth.openapiFetchLocalServer` (added without a schema bump: new
   * fields only): openapi-fetch with `fetch: auth.fetch` vs a static Authorization header, the
   * second subject's `ratioToBaseline` (ours / static calls/s) and `overheadMicrosPerCall`.
   */
  readonly auth: AuthResult;
  readonly sizes: SizeResult;
  /** Issue 13's cold-start figures (new field, no schema bump), ours beside openapi-fetch. */
  readonly cold?: ColdResult;
  /** Absent when run with --skip-build. */
  readonly build?: BuildResult;
  readonly typecheck: TypecheckResult;
  readonly targets: TargetResult[];
}

export function machine(): BenchResults['machine'] {
  return {
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
