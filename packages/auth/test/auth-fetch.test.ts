import createClient from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuth, type CreateAuthOptions } from "../src/create-auth.js";
import { clientCredentials, httpBasic, staticBearer } from "../src/credentials.js";
import { createMemoryTokenStore } from "../src/store.js";
import { AUTH_INSECURE_URL, ConfigError, InsecureUrlError } from "../src/errors.js";
import { json, scriptedFetch, tokenBody, type Handler, type Sent } from "./helpers.js";

const TOKEN_URL = "https://id.example.com/token";
const API = "https://api.example.com";

function setup(api: (sent: Sent, auth: string | null) => Response | Promise<Response>, overrides: Partial<CreateAuthOptions> = {}) {
  let n = 0;
  const handler: Handler = (sent) => {
    if (sent.url === TOKEN_URL) {
      n += 1;
      return json(tokenBody(`a${n}`));
    }
    return api(sent, sent.headers.get("authorization"));
  };
  const scripted = scriptedFetch(handler);
  const auth = createAuth({
    credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s" }),
    apiBaseUrl: `${API}/v1`,
    fetch: scripted.fetch,
    retry: false,
    ...overrides,
  });
  return {
    auth,
    sent: scripted.sent,
    apiRequests: () => scripted.sent.filter((sent) => sent.url !== TOKEN_URL),
    tokenRequests: () => scripted.sent.filter((sent) => sent.url === TOKEN_URL),
  };
}

const ok = () => new Response("{}", { headers: { "content-type": "application/json" } });

describe("bearer attachment", () => {
  it("attaches the bearer only to the API origin", async () => {
    const { auth, apiRequests } = setup(ok);
    for (const url of [`${API}/v1/x`, `${API}/other`, `${API}:443/y`, "https://api.example.com.evil.com/x", "http://api.example.com/x", "https://evil.example/x", `https://u@api.example.com/x`.replace("u@", "")]) {
      await auth.fetch(url);
    }
    expect(apiRequests().map((sent) => [sent.url, sent.headers.get("authorization")])).toEqual([
      [`${API}/v1/x`, "Bearer a1"],
      [`${API}/other`, "Bearer a1"],
      [`${API}/y`, "Bearer a1"],
      ["https://api.example.com.evil.com/x", null],
      ["http://api.example.com/x", null],
      ["https://evil.example/x", null],
      [`${API}/x`, "Bearer a1"],
    ]);
  });

  it("never sends the resource bearer to the token endpoint, and adds configured headers to both", async () => {
    const { auth, sent } = setup(ok, { headers: { accept: "application/vnd.cloudlx.v1+json" } });
    await auth.fetch(`${API}/v1/a`);
    await auth.fetch(`${API}/v1/b`, { headers: { accept: "text/csv" } });
    const [token, first, second] = sent;
    expect(token?.headers.get("authorization")).toBe(`Basic ${btoa("c:s")}`);
    expect(token?.headers.get("accept")).toBe("application/vnd.cloudlx.v1+json");
    expect(token?.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);
    expect(first?.headers.get("accept")).toBe("application/vnd.cloudlx.v1+json");
    expect(second?.headers.get("accept")).toBe("text/csv");
  });

  it("works as openapi-fetch's fetch for GET and POST", async () => {
    const { auth, apiRequests } = setup((sent) => json({ method: sent.method, body: sent.body }));
    const client = createClient<Record<string, never>>({ baseUrl: `${API}/v1`, fetch: auth.fetch });
    const got = await (client as any).GET("/items");
    const posted = await (client as any).POST("/items", { body: { name: "n" } });
    expect(got.data).toEqual({ method: "GET", body: "" });
    expect(posted.data).toEqual({ method: "POST", body: '{"name":"n"}' });
    expect(apiRequests().every((sent) => sent.headers.get("authorization") === "Bearer a1")).toBe(true);
  });

  it("sends httpBasic and staticBearer headers to the API origin only, with no refresh on 401", async () => {
    for (const [credentials, header] of [
      [httpBasic({ username: "u", password: "p" }), `Basic ${btoa("u:p")}`],
      [staticBearer({ token: "tok" }), "Bearer tok"],
    ] as const) {
      const { auth, apiRequests, tokenRequests } = setup(() => new Response("no", { status: 401 }), { credentials });
      expect((await auth.fetch(`${API}/v1/x`)).status).toBe(401);
      await auth.fetch("https://elsewhere.example/x");
      expect(apiRequests().map((sent) => sent.headers.get("authorization"))).toEqual([header, null]);
      expect(tokenRequests()).toHaveLength(0);
    }
    const bearer = setup(ok, { credentials: staticBearer({ token: "tok" }) });
    expect(await bearer.auth.getAccessToken()).toBe("tok");
    await expect(setup(ok, { credentials: httpBasic({ username: "u", password: "p" }) }).auth.getAccessToken()).rejects.toBeInstanceOf(ConfigError);
  });
});

describe("401 handling", () => {
  const bodies: [string, () => RequestInit, string][] = [
    ["JSON", () => ({ method: "POST", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } }), '{"a":1}'],
    ["form", () => ({ method: "POST", body: new URLSearchParams({ a: "1", b: "x y" }) }), "a=1&b=x+y"],
    ["binary", () => ({ method: "PUT", body: new Uint8Array([0, 255, 1, 254]) }), "\u0000\ufffd\u0001\ufffd"],
    [
      "stream",
      () => ({ method: "POST", body: new Blob(["streamed"]).stream(), duplex: "half" }) as RequestInit,
      "streamed",
    ],
  ];

  it.each(bodies)("refreshes once and resends a %s body intact", async (_kind, init, expected) => {
    const { auth, apiRequests, tokenRequests } = setup((_sent, authorization) =>
      authorization === "Bearer a1" ? new Response("expired", { status: 401 }) : ok(),
    );
    const response = await auth.fetch(`${API}/v1/upload`, init());
    expect(response.status).toBe(200);
    expect(apiRequests().map((sent) => [sent.headers.get("authorization"), sent.body])).toEqual([
      ["Bearer a1", expected],
      ["Bearer a2", expected],
    ]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("keeps content-type of a Request body on the resend", async () => {
    const { auth, apiRequests } = setup((_sent, authorization) => (authorization === "Bearer a1" ? new Response("", { status: 401 }) : ok()));
    await auth.fetch(new Request(`${API}/v1/x`, { method: "POST", body: new URLSearchParams({ a: "1" }) }));
    expect(apiRequests().map((sent) => sent.headers.get("content-type"))).toEqual([
      "application/x-www-form-urlencoded;charset=UTF-8",
      "application/x-www-form-urlencoded;charset=UTF-8",
    ]);
  });

  it("resends without waiting for the 401 body's cancel, which never settles for a tee'd body (MSW in Node)", async () => {
    const pending = () => new ReadableStream({ cancel: () => new Promise<void>(() => {}) });
    const { auth, apiRequests } = setup((_sent, authorization) => (authorization === "Bearer a1" ? new Response(pending(), { status: 401 }) : ok()));
    expect((await auth.fetch(`${API}/v1/x`)).status).toBe(200);
    expect(apiRequests()).toHaveLength(2);
  });

  it("never loops: a second 401 is returned to the caller", async () => {
    const { auth, apiRequests, tokenRequests } = setup(() => new Response("denied", { status: 401 }));
    expect((await auth.fetch(`${API}/v1/x`)).status).toBe(401);
    expect(apiRequests()).toHaveLength(2);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("a late 401 for an already replaced token resends with the new token without a second refresh", async () => {
    const release: (() => void)[] = [];
    const store = createMemoryTokenStore();
    const get = vi.spyOn(store, "get");
    const { auth, apiRequests, tokenRequests } = setup(
      async (_sent, authorization) => {
        if (authorization !== "Bearer a1") return ok();
        await new Promise<void>((resolve) => release.push(resolve));
        return new Response("", { status: 401 });
      },
      { store },
    );
    await auth.getAccessToken();
    const first = auth.fetch(`${API}/v1/a`);
    const second = auth.fetch(`${API}/v1/b`);
    await vi.waitFor(() => expect(release).toHaveLength(2));
    release[0]?.();
    expect((await first).status).toBe(200);
    const readsBefore = get.mock.calls.length;
    release[1]?.();
    expect((await second).status).toBe(200);
    expect(get.mock.calls.length).toBe(readsBefore); // decided in memory: not even a store read
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map((sent) => sent.headers.get("authorization"))).toEqual(["Bearer a1", "Bearer a1", "Bearer a2", "Bearer a2"]);
  });

  it("concurrent 401s for the current token share one refresh", async () => {
    const { auth, tokenRequests } = setup((_sent, authorization) => (authorization === "Bearer a1" ? new Response("", { status: 401 }) : ok()));
    await auth.getAccessToken();
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => auth.fetch(`${API}/v1/${i}`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe("configuration", () => {
  const credentials = clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s" });

  it.each([
    ["apiBaseUrl", { apiBaseUrl: "http://api.example.com" }],
    ["credentials.tokenUrl", { credentials: clientCredentials({ tokenUrl: "http://id.example.com/t", clientId: "c", clientSecret: "s" }) }],
    ["credentials.refresh.tokenUrl", { credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s", refresh: { tokenUrl: "http://id.example.com/r" } }) }],
  ])("refuses plain http for %s", (option, overrides) => {
    const make = () => createAuth({ credentials, apiBaseUrl: API, ...overrides } as CreateAuthOptions);
    expect(make).toThrow(InsecureUrlError);
    try {
      make();
    } catch (error) {
      expect(error).toMatchObject({ code: AUTH_INSECURE_URL, option });
    }
  });

  it("allows loopback http and, when asked, any http", () => {
    for (const host of ["127.0.0.1:8080", "[::1]:3000", "localhost"]) {
      expect(() => createAuth({ credentials: clientCredentials({ tokenUrl: `http://${host}/t`, clientId: "c", clientSecret: "s" }), apiBaseUrl: `http://${host}` })).not.toThrow();
    }
    expect(() => createAuth({ credentials, apiBaseUrl: "http://api.example.com", allowInsecureHttp: true })).not.toThrow();
  });

  it.each([
    ["credentials", { credentials: { kind: "x" } }],
    ["apiBaseUrl", { apiBaseUrl: "/relative" }],
    ["apiBaseUrl", { apiBaseUrl: "https://user:pw@api.example.com" }],
    ["store", { store: { get: async () => undefined } }],
    ["retry.maxRetries", { retry: { maxRetries: -1 } }],
    ["retry.statuses", { retry: { statuses: [401] } }],
    ["timeoutMs", { timeoutMs: 0 }],
    ["tokenTimeoutMs", { tokenTimeoutMs: Number.NaN }],
    ["refreshWindow.mandatorySeconds", { refreshWindow: { advisorySeconds: 10, mandatorySeconds: 20 } }],
    ["headers", { headers: { authorization: "Bearer x" } }],
    ["onTokens", { onTokens: "yes" }],
    ["signal", { signal: {} }],
  ])("names %s in a ConfigError", (option, overrides) => {
    let caught: unknown;
    try {
      createAuth({ credentials, apiBaseUrl: API, ...(overrides as object) } as CreateAuthOptions);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).option).toBe(option);
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("hot path (bodiless Request, warm cache, as openapi-fetch sends a GET)", () => {
  it("resends once after a 401 and retries a 503 like the full path", async () => {
    let calls = 0;
    const { auth, apiRequests, tokenRequests } = setup((_sent, authorization) => {
      calls += 1;
      if (authorization === "Bearer a1") return new Response("", { status: 401 });
      return calls === 2 ? new Response("", { status: 503 }) : ok();
    }, { retry: { baseDelayMs: 0 } });
    await auth.getAccessToken();
    const response = await auth.fetch(new Request(`${API}/v1/x`));
    expect(response.status).toBe(200);
    expect(apiRequests().map((sent) => sent.headers.get("authorization"))).toEqual(["Bearer a1", "Bearer a2", "Bearer a2"]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("on a cache hit the request follows its own signal: an abort mid-flight reaches the transport and rejects with its reason", async () => {
    let seen: AbortSignal | undefined;
    const { auth } = setup((sent) => {
      seen = sent.signal;
      return new Promise<Response>(() => {});
    });
    await auth.getAccessToken();
    const controller = new AbortController();
    const pending = auth.fetch(new Request(`${API}/v1/x`, { signal: controller.signal }));
    await vi.waitFor(() => expect(seen).toBeDefined());
    const reason = new Error("user left");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(seen?.aborted).toBe(true);
  });

  it("retries a network error of a GET and honours the Request's own abort", async () => {
    let calls = 0;
    const { auth, apiRequests } = setup(() => (++calls === 1 ? Promise.reject(new TypeError("fetch failed")) : ok()), { retry: { baseDelayMs: 0 } });
    await auth.getAccessToken();
    expect((await auth.fetch(new Request(`${API}/v1/x`))).status).toBe(200);
    expect(apiRequests()).toHaveLength(2);
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(auth.fetch(new Request(`${API}/v1/x`, { signal: controller.signal }))).rejects.toBe(reason);
    expect(apiRequests()).toHaveLength(2);
  });

  it("hands a retryable answer to the retry loop as its first attempt: retried, never sent twice", async () => {
    const statuses = [503, 503, 200];
    const { auth, apiRequests } = setup(() => new Response("{}", { status: statuses.shift() }), { retry: { baseDelayMs: 0, maxRetries: 2 } });
    await auth.getAccessToken();
    expect((await auth.fetch(new Request(`${API}/v1/x`))).status).toBe(200);
    expect(apiRequests()).toHaveLength(3);
  });

  it("sends a body once on a warm cache, and again intact when a 503 is retried", async () => {
    const statuses = [503, 201];
    const { auth, apiRequests } = setup(() => new Response("{}", { status: statuses.shift() }), { retry: { baseDelayMs: 0, retryNonIdempotent: true } });
    await auth.getAccessToken();
    const response = await auth.fetch(new Request(`${API}/v1/x`, { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(201);
    expect(apiRequests().map((sent) => [sent.body, sent.headers.get("authorization")])).toEqual([
      ['{"a":1}', "Bearer a1"],
      ['{"a":1}', "Bearer a1"],
    ]);
  });

  it("times out a warm-cache attempt and retries it, then throws TimeoutError when none answers", async () => {
    vi.useFakeTimers();
    const { auth, apiRequests } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 1000, retry: { baseDelayMs: 0, maxRetries: 1 } });
    await auth.getAccessToken();
    let settled = false;
    const failure = auth.fetch(new Request(`${API}/v1/x`)).catch((e: unknown) => e).finally(() => (settled = true));
    while (!settled) await vi.runAllTimersAsync();
    expect(await failure).toMatchObject({ name: "RetriesExhaustedError" });
    expect(((await failure) as Error).cause).toMatchObject({ name: "TimeoutError", timeoutMs: 1000 });
    expect(apiRequests()).toHaveLength(2);
  });

  it("adds configured headers and leaves other origins alone", async () => {
    const { auth, apiRequests } = setup(ok, { headers: { accept: "application/vnd.cloudlx.v1+json" } });
    await auth.getAccessToken();
    await auth.fetch(new Request(`${API}/v1/x`));
    await auth.fetch(new Request("https://cdn.example.com/x"));
    expect(apiRequests().map((sent) => [sent.headers.get("authorization"), sent.headers.get("accept")])).toEqual([
      ["Bearer a1", "application/vnd.cloudlx.v1+json"],
      [null, null],
    ]);
  });
});
