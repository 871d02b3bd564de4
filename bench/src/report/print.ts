import type { BenchResults } from './results.js';
import { round } from '../measure/stats.js';
import { table } from './table.js';

const ms = (value: number | null | undefined): string | number => (value === null || value === undefined ? 'n/a' : Math.round(value));

/** The human-readable summary of one run. */
export function formatResults(results: BenchResults): string {
  const out: string[] = [];
  const { throughput, auth, sizes, build, typecheck, targets } = results;
  out.push(`cloud-sdks bench, ${results.date}, ${results.machine.cpus}x ${results.machine.cpuModel}, Node ${results.machine.node}, load ${results.machine.loadAverage.join(' ')}`);
  out.push('', `Throughput: CloudLX GET /api/services, local keep-alive server, ${throughput.concurrency} in flight, medians of ${throughput.rounds} alternating rounds x ${throughput.requestsPerRound} calls`);
  const raw = throughput.subjects[0];
  const latencyRatio = (value: number, base: number | undefined) => (base ? (value / base).toFixed(2) : 'n/a');
  out.push(
    table(
      ['client', 'req/s', 'x raw fetch', 'p50 ms', 'p50 x raw', 'p99 ms', 'p99 x raw', 'errors'],
      throughput.subjects.map((s) => [s.name, Math.round(s.requestsPerSecond), s.ratioToBaseline.toFixed(2), round(s.p50Ms), latencyRatio(s.p50Ms, raw?.p50Ms), round(s.p99Ms), latencyRatio(s.p99Ms, raw?.p99Ms), s.errors]),
    ),
  );
  out.push('  x raw fetch: median of per-round ratios (so it can differ from the ratio of the median req/s); p50/p99 x raw: of the medians (lower is better)');
  for (const missing of throughput.missing) out.push(`  not measured: ${missing}`);
  out.push('', 'Auth layer, cache hit (warm token) vs a static header');
  const hit = (label: string, pair: typeof auth.cacheHitLocalServer): (string | number)[] => [label, round(pair[1]?.ratioToBaseline ?? Number.NaN), round(pair[1]?.overheadMicrosPerCall ?? Number.NaN, 1), round(pair[1]?.p99Ms ?? Number.NaN, 3), round(pair[0]?.p99Ms ?? Number.NaN, 3)];
  out.push(table(['against', 'x static', 'overhead µs/call', 'p99 ms', 'p99 ms static'], [
    hit('openapi-fetch: fetch: auth.fetch vs static Authorization, stub JSON fetch (issue 4)', auth.openapiFetchStubFetch),
    hit('openapi-fetch: same pair, local server', auth.openapiFetchLocalServer),
    hit('local server', auth.cacheHitLocalServer), hit('stub fetch, url string input', auth.cacheHitStubFetch), hit('stub fetch, Request input (openapi-fetch path)', auth.cacheHitStubFetchRequest),
  ]));
  out.push(`  x static: median over rounds of calls/s ÷ the static side's in the same round; openapi-fetch stub pair: sequential, median over 1,000 pairs of alternating 100-call blocks`);
  out.push('', 'Auth layer, cold cache and refresh');
  out.push(table(['scenario', 'calls', 'token reqs', 'refresh reqs', 'errors', 'all resolved ms', 'p99 ms'], [
    [`cold, stub API (token delay ${auth.coldStubApi.tokenDelayMs} ms)`, auth.coldStubApi.calls, auth.coldStubApi.tokenRequests, 0, auth.coldStubApi.errors, ms(auth.coldStubApi.msUntilAllResolved), round(auth.coldStubApi.p99Ms)],
    [`cold, local server (token delay ${auth.coldLocalServer.tokenDelayMs} ms)`, auth.coldLocalServer.calls, auth.coldLocalServer.tokenRequests, 0, auth.coldLocalServer.errors, ms(auth.coldLocalServer.msUntilAllResolved), round(auth.coldLocalServer.p99Ms)],
    [`refresh under load (${auth.refreshUnderLoad.tokenLifetimeSeconds} s tokens, ${Math.round(auth.refreshUnderLoad.durationMs / 1000)} s; p99 w/o refresh ${round(auth.refreshUnderLoad.p99MsWithoutRefresh)})`, auth.refreshUnderLoad.calls, auth.refreshUnderLoad.tokenRequests, auth.refreshUnderLoad.refreshRequests, auth.refreshUnderLoad.errors + auth.refreshUnderLoad.rejectedByServer, ms(auth.refreshUnderLoad.durationMs), round(auth.refreshUnderLoad.p99Ms)],
  ]));
  out.push('', 'Bundle size (esbuild, minified, platform neutral, gzip -9)');
  out.push(
    table(
      ['entry', 'min B', 'min+gz B', 'without messages B', 'target B', 'CI ceiling B', 'lazy min+gz B', 'initial + lazy min+gz B'],
      sizes.entries.map((e) => [e.name, e.minBytes, e.gzipBytes, e.gzipBytesWithoutMessages, e.budget ?? 'n/a', e.ceiling ?? 'n/a', e.lazyGzipBytes, e.gzipBytes + e.lazyGzipBytes]),
    ),
  );
  out.push('  without messages: min+gz with every string over 12 characters emptied, i.e. the code alone');
  out.push('  lazy: chunks loaded only through import(): for auth-redis, node-redis when the store creates its own client. Provider entries have none: validation is the separate `/validation` import, measured as its own row');
  for (const entry of sizes.entries) if (entry.note !== undefined) out.push(`  ${entry.name}: ${entry.note}`);
  out.push('', 'Build and type-check');
  const rows: (string | number)[][] = [];
  if (build === undefined) rows.push(['build figures', 'skipped (--skip-build)', '']);
  else {
    for (const [label, step] of [['pnpm install --offline (worktree)', build.install], ['codegen, all specs', build.codegen], ['cold build (turbo --force)', build.coldBuild], ['fully cached pnpm build', build.cachedBuild]] as const) {
      rows.push([label, ms(step.ms), step.ok ? 'ok' : (step.note ?? 'failed')]);
    }
  }
  rows.push(['tsc consumer of all three clients', ms(typecheck.wallMs), typecheck.ok ? `instantiations ${typecheck.instantiations}, check ${ms(typecheck.checkTimeMs)} ms, types ${typecheck.types}` : (typecheck.note ?? 'failed')]);
  if (typecheck.withLibCheck !== undefined) {
    const strict = typecheck.withLibCheck;
    rows.push(['  same, --skipLibCheck false', ms(strict.wallMs), `instantiations ${strict.instantiations}, check ${ms(strict.checkTimeMs)} ms`]);
  }
  out.push(table(['step', 'ms', 'status'], rows));
  out.push('', 'Targets (issue 8)');
  out.push(table(['target', 'measured', 'met', 'missed by / why'], targets.map((t) => [t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED', [t.missedBy, t.why].filter(Boolean).join(': ')])));
  return out.join('\n');
}
