import type { ComparedSubject, Subject } from '../measure/compare.js';
import { median, quantile } from '../measure/stats.js';
import { timedCall } from '../measure/load.js';

export interface PairedOptions {
  /** Block pairs: each pair runs both subjects back to back, the order alternating pair by pair. */
  readonly pairs: number;
  /** Sequential calls per subject per block. */
  readonly callsPerBlock: number;
  readonly warmupRequests: number;
  /** Blocks summed into one entry of `roundRequestsPerSecond` (keeps latest.json small). */
  readonly blocksPerRound: number;
}

/**
 * Two subjects, sequential calls, interleaved in short blocks (milliseconds each), so that the
 * load of a shared machine, which drifts over seconds, hits both sides of a pair alike. The ratio
 * and the overhead are medians over the block pairs; p50/p99 are over every call.
 */
export async function comparePaired(baseline: Subject, subject: Subject, options: PairedOptions): Promise<ComparedSubject[]> {
  for (const s of [baseline, subject]) for (let i = 0; i < options.warmupRequests; i += 1) await s.call();
  const n = options.callsPerBlock;
  const sides = [baseline, subject].map(() => ({ blockMs: new Float64Array(options.pairs), latencies: new Float64Array(options.pairs * n), errors: 0 }));
  for (let pair = 0; pair < options.pairs; pair += 1) {
    for (const index of pair % 2 === 0 ? [0, 1] : [1, 0]) {
      const side = sides[index] as (typeof sides)[number];
      const call = (index === 0 ? baseline : subject).call;
      const begin = performance.now();
      for (let i = 0; i < n; i += 1) {
        const { ms, ok } = await timedCall(call);
        side.latencies[pair * n + i] = ms;
        if (!ok) side.errors += 1;
      }
      side.blockMs[pair] = performance.now() - begin;
    }
  }
  const [base, ours] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const rounds = (blockMs: Float64Array): number[] => {
    const out: number[] = [];
    for (let start = 0; start < blockMs.length; start += options.blocksPerRound) {
      const slice = blockMs.subarray(start, start + options.blocksPerRound);
      out.push((slice.length * n * 1000) / slice.reduce((sum, ms) => sum + ms, 0));
    }
    return out;
  };
  const describe = (name: string, side: typeof base): ComparedSubject => {
    const perBlock = Array.from(side.blockMs, (ms, pair) => ({ ms, baseMs: base.blockMs[pair] as number }));
    const sorted = side.latencies.slice().sort();
    return {
      name,
      requestsPerSecond: median(Array.from(side.blockMs, (ms) => (n * 1000) / ms)),
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      // Throughput ratio of a pair = the baseline's block time / this side's.
      ratioToBaseline: median(perBlock.map((b) => b.baseMs / b.ms)),
      overheadMicrosPerCall: median(perBlock.map((b) => ((b.ms - b.baseMs) * 1000) / n)),
      errors: side.errors,
      roundRequestsPerSecond: rounds(side.blockMs),
    };
  };
  return [describe(baseline.name, base), describe(subject.name, ours)];
}
