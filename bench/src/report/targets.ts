import type { AuthResult } from '../auth/run-auth.js';
import type { BuildResult } from '../build/run-build.js';
import { pairedRatio, roundRatios, type ComparedSubject } from '../measure/compare.js';
import { round } from '../measure/stats.js';
import type { ColdResult } from '../cold/run-cold.js';
import type { SizeResult } from '../size/run-size.js';
import { THROUGHPUT_NAMES } from '../throughput/names.js';
import type { ThroughputResult } from '../throughput/run-throughput.js';

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  /** null: could not be measured in this run (see `why`). */
  readonly met: boolean | null;
  /** How far off, when missed. */
  readonly missedBy?: string;
  readonly why?: string;
}

function find(subjects: readonly ComparedSubject[], name: string): ComparedSubject | undefined {
  return subjects.find((subject) => subject.name === name);
}

/** Our client in the throughput table: the provider package when built, else the composed stack. */
export function ourSubject(throughput: ThroughputResult): ComparedSubject | undefined {
  return throughput.subjects.find((subject) => subject.name.startsWith('ours: @cloud-sdks/')) ?? throughput.subjects.find((subject) => subject.name.startsWith('ours:'));
}

/** Issue 13: the warm-cache cost per call over openapi-fetch with a static header, paired stub blocks. */
export const WARM_OVERHEAD_TARGET_MICROS = 0.6;
/** Issue 13: ours / openapi-fetch. */
export const COLD_TARGETS = { importMs: 1.4, heapAfterOneClient: 1.3, bytesPerWaitingCall: 1.1 } as const;

/** Where the import time goes, and why bundling cannot take it to the target (BENCHMARKS.md). */
function importWhy(cold: ColdResult): string {
  const steps = Object.entries(cold.importSteps).map(([step, ms]) => `${step} ${round(ms, 1)} ms`).join(', ');
  return `each package imported after the ones before it: ${steps}. Every module costs ~1 ms to resolve, load and link on Node 20 before its code runs, and the entry is 5 modules in 4 packages (openapi-fetch: 1); the same code inlined into one minified file still imports in ~1.6x`;
}

function coldTargets(cold: ColdResult): TargetResult[] {
  const labels = {
    importMs: ['import time of the provider entry', (v: number) => `${round(v, 1)} ms`],
    heapAfterOneClient: ['heap after importing and constructing one client', (v: number) => `${round(v / 1e6, 2)} MB`],
    bytesPerWaitingCall: [`heap per waiting call, ${cold.bytesPerWaitingCall.calls} concurrent cold calls`, (v: number) => `${Math.round(v)} B`],
  } as const;
  return (Object.keys(COLD_TARGETS) as (keyof typeof COLD_TARGETS)[]).map((key) => {
    const figure = cold[key];
    const [label, unit] = labels[key];
    const limit = COLD_TARGETS[key];
    const tokenNote = key === 'bytesPerWaitingCall' ? `; ${cold.bytesPerWaitingCall.tokenRequests} token request(s), ${cold.bytesPerWaitingCall.errors} errors` : '';
    const met = figure.ratio <= limit && (key !== 'bytesPerWaitingCall' || (cold.bytesPerWaitingCall.tokenRequests === 1 && cold.bytesPerWaitingCall.errors === 0));
    const spread = `pairs ${Math.min(...figure.pairRatios).toFixed(2)}x-${Math.max(...figure.pairRatios).toFixed(2)}x`;
    return {
      target: `${label} <= ${limit}x openapi-fetch`,
      measured: `${figure.ratio.toFixed(2)}x (${unit(figure.ours)} vs ${unit(figure.openapiFetch)}; ${spread})${tokenNote}`,
      met,
      ...(met ? {} : { missedBy: `${round((figure.ratio - limit) * 100, 1)} points`, ...(key === 'importMs' ? { why: importWhy(cold) } : {}) }),
    };
  });
}

export function evaluateTargets(throughput: ThroughputResult, auth: AuthResult, sizes: SizeResult, build: BuildResult | undefined, cold?: ColdResult): TargetResult[] {
  const targets: TargetResult[] = [];
  const ours = ourSubject(throughput);
  const openapiFetch = find(throughput.subjects, THROUGHPUT_NAMES.openapiFetch);
  const peer = find(throughput.subjects, THROUGHPUT_NAMES.heyApi);
  // Issue 4's figure: openapi-fetch with `fetch: auth.fetch` vs with a static header, stub fetch.
  const overOpenapiFetch = auth.openapiFetchStubFetch[1];
  const authFigure = overOpenapiFetch === undefined
    ? 'auth over openapi-fetch not measured'
    : `auth alone: openapi-fetch with fetch: auth.fetch is ${overOpenapiFetch.ratioToBaseline.toFixed(2)}x the calls/s of openapi-fetch with a static Authorization header, +${round(overOpenapiFetch.overheadMicrosPerCall, 1)} µs per call (stub fetch, no I/O, median of 1,000 paired 100-call blocks)`;
  if (ours !== undefined && openapiFetch !== undefined) {
    const ratio = pairedRatio(ours, openapiFetch);
    const rounds = roundRatios(ours, openapiFetch);
    const [low, high] = [Math.min(...rounds), Math.max(...rounds)];
    // A verdict the rounds themselves disagree on is noise, and is reported as such.
    const straddles = low < 0.95 && high >= 0.95;
    const spread = `rounds ranged ${low.toFixed(2)}x-${high.toFixed(2)}x`;
    const control = find(throughput.subjects, THROUGHPUT_NAMES.control);
    const controlRounds = control === undefined ? [] : roundRatios(control, openapiFetch);
    const noise = controlRounds.length === 0 ? '' : `; noise floor: a second openapi-fetch measured ${pairedRatio(control!, openapiFetch).toFixed(2)}x the first (rounds ${Math.min(...controlRounds).toFixed(2)}x-${Math.max(...controlRounds).toFixed(2)}x)`;
    targets.push({
      // Informational: the verdict is the paired stub blocks' (below); wall-clock rounds carry the noise floor.
      target: 'wall clock, local server: ours (warm cache) vs openapi-fetch + static header (informational)',
      measured: `${ratio.toFixed(2)}x (${ours.name}; median of per-round ratios, ${spread})${noise}; ${authFigure}`,
      met: null,
      ...(straddles ? { why: `the rounds straddle 0.95x (${spread}): one run cannot settle a wall-clock verdict here` } : {}),
    });
  }
  if (ours !== undefined && peer !== undefined) {
    const met = ours.ratioToBaseline > peer.ratioToBaseline;
    targets.push({
      target: 'ours (warm cache) ahead of @hey-api/openapi-ts fetch client',
      measured: `${ours.ratioToBaseline.toFixed(2)}x vs ${peer.ratioToBaseline.toFixed(2)}x of raw fetch (${pairedRatio(ours, peer).toFixed(2)}x the peer)`,
      met,
      ...(met ? {} : { missedBy: `${round((peer.ratioToBaseline - ours.ratioToBaseline) * 100, 1)} points of raw fetch`, why: 'see the auth cache-hit overhead' }),
    });
  }
  if (overOpenapiFetch !== undefined) {
    const over = overOpenapiFetch.overheadMicrosPerCall;
    const base = auth.openapiFetchStubFetch[0];
    const roundRatio = base === undefined ? [] : overOpenapiFetch.roundRequestsPerSecond.map((rps, index) => rps / (base.roundRequestsPerSecond[index] as number));
    const met = over <= WARM_OVERHEAD_TARGET_MICROS;
    targets.push({
      target: `warm-cache overhead <= ${WARM_OVERHEAD_TARGET_MICROS} µs/call over openapi-fetch + static header (paired stub blocks)`,
      measured: `+${round(over, 2)} µs/call, ${overOpenapiFetch.ratioToBaseline.toFixed(3)}x its calls/s (spread over ${roundRatio.length} rounds of 100 block pairs: ${Math.min(...roundRatio).toFixed(3)}x-${Math.max(...roundRatio).toFixed(3)}x)`,
      met,
      ...(met ? {} : { missedBy: `${round(over - WARM_OVERHEAD_TARGET_MICROS, 2)} µs/call` }),
    });
  }
  if (cold !== undefined) targets.push(...coldTargets(cold));
  for (const [label, cold] of [['stub API fetch', auth.coldStubApi], ['local server', auth.coldLocalServer]] as const) {
    const met = cold.tokenRequests === 1 && cold.errors === 0;
    targets.push({
      target: `${cold.calls} concurrent cold-cache calls make exactly 1 token request (${label})`,
      measured: `${cold.tokenRequests} token request(s), ${cold.errors} errors, all resolved in ${Math.round(cold.msUntilAllResolved)} ms`,
      met,
      ...(met ? {} : { missedBy: `${cold.tokenRequests - 1} extra token requests, ${cold.errors} errors`, why: cold.error ?? 'single flight did not hold' }),
    });
  }
  for (const size of sizes.entries) {
    if (size.budget === undefined) continue;
    const met = size.gzipBytes <= size.budget;
    targets.push({
      target: `${size.name} <= ${size.budget} B min+gz`,
      measured: `${size.gzipBytes} B${size.note === undefined ? '' : ` (${size.note})`}`,
      met,
      ...(met ? {} : {
        missedBy: `${size.gzipBytes - size.budget} B (${round(((size.gzipBytes - size.budget) / size.budget) * 100, 1)}%)`,
        why: `${size.whyMissed === undefined ? '' : `${size.whyMissed}; `}with every message deleted (strings over 12 characters) still ${size.gzipBytesWithoutMessages} B; largest inputs (min bytes): ${size.topInputs.slice(0, 4).map((input) => `${input.path.replace(/^.*packages\//, '')} ${input.bytes}`).join(', ')}`,
      }),
    });
  }
  if (build === undefined) {
    targets.push({ target: 'fully cached pnpm build < 3 s', measured: 'skipped (--skip-build)', met: null });
  } else {
    const ms = build.cachedBuild.ms;
    const met = ms !== null && build.cachedBuild.ok && ms < 3000;
    targets.push({
      target: 'fully cached pnpm build < 3 s',
      measured: ms === null ? 'not measured' : `${round(ms / 1000)} s${build.cachedBuildFullTurbo ? ' (FULL TURBO)' : ''}`,
      met: ms === null ? null : met,
      ...(met || ms === null ? {} : {
        missedBy: build.cachedBuild.ok ? `${round((ms - 3000) / 1000)} s` : 'build failed',
        why: build.cachedBuild.note ?? 'pnpm and turbo start-up plus cache restores on a loaded 2-core machine',
      }),
    });
  }
  return targets;
}
