import { runLoad, type LoadResult } from './load.js';
import { median } from './stats.js';

export interface Subject {
  readonly name: string;
  /** One call; resolves true when it succeeded. */
  readonly call: () => Promise<boolean>;
}

export interface ComparedSubject {
  readonly name: string;
  /** Medians over rounds. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Median over rounds of (this subject's throughput / the baseline's in the same round). */
  readonly ratioToBaseline: number;
  /** Median over rounds of (this subject's mean time per call − the baseline's), in µs. */
  readonly overheadMicrosPerCall: number;
  readonly errors: number;
  /** Throughput of each round, in round order: lets any two subjects be compared round by round. */
  readonly roundRequestsPerSecond: number[];
}

/** a's throughput / b's, round by round. */
export function roundRatios(a: ComparedSubject, b: ComparedSubject): number[] {
  return a.roundRequestsPerSecond.map((rps, i) => rps / (b.roundRequestsPerSecond[i] as number));
}

/** Median over rounds of a's throughput / b's in the same round. */
export function pairedRatio(a: ComparedSubject, b: ComparedSubject): number {
  return median(roundRatios(a, b));
}

export interface CompareOptions {
  readonly rounds: number;
  readonly requestsPerRound: number;
  readonly warmupRequests: number;
  readonly concurrency: number;
}

/**
 * Measures subjects in alternating rounds (the order rotates every round) so that drift on a
 * shared machine hits them all alike; the first subject is the baseline of every ratio.
 */
export async function compareSubjects(subjects: readonly Subject[], options: CompareOptions): Promise<ComparedSubject[]> {
  for (const subject of subjects) {
    await runLoad(subject.call, { requests: options.warmupRequests, concurrency: options.concurrency });
  }
  const perRound: LoadResult[][] = subjects.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let offset = 0; offset < subjects.length; offset += 1) {
      const index = (round + offset) % subjects.length;
      const result = await runLoad((subjects[index] as Subject).call, {
        requests: options.requestsPerRound,
        concurrency: options.concurrency,
      });
      (perRound[index] as LoadResult[]).push(result);
    }
  }
  const baseline = perRound[0] as LoadResult[];
  return subjects.map((subject, index) => {
    const results = perRound[index] as LoadResult[];
    return {
      name: subject.name,
      requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
      p50Ms: median(results.map((r) => r.p50Ms)),
      p99Ms: median(results.map((r) => r.p99Ms)),
      ratioToBaseline: median(results.map((r, i) => r.requestsPerSecond / (baseline[i] as LoadResult).requestsPerSecond)),
      overheadMicrosPerCall: median(
        results.map((r, i) => ((r.elapsedMs / r.requests - (baseline[i] as LoadResult).elapsedMs / (baseline[i] as LoadResult).requests) * 1000)),
      ),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      roundRequestsPerSecond: results.map((r) => r.requestsPerSecond),
    };
  });
}
