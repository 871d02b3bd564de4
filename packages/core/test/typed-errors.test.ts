import { createAuth, staticBearer } from "@cloud-sdks/auth";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ClientConfigError,
  ConflictError,
  createApiError,
  createProviderClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  requestIdOf,
  UnprocessableEntityError,
} from "../src/index.js";

interface Paths {
  "/items/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { id: string } } };
        404: { headers: Record<string, unknown>; content: { "application/json": { message: string } } };
        429: { headers: Record<string, unknown>; content?: never };
      };
    };
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

const details = (status: number) => ({ provider: "demo", operation: "GET /x", status, statusText: "", body: undefined, requestId: undefined });

describe("ApiError subclasses", () => {
  it.each([
    [400, BadRequestError, "CLIENT_BAD_REQUEST"],
    [401, AuthenticationError, "CLIENT_AUTHENTICATION"],
    [403, PermissionDeniedError, "CLIENT_PERMISSION_DENIED"],
    [404, NotFoundError, "CLIENT_NOT_FOUND"],
    [409, ConflictError, "CLIENT_CONFLICT"],
    [422, UnprocessableEntityError, "CLIENT_UNPROCESSABLE_ENTITY"],
    [429, RateLimitError, "CLIENT_RATE_LIMIT"],
    [500, InternalServerError, "CLIENT_INTERNAL_SERVER"],
    [503, InternalServerError, "CLIENT_INTERNAL_SERVER"],
  ] as const)("status %i is %o with code %s, and still an ApiError", (status, Class, code) => {
    const error = createApiError(details(status));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(code);
    expect(error.name).toBe(Class.name);
  });

  it("keeps a status without a family a plain ApiError", () => {
    const error = createApiError(details(405));
    expect(error.constructor).toBe(ApiError);
    expect(error.code).toBe("CLIENT_API_ERROR");
  });

  it("gives RateLimitError the Retry-After in ms, seconds or HTTP date", () => {
    const seconds = createApiError(details(429), [], new Headers({ "retry-after": "7" }));
    expect((seconds as RateLimitError).retryAfterMs).toBe(7000);
    const date = createApiError(details(429), [], new Headers({ "retry-after": new Date(60_000).toUTCString() }), 0);
    expect((date as RateLimitError).retryAfterMs).toBe(60_000);
    expect((createApiError(details(429)) as RateLimitError).retryAfterMs).toBeUndefined();
  });
});

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  return async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

describe("isApiError", () => {
  it("narrows to the operation's documented status with the spec's body type", async () => {
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch: answering(404, { message: "no such item" }), throwOnError: true });
    const error = await client.GET("/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    expect(client.isApiError(error, "GET /items/{id}", 404)).toBe(true);
    expect(client.isApiError(error, "GET /items/{id}", 429)).toBe(false);
    if (client.isApiError(error, "GET /items/{id}", 404)) {
      expectTypeOf(error.body).toEqualTypeOf<{ message: string }>();
      expectTypeOf(error).toMatchTypeOf<NotFoundError<{ message: string }>>();
      expect(error.body.message).toBe("no such item");
    }
    // @ts-expect-error 500 is not documented for this operation
    client.isApiError(error, "GET /items/{id}", 500);
    // @ts-expect-error no such operation
    client.isApiError(error, "POST /items/{id}", 404);
  });
});

describe("request id of a success", () => {
  it("is read from the response as from an error", async () => {
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch: answering(200, { id: "a" }, { "x-request-id": "req-7" }) });
    const { response } = await client.GET("/items/{id}", { params: { path: { id: "a" } } });
    expect(requestIdOf(response)).toBe("req-7");
  });
});

// A real server, so timeouts and refused connections come from fetch itself.
let server: Server;
let origin: string;
let hits = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    hits += 1;
    if (request.url?.startsWith("/items/slow")) return; // never answers: only a timeout ends the call
    response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function clientOn(baseUrl: string, throwOnError = false) {
  const auth = createAuth({ credentials: staticBearer({ token: "t" }), apiBaseUrl: baseUrl, retry: { maxRetries: 3, baseDelayMs: 1 } });
  return createProviderClient<Paths>({ provider: "demo", baseUrl, fetch: auth.fetch, throwOnError });
}

describe("per-call options", () => {
  it("maxRetries: 0 sends one attempt where the client would send four", async () => {
    const client = clientOn(origin);
    hits = 0;
    const once = await client.GET("/items/{id}", { params: { path: { id: "a" } }, maxRetries: 0 });
    expect(once.response.status).toBe(503);
    expect(hits).toBe(1);
    await client.GET("/items/{id}", { params: { path: { id: "a" } } });
    expect(hits).toBe(5);
  });

  it("timeout ends a call that gets no answer, as ApiTimeoutError wrapping auth's TimeoutError", async () => {
    const client = clientOn(origin);
    const error = await client.GET("/items/{id}", { params: { path: { id: "slow" } }, timeout: 50, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ code: "CLIENT_TIMEOUT", timeoutMs: 50, operation: "GET /items/{id}", cause: { code: "AUTH_TIMEOUT" } });
  });

  it("signal aborts a call with the caller's reason, unwrapped", async () => {
    const client = clientOn(origin);
    const controller = new AbortController();
    const pending = client.GET("/items/{id}", { params: { path: { id: "slow" } }, signal: controller.signal });
    controller.abort(new Error("user gave up"));
    await expect(pending).rejects.toThrow("user gave up");
  });

  it("refuses a bad timeout or maxRetries with ClientConfigError naming the call option", async () => {
    const client = clientOn(origin);
    await expect(client.GET("/items/{id}", { params: { path: { id: "a" } }, timeout: -1 })).rejects.toMatchObject({ code: "CLIENT_CONFIG_INVALID", option: "timeout" });
    await expect(client.GET("/items/{id}", { params: { path: { id: "a" } }, maxRetries: 0.5 })).rejects.toBeInstanceOf(ClientConfigError);
  });

  it("types the call options (checked by tsc, never sent)", () => {
    const client = clientOn(origin);
    const typeOnly = () => [
      // @ts-expect-error timeout is a number of ms
      client.GET("/items/{id}", { params: { path: { id: "a" } }, timeout: "5s" }),
      // @ts-expect-error misspelt option
      client.GET("/items/{id}", { params: { path: { id: "a" } }, maxRetry: 1 }),
      client.GET("/items/{id}", { params: { path: { id: "a" } }, timeout: 5, maxRetries: 0, signal: AbortSignal.timeout(5) }),
    ];
    expectTypeOf(typeOnly).toBeFunction();
  });
});

describe("connection errors", () => {
  it("a refused connection is ApiConnectionError after the retries, with auth's error as cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await clientOn(deadOrigin).GET("/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ code: "CLIENT_CONNECTION", operation: "GET /items/{id}", cause: { code: "AUTH_RETRIES_EXHAUSTED" } });
  });

  it("user middleware sees the transport's raw error first; the caller gets ApiConnectionError, also through client.request", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const seen: unknown[] = [];
    const auth = createAuth({ credentials: staticBearer({ token: "t" }), apiBaseUrl: deadOrigin, retry: false });
    const client = createProviderClient<Paths>({
      provider: "demo",
      baseUrl: deadOrigin,
      fetch: auth.fetch,
      middleware: [{ onError: ({ error }) => void seen.push((error as { code?: unknown }).code) }],
    });
    const viaGet = await client.GET("/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    const viaRequest = await client.request("get", "/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    expect(seen).toEqual(["AUTH_NETWORK_ERROR", "AUTH_NETWORK_ERROR"]);
    for (const error of [viaGet, viaRequest]) {
      expect(error).toBeInstanceOf(ApiConnectionError);
      expect(error).toMatchObject({ operation: "GET /items/{id}", cause: { code: "AUTH_NETWORK_ERROR" } });
    }
  });

  it("a TypeError that is not a network failure (a bug in a custom fetch) is thrown as it is, not as a connection error", async () => {
    const auth = createAuth({
      credentials: staticBearer({ token: "t" }),
      apiBaseUrl: origin,
      fetch: () => Promise.reject(new TypeError("customFetch is not a function")),
    });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: origin, fetch: auth.fetch });
    const error = await client.GET("/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ name: "TypeError", message: "customFetch is not a function" });
  });

  it("a refused connection that is not retried (retries off for the call) is ApiConnectionError too, with auth's NetworkError as cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await clientOn(deadOrigin).GET("/items/{id}", { params: { path: { id: "a" } }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ code: "CLIENT_CONNECTION", operation: "GET /items/{id}", cause: { code: "AUTH_NETWORK_ERROR" } });
  });
});
