/**
 * Cloudmore in an edge worker: a Cloudflare-Worker-style handler (the same
 * `export default { fetch(request, env) }` shape runs on Deno Deploy and Bun too) that serves
 * Cloudmore's service categories as JSON to a browser page.
 *
 * Only web APIs are used (this file is type-checked without Node's types). The client secret and
 * the reseller admin's password come from the worker's `env` (`wrangler secret put
 * CLOUDMORE_PASSWORD`, ...), never from code, and never reach the browser: the page calls this
 * worker, the worker calls Cloudmore. Nor does the 24-hour admin token: the worker answers only
 * the fields the page needs.
 */
import { cloudmoreOptionsFromEnv, createCloudmoreClient } from "@cloud-sdks/cloudmore";

/**
 * The worker's bindings: CLOUDMORE_CLIENT_ID, CLOUDMORE_CLIENT_SECRET, CLOUDMORE_USERNAME,
 * CLOUDMORE_PASSWORD, optionally CLOUDMORE_BASE_URL or CLOUDMORE_ENVIRONMENT.
 */
export type Env = Readonly<Record<string, string | undefined>>;

type CloudmoreClient = ReturnType<typeof createCloudmoreClient>;

// One client per env for the isolate's lifetime: its cached token serves every request the
// isolate handles instead of a password grant per request.
const clients = new WeakMap<Env, CloudmoreClient>();

function clientFor(env: Env): CloudmoreClient {
  let client = clients.get(env);
  if (client === undefined) {
    client = createCloudmoreClient(cloudmoreOptionsFromEnv(env));
    clients.set(env, client);
  }
  return client;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "GET" || url.pathname !== "/categories") {
      return Response.json({ error: "not found: try GET /categories" }, { status: 404 });
    }
    let client: CloudmoreClient;
    try {
      client = clientFor(env);
    } catch (error) {
      // The SDK's messages are secret-free: they name missing variables, never values.
      return Response.json({ error: (error as Error).message }, { status: 500 });
    }
    const { data, error, response } = await client.GET("/api/services/categories");
    if (error !== undefined || data === undefined) {
      return Response.json({ error: `Cloudmore answered HTTP ${response.status}` }, { status: 502 });
    }
    const categories = data.map(({ categoryId, name }) => ({ categoryId, name }));
    return Response.json({ categories }, { headers: { "Cache-Control": "private, max-age=30" } });
  },
};
