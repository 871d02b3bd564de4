import { fileURLToPath } from 'node:url';
import { timeCommand } from '../build/exec.js';
import { median } from '../measure/stats.js';

/** Ours (`@cloud-sdks/cloudlx`) beside openapi-fetch, each sample in a fresh Node process. */
export interface ColdFigure {
  readonly ours: number;
  readonly openapiFetch: number;
  /** ours / openapi-fetch, median over alternating pairs of samples. */
  readonly ratio: number;
  /** Every pair's ratio, so the report can show the spread. */
  readonly pairRatios: number[];
}

export interface ColdResult {
  /** ms to `import()` the entry (plain `node`, built dist). */
  readonly importMs: ColdFigure;
  /**
   * Where that time goes: ms to import each package of the entry after the ones before it
   * (openapi-fetch first, then auth, core, core/public, the provider), median per step.
   */
  readonly importSteps: Readonly<Record<string, number>>;
  /** heapUsed after importing the entry and constructing one client, gc'd (bytes). */
  readonly heapAfterOneClient: ColdFigure;
  /** heapUsed per call while `calls` calls wait: ours on one cold token request, openapi-fetch on its fetch. */
  readonly bytesPerWaitingCall: ColdFigure & { readonly calls: number; readonly tokenRequests: number; readonly errors: number; readonly rssMiB: { ours: number; openapiFetch: number } };
}

const PROBE = fileURLToPath(new URL('./probe.mjs', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../../', import.meta.url));

async function probe(args: string[]): Promise<Record<string, number>> {
  const { ok, output } = await timeCommand(process.execPath, ['--expose-gc', PROBE, ...args], BENCH_DIR);
  const line = output.trim().split('\n').at(-1) ?? '';
  if (!ok) throw new Error(`cold probe ${args.join(' ')} failed: ${output.slice(-500)}`);
  return JSON.parse(line) as Record<string, number>;
}

/** `samples` alternating pairs (ours first on even pairs) so drift on the shared machine hits both. */
async function paired(args: (subject: string) => string[], field: string, samples: number) {
  const ours: number[] = [];
  const base: number[] = [];
  const raw: Record<string, number>[] = [];
  for (let index = 0; index < samples; index += 1) {
    for (const subject of index % 2 === 0 ? ['ours', 'openapi'] : ['openapi', 'ours']) {
      const result = await probe(args(subject));
      raw.push({ ...result, ours: subject === 'ours' ? 1 : 0 });
      (subject === 'ours' ? ours : base).push(result[field] as number);
    }
  }
  const pairRatios = ours.map((value, index) => value / (base[index] as number));
  return { figure: { ours: median(ours), openapiFetch: median(base), ratio: median(pairRatios), pairRatios }, raw };
}

export async function runCold(options: { samples: number; waitingCalls: number }): Promise<ColdResult> {
  const importMs = (await paired((subject) => ['import', subject], 'importMs', options.samples)).figure;
  const stepRuns: Record<string, number>[] = [];
  for (let index = 0; index < options.samples; index += 1) stepRuns.push(await probe(['import-steps', 'ours']));
  const importSteps = Object.fromEntries(Object.keys(stepRuns[0] ?? {}).map((step) => [step, median(stepRuns.map((run) => run[step] as number))]));
  const heapAfterOneClient = (await paired((subject) => ['heap', subject], 'heapUsed', options.samples)).figure;
  const waiting = await paired((subject) => ['waiting', subject, String(options.waitingCalls)], 'bytesPerCall', 3);
  const oursRuns = waiting.raw.filter((run) => run.ours === 1);
  const baseRuns = waiting.raw.filter((run) => run.ours === 0);
  return {
    importMs,
    importSteps,
    heapAfterOneClient,
    bytesPerWaitingCall: {
      ...waiting.figure,
      calls: options.waitingCalls,
      tokenRequests: Math.max(...oursRuns.map((run) => run.tokenRequests as number)),
      errors: oursRuns.reduce((sum, run) => sum + (run.errors as number), 0),
      rssMiB: { ours: median(oursRuns.map((run) => run.rssMiB as number)), openapiFetch: median(baseRuns.map((run) => run.rssMiB as number)) },
    },
  };
}
