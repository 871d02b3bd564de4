/**
 * CloudLX in an edge worker: a Cloudflare-Worker-style handler (the same
 * `export default { fetch(request, env) }` shape runs on Deno Deploy and Bun too) that serves the
 * CloudLX service list as JSON to a browser page.
 *
 * Only web APIs are used (this file is type-checked without Node's types). The credentials come
 * from the worker's `env` (secrets set with `wrangler secret put CLOUDLX_CLIENT_SECRET`), never
 * from code, and never reach the browser: the page calls this worker, the worker calls CloudLX.
 */
import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";

/** The worker's bindings: CLOUDLX_CLIENT_ID, CLOUDLX_CLIENT_SECRET, optionally CLOUDLX_BASE_URL. */
export type Env = Readonly<Record<string, string | undefined>>;

type CloudlxClient = ReturnType<typeof createCloudlxClient>;

// One client per env for the isolate's lifetime: its cached token serves every request the
// isolate handles instead of a token request per request.
const clients = new WeakMap<Env, CloudlxClient>();

function clientFor(env: Env): CloudlxClient {
  let client = clients.get(env);
  if (client === undefined) {
    client = createCloudlxClient(cloudlxOptionsFromEnv(env));
    clients.set(env, client);
  }
  return client;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "GET" || url.pathname !== "/services") {
      return Response.json({ error: "not found: try GET /services" }, { status: 404 });
    }
    let client: CloudlxClient;
    try {
      client = clientFor(env);
    } catch (error) {
      // The SDK's messages are secret-free: they name missing variables, never values.
      return Response.json({ error: (error as Error).message }, { status: 500 });
    }
    const { data, error, response } = await client.GET("/api/services");
    if (error !== undefined) {
      return Response.json({ error: `CloudLX answered HTTP ${response.status}` }, { status: 502 });
    }
    const services = data.services.map(({ id, name, bandwidth }) => ({ id, name, bandwidth }));
    return Response.json({ services }, { headers: { "Cache-Control": "private, max-age=30" } });
  },
};
