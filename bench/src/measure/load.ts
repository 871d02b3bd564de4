import { quantile } from './stats.js';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly elapsedMs: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface LoadOptions {
  /** Total calls, shared by the workers: the loop is bounded by count, never by wall time alone. */
  readonly requests: number;
  /** Calls in flight at once. */
  readonly concurrency: number;
  /** Optional wall-clock cap (ms); stops early and reports what was done. */
  readonly maxMs?: number;
}

/**
 * Runs `call` `requests` times with `concurrency` calls in flight, timing each. A call that throws
 * or resolves to false counts as an error but still contributes its latency.
 */
/** One call, timed; a call that throws counts as failed. */
export async function timedCall(call: () => Promise<boolean>): Promise<{ readonly ms: number; readonly ok: boolean }> {
  const t0 = performance.now();
  let ok = false;
  try {
    ok = await call();
  } catch {
    ok = false;
  }
  return { ms: performance.now() - t0, ok };
}

export async function runLoad(call: () => Promise<boolean>, options: LoadOptions): Promise<LoadResult> {
  const latencies = new Float64Array(options.requests);
  let started = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = options.maxMs === undefined ? Number.POSITIVE_INFINITY : begin + options.maxMs;
  const worker = async (): Promise<void> => {
    while (started < options.requests && performance.now() < deadline) {
      const index = started++;
      const { ms, ok } = await timedCall(call);
      latencies[index] = ms;
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.requests) }, worker));
  const elapsedMs = performance.now() - begin;
  const done = latencies.subarray(0, started).sort();
  return {
    requests: started,
    errors,
    elapsedMs,
    requestsPerSecond: (started / elapsedMs) * 1000,
    p50Ms: quantile(done, 0.5),
    p99Ms: quantile(done, 0.99),
  };
}
