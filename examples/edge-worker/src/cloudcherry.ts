/**
 * CloudCherry in an edge worker: a Cloudflare-Worker-style handler (the same
 * `export default { fetch(request, env) }` shape runs on Deno Deploy and Bun too) that serves
 * CloudCherry's active survey questions as JSON to a browser page.
 *
 * Only web APIs are used (this file is type-checked without Node's types). The password or API key
 * comes from the worker's `env` (`wrangler secret put CLOUDCHERRY_PASSWORD`), never from code, and
 * never reaches the browser: CloudCherry's guide asks for exactly that (secrets in server-side
 * environment variables, never in apps). The page calls this worker, the worker calls CloudCherry.
 */
import { cloudcherryOptionsFromEnv, createCloudcherryClient } from "@cloud-sdks/cloudcherry";

/** The worker's bindings: CLOUDCHERRY_USERNAME, CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY, optionally CLOUDCHERRY_BASE_URL. */
export type Env = Readonly<Record<string, string | undefined>>;

type CloudcherryClient = ReturnType<typeof createCloudcherryClient>;

// One client per env for the isolate's lifetime: its cached login serves every request the
// isolate handles instead of a login per request.
const clients = new WeakMap<Env, CloudcherryClient>();

function clientFor(env: Env): CloudcherryClient {
  let client = clients.get(env);
  if (client === undefined) {
    client = createCloudcherryClient(cloudcherryOptionsFromEnv(env));
    clients.set(env, client);
  }
  return client;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "GET" || url.pathname !== "/questions") {
      return Response.json({ error: "not found: try GET /questions" }, { status: 404 });
    }
    let client: CloudcherryClient;
    try {
      client = clientFor(env);
    } catch (error) {
      // The SDK's messages are secret-free: they name missing variables, never values.
      return Response.json({ error: (error as Error).message }, { status: 500 });
    }
    const { data, error, response } = await client.GET("/api/questions/active");
    if (error !== undefined || data === undefined) {
      return Response.json({ error: `CloudCherry answered HTTP ${response.status}` }, { status: 502 });
    }
    const questions = data.map(({ id, text }) => ({ id, text }));
    return Response.json({ questions }, { headers: { "Cache-Control": "private, max-age=30" } });
  },
};
