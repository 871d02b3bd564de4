/**
 * `pnpm bench`: every figure of issue 8 in one run, as ratios to a baseline measured in the same
 * run. Prints a table and writes bench/results/latest.json. `--skip-build` leaves out the
 * worktree build figures (the slow part) while iterating on the rest.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runAuth } from './auth/run-auth.js';
import { runBuild } from './build/run-build.js';
import { runCold } from './cold/run-cold.js';
import { timeCommand } from './build/exec.js';
import { generatePeers } from './peers/generate.js';
import { formatResults } from './report/print.js';
import { machine, type BenchResults } from './report/results.js';
import { evaluateTargets } from './report/targets.js';
import { startBenchServer } from './server/spawn.js';
import { runSize } from './size/run-size.js';
import { runTypecheck } from './typecheck/run-typecheck.js';

const skipBuild = process.argv.includes('--skip-build');
const log = (message: string): void => console.error(`[bench] ${message}`);

log('generating the peer client (@hey-api/openapi-ts) and openapi-typescript paths');
await generatePeers();
// Imported after generation: the subjects import the generated peer client.
const { runThroughput } = await import('./throughput/run-throughput.js');

const server = await startBenchServer();
let throughput;
let auth;
try {
  log('throughput: raw fetch, openapi-fetch, hey-api, ours');
  throughput = await runThroughput(server, { rounds: 7, requestsPerRound: 2_000, concurrency: 16 });
  log('auth layer: cache hit, 10,000 cold calls, refresh under load');
  auth = await runAuth(server, { rounds: 7, requestsPerRound: 2_000, concurrency: 16, coldCalls: 10_000, refreshMs: 6_000 });
} finally {
  await server.stop();
}
log('cold start: import time, heap after one client, heap per waiting call (fresh processes)');
const cold = await runCold({ samples: 7, waitingCalls: 50_000 });
log('bundle sizes');
const sizes = await runSize();
log('type-check of a consumer of all three clients');
const typecheck = await runTypecheck();
let build;
if (!skipBuild) {
  log('codegen, cold and cached build in a temporary git worktree of HEAD');
  build = await runBuild();
}
const commit = (await timeCommand('git', ['rev-parse', '--short', 'HEAD'], fileURLToPath(new URL('.', import.meta.url)))).output.trim();
const results: BenchResults = {
  schemaVersion: 1,
  date: new Date().toISOString(),
  commit,
  machine: machine(),
  throughput,
  auth,
  sizes,
  cold,
  ...(build === undefined ? {} : { build }),
  typecheck,
  targets: evaluateTargets(throughput, auth, sizes, build, cold),
};
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
await writeFile(`${resultsDir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatResults(results));
log('wrote bench/results/latest.json');
