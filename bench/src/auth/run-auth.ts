import createClient from 'openapi-fetch';
import { compareSubjects, type ComparedSubject, type Subject } from '../measure/compare.js';
import { runLoad } from '../measure/load.js';
import { quantile } from '../measure/stats.js';
import { SERVICES_PATH, STATIC_TOKEN } from '../server/api-server.js';
import type { BenchServer } from '../server/spawn.js';
import type { paths } from '../peers/generated/cloudlx-paths.js';
import { fileURLToPath } from 'node:url';
import { timeCommand } from '../build/exec.js';
import { benchAuth, staticHeaderFetch, stubApiFetch } from './fetches.js';
import { OPENAPI_FETCH_AUTH, OPENAPI_FETCH_STATIC } from './pair-names.js';

export interface ColdStartResult {
  readonly calls: number;
  /** Token requests the server received while the calls ran (the target is exactly 1). */
  readonly tokenRequests: number;
  readonly errors: number;
  readonly msUntilAllResolved: number;
  readonly p99Ms: number;
  /** The server's artificial token-endpoint delay, which keeps the cold window open. */
  readonly tokenDelayMs: number;
  readonly error?: string;
}

export interface RefreshUnderLoadResult {
  readonly tokenLifetimeSeconds: number;
  readonly durationMs: number;
  readonly calls: number;
  readonly tokenRequests: number;
  readonly refreshRequests: number;
  readonly errors: number;
  /** API calls the server rejected with 401 (an expired bearer was sent). */
  readonly rejectedByServer: number;
  readonly p99Ms: number;
  /** p99 of the same load with a token that never expires during the run. */
  readonly p99MsWithoutRefresh: number;
}

export interface AuthResult {
  /**
   * Issue 4's figure: the same typed openapi-fetch call (CloudLX `GET /api/services`) with
   * `createClient({ baseUrl, headers: { Authorization: 'Bearer static' } })` (first, the baseline)
   * and with `createClient({ baseUrl, fetch: auth.fetch })` on a warm token, both over one stub fetch
   * that answers with a small JSON body (no I/O): sequential calls in 1,000 pairs of 100-call blocks,
   * the order alternating (see paired.ts). The second subject's `ratioToBaseline` is ours / static
   * calls per second and `overheadMicrosPerCall` the cost, medians over block pairs;
   * `roundRequestsPerSecond` sums 100 blocks per entry. Measured in a process of its own
   * (paired-child.ts), so the other phases' JIT feedback does not reach it.
   */
  readonly openapiFetchStubFetch: ComparedSubject[];
  /** The same pair over the local keep-alive server (16 in flight): realistic but noisier. */
  readonly openapiFetchLocalServer: ComparedSubject[];
  readonly cacheHitLocalServer: ComparedSubject[];
  /** `auth.fetch(url string)`: direct use. */
  readonly cacheHitStubFetch: ComparedSubject[];
  /** `auth.fetch(request)`: what openapi-fetch calls it with. */
  readonly cacheHitStubFetchRequest: ComparedSubject[];
  readonly coldStubApi: ColdStartResult;
  readonly coldLocalServer: ColdStartResult;
  readonly refreshUnderLoad: RefreshUnderLoadResult;
}

async function coldStart(server: BenchServer, calls: number, stubApi: boolean, tokenDelayMs: number): Promise<ColdStartResult> {
  await server.configure({ expiresInSeconds: 3600, tokenDelayMs });
  const auth = benchAuth(server.url, stubApi ? stubApiFetch(server.url) : undefined);
  const url = `${server.url}${SERVICES_PATH}`;
  const latencies = new Float64Array(calls);
  let errors = 0;
  let failure: string | undefined;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: calls }, async (_, index) => {
      const t0 = performance.now();
      try {
        const response = await auth.fetch(url);
        if (!stubApi) await response.arrayBuffer();
        if (!response.ok) errors += 1;
      } catch (error) {
        errors += 1;
        failure ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      latencies[index] = performance.now() - t0;
    }),
  );
  const msUntilAllResolved = performance.now() - begin;
  const stats = await server.stats();
  return {
    calls,
    tokenRequests: stats.tokenRequests + stats.refreshRequests,
    errors,
    msUntilAllResolved,
    p99Ms: quantile(latencies.sort(), 0.99),
    tokenDelayMs,
    ...(failure === undefined ? {} : { error: failure }),
  };
}

async function refreshUnderLoad(server: BenchServer, lifetimeSeconds: number, durationMs: number, concurrency: number): Promise<RefreshUnderLoadResult> {
  const url = `${server.url}${SERVICES_PATH}`;
  const makeCall = (auth: ReturnType<typeof benchAuth>) => async () => {
    const response = await auth.fetch(url);
    await response.arrayBuffer();
    return response.ok;
  };
  // Baseline first: same load, a token that outlives the run.
  await server.configure({ expiresInSeconds: 3600, tokenDelayMs: 0 });
  const steady = benchAuth(server.url);
  await steady.getAccessToken();
  const cap = 1_000_000;
  const baseline = await runLoad(makeCall(steady), { requests: cap, concurrency, maxMs: durationMs / 2 });

  await server.configure({ expiresInSeconds: lifetimeSeconds, tokenDelayMs: 5 });
  const cycling = benchAuth(server.url);
  await cycling.getAccessToken();
  const load = await runLoad(makeCall(cycling), { requests: cap, concurrency, maxMs: durationMs });
  const stats = await server.stats();
  return {
    tokenLifetimeSeconds: lifetimeSeconds,
    durationMs: load.elapsedMs,
    calls: load.requests,
    tokenRequests: stats.tokenRequests,
    refreshRequests: stats.refreshRequests,
    errors: load.errors,
    rejectedByServer: stats.rejectedApiRequests,
    p99Ms: load.p99Ms,
    p99MsWithoutRefresh: baseline.p99Ms,
  };
}


/** openapi-fetch with a static Authorization header vs with `fetch: auth.fetch`, over one `fetch`. */
function openapiFetchPair(baseUrl: string, inner: typeof fetch, auth: ReturnType<typeof benchAuth>): Subject[] {
  const staticClient = createClient<paths>({ baseUrl, fetch: inner, headers: { Authorization: `Bearer ${STATIC_TOKEN}` } });
  const authClient = createClient<paths>({ baseUrl, fetch: auth.fetch });
  return [
    { name: OPENAPI_FETCH_STATIC, call: async () => (await staticClient.GET('/api/services')).data !== undefined },
    { name: OPENAPI_FETCH_AUTH, call: async () => (await authClient.GET('/api/services')).data !== undefined },
  ];
}

const PAIRED_CHILD = fileURLToPath(new URL('./paired-child.ts', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Issue 4's paired stub blocks, measured in a process of their own (why: paired-child.ts). */
async function pairedInFreshProcess(serverUrl: string): Promise<ComparedSubject[]> {
  const { ok, output } = await timeCommand(process.execPath, ['--import', 'tsx', PAIRED_CHILD, serverUrl], BENCH_DIR);
  if (!ok) throw new Error(`paired warm-cache blocks failed: ${output.slice(-500)}`);
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as ComparedSubject[];
}

/** The auth layer alone: cache-hit overhead, cold-cache stampede, refresh while under load. */
export async function runAuth(server: BenchServer, options: { rounds: number; requestsPerRound: number; concurrency: number; coldCalls: number; refreshMs: number }): Promise<AuthResult> {
  await server.configure({ expiresInSeconds: 3600, tokenDelayMs: 0 });
  const url = `${server.url}${SERVICES_PATH}`;
  const plainLocal = staticHeaderFetch(fetch);
  const authLocal = benchAuth(server.url);
  await authLocal.getAccessToken();
  const cacheHitLocalServer = await compareSubjects(
    [
      { name: 'fetch + static header', call: async () => { const r = await plainLocal(url); await r.arrayBuffer(); return r.ok; } },
      { name: 'auth.fetch (warm cache)', call: async () => { const r = await authLocal.fetch(url); await r.arrayBuffer(); return r.ok; } },
    ],
    { rounds: options.rounds, requestsPerRound: options.requestsPerRound, warmupRequests: 500, concurrency: options.concurrency },
  );

  const stub = stubApiFetch(server.url);
  const plainStub = staticHeaderFetch(stub);
  const authStub = benchAuth(server.url, stub);
  await authStub.getAccessToken();
  const cacheHitStubFetch = await compareSubjects(
    [
      { name: 'stub fetch + static header', call: async () => (await plainStub(url)).ok },
      { name: 'auth.fetch over stub fetch (warm cache)', call: async () => (await authStub.fetch(url)).ok },
    ],
    // Sequential: the per-call difference is the figure, not throughput.
    { rounds: options.rounds, requestsPerRound: 20_000, warmupRequests: 5_000, concurrency: 1 },
  );
  const staticInit = { headers: { authorization: `Bearer ${STATIC_TOKEN}` } };
  const cacheHitStubFetchRequest = await compareSubjects(
    [
      { name: 'stub fetch(new Request(url, static header))', call: async () => (await stub(new Request(url, staticInit))).ok },
      { name: 'auth.fetch(new Request(url)) over stub fetch (warm cache)', call: async () => (await authStub.fetch(new Request(url))).ok },
    ],
    { rounds: options.rounds, requestsPerRound: 20_000, warmupRequests: 5_000, concurrency: 1 },
  );

  // Issue 4's figure: ours vs openapi-fetch with a static header, the one thing differing being
  // who sets Authorization. Sequential over a stub so the per-call difference is not lost in I/O.
  const openapiFetchStubFetch = await pairedInFreshProcess(server.url);
  const openapiFetchLocalServer = await compareSubjects(openapiFetchPair(server.url, fetch, authLocal), {
    rounds: options.rounds,
    requestsPerRound: options.requestsPerRound,
    warmupRequests: 500,
    concurrency: options.concurrency,
  });

  const coldStubApi = await coldStart(server, options.coldCalls, true, 20);
  const coldLocalServer = await coldStart(server, options.coldCalls, false, 20);
  const refresh = await refreshUnderLoad(server, 2, options.refreshMs, options.concurrency);
  return { openapiFetchStubFetch, openapiFetchLocalServer, cacheHitLocalServer, cacheHitStubFetch, cacheHitStubFetchRequest, coldStubApi, coldLocalServer, refreshUnderLoad: refresh };
}
