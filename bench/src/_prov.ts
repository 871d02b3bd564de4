import createClient from 'openapi-fetch';
import type { paths } from './peers/generated/cloudlx-paths.js';
import { createCloudlxClient } from '@cloud-sdks/cloudlx';
import { stubJsonApiFetch } from './auth/fetches.js';
import { comparePaired } from './auth/paired.js';
import { startBenchServer } from './server/spawn.js';
import { STATIC_TOKEN, CLIENT_ID, CLIENT_SECRET } from './server/api-server.js';
const server = await startBenchServer();
try {
  await server.configure({ expiresInSeconds: 3600, tokenDelayMs: 0 });
  const jsonStub = stubJsonApiFetch(server.url);
  const c = createCloudlxClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: server.url, validate: false, fetch: jsonStub } as never);
  await c.GET('/api/services');
  const s = createClient<paths>({ baseUrl: server.url, fetch: jsonStub, headers: { Authorization: `Bearer ${STATIC_TOKEN}` } });
  const r = await comparePaired({ name: 'static', call: async () => (await s.GET('/api/services')).data !== undefined }, { name: 'cloudlx', call: async () => (await c.GET('/api/services')).data !== undefined }, { pairs: +(process.argv[2] ?? 400), callsPerBlock: 100, warmupRequests: 5000, blocksPerRound: 100 });
  for (const x of r) console.log(x.name, x.requestsPerSecond.toFixed(0), 'ratio', x.ratioToBaseline.toFixed(3), 'overhead µs', x.overheadMicrosPerCall.toFixed(2), 'errors', x.errors);
} finally { await server.stop(); }
