import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAuth, type CreateAuthOptions } from "../src/create-auth.js";
import { clientCredentials } from "../src/credentials.js";
import { AUTH_NETWORK_ERROR, AUTH_RETRIES_EXHAUSTED, AUTH_TIMEOUT, NetworkError, RetriesExhaustedError, TimeoutError } from "../src/errors.js";
import { staticBearer } from "../src/credentials.js";
import { parseRetryAfter, resolveRetry, sendWithRetry, type SendContext } from "../src/retry.js";
import { json, scriptedFetch, tokenBody, type Sent } from "./helpers.js";

const TOKEN_URL = "https://id.example.com/token";
const API = "https://api.example.com";

beforeEach(() => {
  // setImmediate stays real: run() needs it to wait for crypto.subtle, which no fake clock drives.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

function status(code: number, headers: Record<string, string> = {}) {
  return () => new Response(String(code), { status: code, headers });
}

function unit(responses: (() => Response | Promise<Response>)[], overrides: Partial<SendContext> = {}) {
  const calls: (AbortSignal | undefined)[] = [];
  const delays: number[] = [];
  const ctx: SendContext = {
    fetch: async (signal) => {
      calls.push(signal);
      const next = responses[Math.min(calls.length - 1, responses.length - 1)];
      return next!();
    },
    retry: resolveRetry(undefined),
    idempotent: true,
    url: "https://api.example.com/x",
    signals: [],
    now: () => Date.now(),
    random: () => 1,
    onRetry: (_attempt, delay) => delays.push(delay),
    ...overrides,
  };
  return { ctx, calls, delays };
}

async function run<T>(promise: Promise<T>): Promise<T> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  let done = false;
  void settled.then(() => (done = true));
  while (!done) {
    await vi.runAllTimersAsync();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const result = await settled;
  if ("error" in result) throw result.error;
  return result.value;
}

/** What undici throws for a refused connection: the code lives on the cause. */
const refused = () => new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });

describe("which errors are retried", () => {
  it("a TypeError thrown before any I/O (invalid URL or init) is thrown once, as is", async () => {
    const badInit = new TypeError('Headers.append: "a\nb" is an invalid header value.');
    const { ctx, calls } = unit([() => Promise.reject(badInit)]);
    expect(await run(sendWithRetry(ctx)).catch((e: unknown) => e)).toBe(badInit);
    expect(calls).toHaveLength(1);
  });

  it("a network failure is retried and, once exhausted, named with its cause's code and text", async () => {
    const { ctx, calls } = unit([() => Promise.reject(refused())]);
    const error = (await run(sendWithRetry(ctx)).catch((e: unknown) => e)) as RetriesExhaustedError;
    expect(calls).toHaveLength(3);
    expect(error.message).toContain("last: TypeError: fetch failed: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9.");
  });

  it("a POST's network failure is not retried: NetworkError naming the cause, fetch's error as its cause", async () => {
    const { ctx, calls } = unit([() => Promise.reject(refused())], { idempotent: false });
    const error = (await run(sendWithRetry(ctx)).catch((e: unknown) => e)) as NetworkError;
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe(AUTH_NETWORK_ERROR);
    expect(error.message).toContain("fetch failed: ECONNREFUSED");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("a cause's text is scrubbed of the secrets in play and of URL queries", async () => {
    const leaky = new TypeError("fetch failed", { cause: new Error("proxy said: token at-SECRET-0b1e55 refused at https://p.example/x?key=k-SECRET-1") });
    const { ctx } = unit([() => Promise.reject(leaky)], { idempotent: false, secrets: ["at-SECRET-0b1e55"] });
    const error = (await run(sendWithRetry(ctx)).catch((e: unknown) => e)) as NetworkError;
    expect(error.message).not.toContain("SECRET");
    expect(error.message).toContain("https://p.example/x");
  });
});

describe("the default API timeout", () => {
  it("is 10 minutes per attempt: an API that never answers ends in TimeoutError, on the injected clock", async () => {
    const fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason), { once: true }));
    const auth = createAuth({ credentials: staticBearer({ token: "st-token-1" }), apiBaseUrl: API, fetch: fetch as typeof globalThis.fetch, retry: false });
    let settled: unknown;
    const call = auth.fetch(`${API}/slow`).catch((error: unknown) => (settled = error));
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000 - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(settled).toBeInstanceOf(TimeoutError);
    expect((settled as TimeoutError).code).toBe(AUTH_TIMEOUT);
    expect((settled as TimeoutError).timeoutMs).toBe(600_000);
  });
});

describe("sendWithRetry", () => {
  it("retries 408, 429, 500, 502, 503 and 504 with exponential backoff and full jitter", async () => {
    for (const code of [408, 429, 500, 502, 503, 504]) {
      const { ctx, calls } = unit([status(code), status(200)]);
      expect((await run(sendWithRetry(ctx))).status).toBe(200);
      expect(calls).toHaveLength(2);
    }
    const { ctx, delays } = unit([status(503)], { random: () => 0.5, retry: resolveRetry({ maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000 }) });
    await run(sendWithRetry(ctx));
    expect(delays).toEqual([50, 100, 200, 400, 500]);
  });

  it("retries without waiting for the failed body's cancel, which never settles for a tee'd body (MSW in Node)", async () => {
    const pending = () => new Response(new ReadableStream({ cancel: () => new Promise<void>(() => {}) }), { status: 503 });
    const { ctx, calls } = unit([pending, status(200)]);
    expect((await run(sendWithRetry(ctx))).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it("does not retry other statuses", async () => {
    for (const code of [400, 401, 403, 404, 409, 422]) {
      const { ctx, calls } = unit([status(code), status(200)]);
      expect((await run(sendWithRetry(ctx))).status).toBe(code);
      expect(calls).toHaveLength(1);
    }
  });

  it("honours Retry-After in seconds and as an HTTP date, up to the cap", async () => {
    const seconds = unit([status(429, { "retry-after": "7" }), status(200)]);
    await run(sendWithRetry(seconds.ctx));
    expect(seconds.delays).toEqual([7000]);
    const date = unit([status(503, { "retry-after": new Date(Date.now() + 3000).toUTCString() }), status(200)]);
    await run(sendWithRetry(date.ctx));
    expect(date.delays[0]).toBeGreaterThan(2000);
    expect(date.delays[0]).toBeLessThanOrEqual(3000);
    const tooLong = unit([status(503, { "retry-after": "3600" }), status(200)]);
    expect((await run(sendWithRetry(tooLong.ctx))).status).toBe(503);
    expect(tooLong.calls).toHaveLength(1);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });

  it("returns the last response when retries run out, or throws RetriesExhaustedError when asked", async () => {
    const returned = unit([status(502)]);
    expect((await run(sendWithRetry(returned.ctx))).status).toBe(502);
    expect(returned.calls).toHaveLength(3);
    const thrown = unit([status(502)], { retry: resolveRetry({ throwWhenExhausted: true }) });
    const error = await run(sendWithRetry(thrown.ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error).toMatchObject({ code: AUTH_RETRIES_EXHAUSTED, attempts: 3, lastStatus: 502 });
  });

  it("does not retry POST once it may have reached the server, unless opted in", async () => {
    const noRetryAfter = unit([status(503), status(200)], { idempotent: false });
    expect((await run(sendWithRetry(noRetryAfter.ctx))).status).toBe(503);
    const network = unit([() => Promise.reject(new TypeError("fetch failed")), status(200)], { idempotent: false });
    await expect(run(sendWithRetry(network.ctx))).rejects.toThrow("fetch failed");
    expect(network.calls).toHaveLength(1);
    const optedIn = unit([() => Promise.reject(new TypeError("fetch failed")), status(200)], { idempotent: false, retry: resolveRetry({ retryNonIdempotent: true }) });
    expect((await run(sendWithRetry(optedIn.ctx))).status).toBe(200);
  });

  it("retries a POST answered 429/503 with Retry-After: the server says it did not process it", async () => {
    const { ctx, calls } = unit([status(429, { "retry-after": "1" }), status(201)], { idempotent: false });
    expect((await run(sendWithRetry(ctx))).status).toBe(201);
    expect(calls).toHaveLength(2);
  });

  it("exhausted network errors become RetriesExhaustedError with the last error as cause", async () => {
    const { ctx, calls } = unit([() => Promise.reject(new TypeError("fetch failed"))]);
    const error = (await run(sendWithRetry(ctx)).catch((e: unknown) => e)) as RetriesExhaustedError;
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error.attempts).toBe(3);
    expect(error.lastStatus).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(calls).toHaveLength(3);
  });

  it("times out each attempt: TimeoutError without retries, RetriesExhaustedError(cause TimeoutError) with them", async () => {
    const hang = () => new Promise<Response>(() => {});
    const abortable = (signal: AbortSignal | undefined) => new Promise<Response>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
    const single = unit([hang], { retry: resolveRetry(false), timeoutMs: 1000 });
    single.ctx = { ...single.ctx, fetch: abortable };
    const error = await run(sendWithRetry(single.ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1000, url: "https://api.example.com/x" });
    const retried = await run(sendWithRetry({ ...unit([hang]).ctx, fetch: abortable, timeoutMs: 1000 })).catch((e: unknown) => e);
    expect(retried).toBeInstanceOf(RetriesExhaustedError);
    expect((retried as Error).cause).toBeInstanceOf(TimeoutError);
  });

  it("a caller's abort rejects with the caller's reason and is not retried, also during backoff", async () => {
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const inFlight = unit([() => new Promise<Response>(() => {})], { callerSignal: controller.signal, timeoutMs: 60_000 });
    const seen: AbortSignal[] = [];
    const promise = sendWithRetry({
      ...inFlight.ctx,
      fetch: (signal) => {
        seen.push(signal!);
        return new Promise((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
      },
    });
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
    expect(seen).toHaveLength(1);

    const during = new AbortController();
    const backoff = unit([status(503)], { callerSignal: during.signal });
    const waiting = sendWithRetry(backoff.ctx);
    await vi.advanceTimersByTimeAsync(10);
    during.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(backoff.calls).toHaveLength(1);
  });
});

describe("retries through createAuth", () => {
  function setup(api: (sent: Sent, index: number) => Response | Promise<Response>, token: (n: number) => Response, overrides: Partial<CreateAuthOptions> = {}) {
    let n = 0;
    const scripted = scriptedFetch((sent, index) => (sent.url === TOKEN_URL ? token(++n) : api(sent, index)));
    const auth = createAuth({ credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s" }), apiBaseUrl: API, fetch: scripted.fetch, ...overrides });
    return { auth, sent: scripted.sent };
  }

  it("is on by default for API GETs and for token requests (POST, idempotent in effect)", async () => {
    const { auth, sent } = setup(
      (_sent, index) => (index === 2 ? new Response("busy", { status: 503 }) : new Response("ok")),
      (n) => (n === 1 ? new Response("", { status: 502 }) : json(tokenBody("a"))),
    );
    const response = await run(auth.fetch(`${API}/x`));
    expect(response.status).toBe(200);
    expect(sent.map((s) => `${s.method} ${s.url === TOKEN_URL ? "token" : "api"}`)).toEqual(["POST token", "POST token", "GET api", "GET api"]);
  });

  it("exhausted token retries throw RetriesExhaustedError with attempts and last status", async () => {
    const { auth } = setup(() => new Response("ok"), () => new Response("", { status: 503 }));
    const error = await run(auth.getAccessToken()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: AUTH_RETRIES_EXHAUSTED, attempts: 3, lastStatus: 503 });
  });

  it("times token requests out after tokenTimeoutMs", async () => {
    const { auth } = setup(() => new Response("ok"), () => new Promise<Response>(() => {}) as unknown as Response, { retry: false, tokenTimeoutMs: 500 });
    await expect(run(auth.getAccessToken())).rejects.toBeInstanceOf(TimeoutError);
  });

  it("aborts everything through createAuth's signal", async () => {
    const controller = new AbortController();
    const { auth } = setup(() => new Promise<Response>(() => {}) as unknown as Response, () => json(tokenBody("a")), { signal: controller.signal, retry: false });
    await auth.getAccessToken();
    const pending = auth.fetch(`${API}/x`);
    controller.abort(new Error("shutdown"));
    await expect(pending).rejects.toThrow("shutdown");
  });

  it("rejects a caller waiting for a token with its own abort reason while the shared request continues", async () => {
    let release: (() => void) | undefined;
    const { auth } = setup(() => new Response("ok"), () => new Promise<Response>((resolve) => (release = () => resolve(json(tokenBody("a"))))) as unknown as Response, { retry: false });
    const controller = new AbortController();
    const cancelled = auth.fetch(`${API}/x`, { signal: controller.signal });
    const patient = auth.getAccessToken();
    await vi.waitFor(() => expect(release).toBeDefined());
    controller.abort(new Error("gave up"));
    await expect(cancelled).rejects.toThrow("gave up");
    release?.();
    expect(await patient).toBe("a");
  });
});
