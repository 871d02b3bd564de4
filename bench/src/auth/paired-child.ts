/**
 * Issue 4's paired figure in a process of its own (run by run-auth.ts): openapi-fetch with a
 * static Authorization header against openapi-fetch with `fetch: auth.fetch`, over one stub JSON
 * fetch. Its own process because the bench's earlier phases (auth.fetch on URL strings, on real
 * sockets, the provider client) leave the shared code paths' JIT feedback polymorphic in a way no
 * user's process is: that alone moved this figure from ~0.5 to ~1.1 µs per call in side-by-side
 * runs. Both subjects run here, warmed alike. argv: <server url>; prints one JSON line.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../peers/generated/cloudlx-paths.js';
import { STATIC_TOKEN } from '../server/api-server.js';
import { benchAuth, stubJsonApiFetch } from './fetches.js';
import { OPENAPI_FETCH_AUTH, OPENAPI_FETCH_STATIC } from './pair-names.js';
import { comparePaired } from './paired.js';

const [serverUrl] = process.argv.slice(2);
if (serverUrl === undefined) throw new Error('usage: paired-child.ts <bench server url>');
const jsonStub = stubJsonApiFetch(serverUrl);
const auth = benchAuth(serverUrl, jsonStub);
await auth.getAccessToken();
const staticClient = createClient<paths>({ baseUrl: serverUrl, fetch: jsonStub, headers: { Authorization: `Bearer ${STATIC_TOKEN}` } });
const authClient = createClient<paths>({ baseUrl: serverUrl, fetch: auth.fetch });
const pair = await comparePaired(
  { name: OPENAPI_FETCH_STATIC, call: async () => (await staticClient.GET('/api/services')).data !== undefined },
  { name: OPENAPI_FETCH_AUTH, call: async () => (await authClient.GET('/api/services')).data !== undefined },
  { pairs: 1_000, callsPerBlock: 100, warmupRequests: 5_000, blocksPerRound: 100 },
);
console.log(JSON.stringify(pair));
