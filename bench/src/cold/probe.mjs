// Run by run-cold.ts in a fresh `node --expose-gc` per sample (plain Node, no tsx: its loader would
// be measured too). argv: <what> <subject>; prints one JSON line.
//   import: ms to import the subject's entry.   import-steps: ms per package of ours, in load order.
//   heap: heapUsed (bytes) after constructing one client.
//   waiting <calls>: heapUsed per call while <calls> calls wait on a cold cache (ours) or on a
//   fetch that has not answered (openapi-fetch), and how many token requests were sent.
const [what, subject, callsArg] = process.argv.slice(2);
const BASE = 'https://api.bench.example';
const entry = subject === 'ours' ? '@cloud-sdks/cloudlx' : 'openapi-fetch';
const gcHeap = () => {
  for (let i = 0; i < 4; i += 1) globalThis.gc();
  return process.memoryUsage().heapUsed;
};

// import-steps: the provider entry's packages one after another, each import timed after the ones
// before it, so the report can say where the import time goes.
if (what === 'import-steps') {
  const steps = {};
  for (const specifier of ['openapi-fetch', '@cloud-sdks/auth', '@cloud-sdks/core', '@cloud-sdks/core/public', '@cloud-sdks/cloudlx']) {
    const stepStart = performance.now();
    await import(specifier);
    steps[specifier] = performance.now() - stepStart;
  }
  console.log(JSON.stringify(steps));
  process.exit(0);
}

const start = performance.now();
const module = await import(entry);
const importMs = performance.now() - start;
if (what === 'import') {
  console.log(JSON.stringify({ importMs }));
  process.exit(0);
}

let release;
const gate = new Promise((resolve) => (release = resolve));
let tokenRequests = 0;
const ok = () => new Response('{"services":[]}', { headers: { 'content-type': 'application/json' } });
// Token requests wait for the gate (a cold cache); API calls answer at once.
const stubFetch = async (input) => {
  const url = typeof input === 'string' ? input : input.url;
  if (url.includes('/oauth2/')) {
    tokenRequests += 1;
    await gate;
    return new Response(JSON.stringify({ access_token: 'a', token_type: 'Bearer', expires_in: 3600 }), { headers: { 'content-type': 'application/json' } });
  }
  if (subject !== 'ours') await gate;
  return ok();
};
const create = () =>
  subject === 'ours'
    ? module.createCloudlxClient({ clientId: 'id', clientSecret: 'secret', baseUrl: BASE, fetch: stubFetch, retry: false })
    : module.default({ baseUrl: BASE, fetch: stubFetch, headers: { authorization: 'Bearer static' } });

const before = gcHeap();
const client = create();
if (what === 'heap') {
  console.log(JSON.stringify({ heapUsed: gcHeap(), heapBefore: before, client: typeof client }));
  process.exit(0);
}
const calls = Number(callsArg);
const settled = [];
const idle = gcHeap();
for (let i = 0; i < calls; i += 1) settled.push(client.GET('/api/services'));
// Let every call reach its wait (ours: the token single-flight; openapi-fetch: the fetch).
for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
const waiting = gcHeap();
release();
const results = await Promise.all(settled);
const errors = results.filter((result) => result.error !== undefined || !result.response.ok).length;
console.log(JSON.stringify({ bytesPerCall: (waiting - idle) / calls, rssMiB: process.memoryUsage().rss / 2 ** 20, tokenRequests, errors }));
