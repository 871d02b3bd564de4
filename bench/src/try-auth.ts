import { startBenchServer } from './server/spawn.js';
import { runAuth } from './auth/run-auth.js';
const server = await startBenchServer();
try {
  console.dir(await runAuth(server, { rounds: 3, requestsPerRound: 2000, concurrency: 16, coldCalls: 10000, refreshMs: 6000 }), { depth: 5 });
} finally { await server.stop(); }
