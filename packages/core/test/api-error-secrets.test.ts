import { inspect } from "node:util";
import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { describe, expect, it } from "vitest";
import { ApiError, createProviderClient, rememberSentSecrets, unwrap } from "../src/index.js";

interface Paths {
  "/things": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: { parameters: { query?: never; header?: never; path?: never; cookie?: never }; requestBody?: never; responses: { 403: { headers: Record<string, unknown>; content: { "application/json": unknown } } } };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 403: { headers: Record<string, unknown>; content: { "application/json": unknown } } };
    };
    put?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

const TOKEN = "live-token-Zq9Xv2Lm8Rt4Wb6Ny1";
const CLIENT_SECRET = "client-secret-Hk3Jd7Pq0Vs5";
const SECRETS = [TOKEN, CLIENT_SECRET];

/** A token endpoint and an API that echoes everything it got into its 403 (status text and request id too). */
function echoingProvider(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.url.endsWith("/oauth/token")) {
      return Response.json({ access_token: TOKEN, token_type: "Bearer", expires_in: 3600 });
    }
    const sent = request.headers.get("authorization") ?? "";
    const body = {
      message: `Token ${sent.replace("Bearer ", "")} lacks the permission things:write (client ${CLIENT_SECRET})`,
      details: [{ echo: sent, [TOKEN]: { deeper: [encodeURIComponent(CLIENT_SECRET)] } }],
      count: 3,
    };
    return Response.json(body, { status: 403, statusText: `Forbidden ${TOKEN}`, headers: { "x-request-id": `req-${TOKEN}` } });
  };
}

function client(options: { throwOnError: boolean; record: boolean }) {
  const credentials = clientCredentials({ tokenUrl: "https://api.example.test/oauth/token", clientId: "id", clientSecret: CLIENT_SECRET });
  const transport = echoingProvider();
  const auth = createAuth({
    credentials,
    apiBaseUrl: "https://api.example.test",
    fetch: options.record ? rememberSentSecrets(transport, () => credentials.secrets()) : transport,
  });
  return createProviderClient<Paths>({ provider: "demo", baseUrl: "https://api.example.test", fetch: auth.fetch, throwOnError: options.throwOnError });
}

/** String, message, stack, JSON (toJSON) and inspect with hidden properties: what loggers print. */
function views(error: unknown): string[] {
  return [String(error), (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: 20, showHidden: true })];
}

function expectScrubbed(error: unknown, secrets: readonly string[] = SECRETS): ApiError {
  expect(error).toBeInstanceOf(ApiError);
  for (const view of views(error)) for (const secret of secrets) expect(view.includes(secret), view.slice(0, 300)).toBe(false);
  const apiError = error as ApiError;
  expect(apiError.code).toBe("CLIENT_PERMISSION_DENIED");
  expect(apiError.status).toBe(403);
  expect(apiError.message).toContain("lacks the permission things:write");
  expect(apiError.message).toContain("[REDACTED]");
  return apiError;
}

describe("ApiError never carries a live token", () => {
  it.each([
    ["GET", true],
    ["POST", true],
    ["GET", false],
  ] as const)("throwOnError %s (recorded by the provider's transport: %s)", async (method, record) => {
    const api = client({ throwOnError: true, record });
    const call = method === "GET" ? api.GET("/things") : api.POST("/things", { body: { name: "x" } });
    // Unrecorded, core knows only the Authorization header it sent; the client secret is the provider's to name.
    const error = expectScrubbed(await call.catch((e: unknown) => e), record ? SECRETS : [TOKEN]);
    // The body keeps its shape; only the credentials are gone.
    expect(error.body).toMatchObject({ count: 3, details: [{ echo: "Bearer [REDACTED]" }] });
    expect(JSON.stringify(error)).toContain('"message":"@cloud-sdks/demo: GET /things answered 403'.replace("GET", method));
  });

  it.each(["GET", "POST"] as const)("unwrap of a %s result scrubs what the transport recorded", async (method) => {
    const api = client({ throwOnError: false, record: true });
    const error = expectScrubbed(await unwrap(method === "GET" ? api.GET("/things") : api.POST("/things", { body: { name: "x" } }), "demo").catch((e: unknown) => e));
    expect(error.requestId).toBe("req-[REDACTED]");
  });

  it("unwrap of a result nobody recorded still drops an echoed bearer by its scheme", async () => {
    const response = Response.json({ message: `denied for Bearer ${TOKEN}` }, { status: 401 });
    const error = await unwrap({ error: await response.clone().json(), response }, "demo").catch((e: unknown) => e);
    expect(String(error)).toContain("denied for Bearer [REDACTED]");
    expect(views(error).some((view) => view.includes(TOKEN))).toBe(false);
  });

  it("caps the message, whatever the provider says", async () => {
    const response = new Response(null, { status: 500, statusText: "x".repeat(5_000), headers: { "x-request-id": "r".repeat(5_000) } });
    const error = new ApiError({ provider: "demo", operation: "GET /things", status: 500, statusText: response.statusText, body: { message: "m".repeat(100_000) }, requestId: "r".repeat(5_000) });
    expect(error.message.length).toBeLessThanOrEqual(1_001);
  });

  it("survives a body nested deeper than any error a person reads", () => {
    let body: unknown = TOKEN;
    for (let depth = 0; depth < 10_000; depth++) body = [body];
    const error = new ApiError({ provider: "demo", operation: "GET /things", status: 400, statusText: "", body, requestId: undefined }, [TOKEN]);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it("keeps a body key named __proto__ as data", () => {
    const body = JSON.parse(`{"__proto__": {"polluted": "${TOKEN}"}}`) as unknown;
    const error = new ApiError({ provider: "demo", operation: "GET /things", status: 400, statusText: "", body, requestId: undefined }, [TOKEN]);
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
    expect(JSON.stringify(error.body)).toBe('{"__proto__":{"polluted":"[REDACTED]"}}');
  });
});
