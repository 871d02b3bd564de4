import { fingerprint, oauthErrorResponse, type FaultBehaviour } from "@cloud-sdks/test-servers";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  OAuthError,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  type CreateAuthOptions,
} from "../../src/index.js";
import { API_PATH, collectUnhandledRejections, expectNoSecrets, rejectionOf, startHarness, TOKEN_PATH, type Harness } from "./harness.js";

const rejections = collectUnhandledRejections();
let h: Harness;

beforeAll(() => rejections.install());
afterAll(() => rejections.uninstall());
beforeEach(async () => {
  h = await startHarness();
  h.fault.setDefault(API_PATH, { json: { ok: true } });
});
afterEach(async () => {
  await h.fault.close();
  // Let late timers and socket errors surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(rejections.seen).toEqual([]);
});

type ErrorClass = abstract new (...args: never[]) => Error;

interface Case {
  readonly name: string;
  /** Answers of the token endpoint, in order. */
  readonly token: (h: Harness) => FaultBehaviour[];
  readonly options?: Partial<CreateAuthOptions>;
  /** Exactly this many token requests. */
  readonly tokenRequests: number;
  readonly minElapsedMs?: number;
  readonly expected:
    | { readonly recovered: true; readonly check?: (h: Harness, auth: ReturnType<Harness["makeAuth"]>) => Promise<void> }
    | { readonly error: ErrorClass; readonly code: string; readonly check?: (error: never) => void };
}

const recovered = { recovered: true } as const;

const cases: Case[] = [
  {
    name: "500 on every attempt: retried, then RetriesExhaustedError",
    token: () => [{ status: 500, text: "boom" }, { status: 500, text: "boom" }, { status: 500, text: "boom" }],
    tokenRequests: 3,
    expected: {
      error: RetriesExhaustedError,
      code: AUTH_RETRIES_EXHAUSTED,
      check: (error: RetriesExhaustedError) => {
        expect(error.attempts).toBe(3);
        expect(error.lastStatus).toBe(500);
      },
    },
  },
  {
    name: "500 then 200: recovered on the retry",
    token: (h) => [{ status: 500, text: "boom" }, { json: h.issue() }],
    tokenRequests: 2,
    expected: recovered,
  },
  {
    name: "503 with Retry-After: 1: the wait is honoured, then recovered",
    token: (h) => [{ status: 503, headers: { "retry-after": "1" }, text: "busy" }, { json: h.issue() }],
    tokenRequests: 2,
    minElapsedMs: 950,
    expected: recovered,
  },
  {
    name: "429 then 200: recovered on the retry",
    token: (h) => [{ status: 429, json: { error: "slow_down" } }, { json: h.issue() }],
    tokenRequests: 2,
    expected: recovered,
  },
  {
    name: "429 on every attempt: RetriesExhaustedError naming 429",
    token: () => [{ status: 429 }, { status: 429 }, { status: 429 }],
    tokenRequests: 3,
    expected: { error: RetriesExhaustedError, code: AUTH_RETRIES_EXHAUSTED, check: (error: RetriesExhaustedError) => expect(error.lastStatus).toBe(429) },
  },
  {
    name: "a hanging token endpoint without retries: TimeoutError",
    token: () => [{ hang: true }],
    options: { tokenTimeoutMs: 150, retry: { maxRetries: 0 } },
    tokenRequests: 1,
    expected: {
      error: TimeoutError,
      code: AUTH_TIMEOUT,
      check: (error: TimeoutError) => {
        expect(error.timeoutMs).toBe(150);
        expect(error.url).toContain(TOKEN_PATH);
      },
    },
  },
  {
    name: "a hanging token endpoint with retries: RetriesExhaustedError caused by TimeoutError",
    token: () => [{ hang: true }, { hang: true }, { hang: true }],
    options: { tokenTimeoutMs: 150 },
    tokenRequests: 3,
    expected: {
      error: RetriesExhaustedError,
      code: AUTH_RETRIES_EXHAUSTED,
      check: (error: RetriesExhaustedError) => {
        expect(error.cause).toBeInstanceOf(TimeoutError);
        expect(error.lastStatus).toBeUndefined();
      },
    },
  },
  {
    name: "connection reset then 200: recovered",
    token: (h) => [{ reset: true }, { json: h.issue() }],
    tokenRequests: 2,
    expected: recovered,
  },
  {
    name: "connection reset on every attempt: RetriesExhaustedError caused by the network error",
    token: () => [{ reset: true }, { reset: true }, { reset: true }],
    tokenRequests: 3,
    expected: { error: RetriesExhaustedError, code: AUTH_RETRIES_EXHAUSTED, check: (error: RetriesExhaustedError) => expect(error.cause).toBeInstanceOf(TypeError) },
  },
  {
    name: "a response slower than the timeout, then a quick one: recovered",
    token: (h) => [{ delayMs: 600, json: h.issue() }, { json: h.issue() }],
    options: { tokenTimeoutMs: 150 },
    tokenRequests: 2,
    expected: recovered,
  },
  {
    name: "every response slower than the timeout: RetriesExhaustedError caused by TimeoutError",
    token: (h) => [{ delayMs: 600, json: h.issue() }, { delayMs: 600, json: h.issue() }, { delayMs: 600, json: h.issue() }],
    options: { tokenTimeoutMs: 150 },
    tokenRequests: 3,
    expected: { error: RetriesExhaustedError, code: AUTH_RETRIES_EXHAUSTED, check: (error: RetriesExhaustedError) => expect(error.cause).toBeInstanceOf(TimeoutError) },
  },
  {
    name: "HTML 200 (a login page): TokenResponseError on the body, not retried",
    token: () => [{ html: "<html><body>Please sign in</body></html>" }],
    tokenRequests: 1,
    expected: {
      error: TokenResponseError,
      code: AUTH_TOKEN_RESPONSE_INVALID,
      check: (error: TokenResponseError) => {
        expect(error.field).toBe("body");
        expect(error.contentType).toContain("text/html");
        expect(error.message).toContain("not JSON");
      },
    },
  },
  {
    name: "empty 200 body: TokenResponseError",
    token: () => [{}],
    tokenRequests: 1,
    expected: { error: TokenResponseError, code: AUTH_TOKEN_RESPONSE_INVALID, check: (error: TokenResponseError) => expect([error.field, error.message]).toEqual(["body", expect.stringContaining("empty")]) },
  },
  {
    name: "malformed JSON: TokenResponseError",
    token: () => [{ malformedJson: true }],
    tokenRequests: 1,
    expected: { error: TokenResponseError, code: AUTH_TOKEN_RESPONSE_INVALID, check: (error: TokenResponseError) => expect([error.field, error.message]).toEqual(["body", expect.stringContaining("not valid JSON")]) },
  },
  {
    name: "missing access_token: the message names the field",
    token: (h) => [{ json: h.issue({ access_token: undefined }) }],
    tokenRequests: 1,
    expected: {
      error: TokenResponseError,
      code: AUTH_TOKEN_RESPONSE_INVALID,
      check: (error: TokenResponseError) => {
        expect(error.field).toBe("access_token");
        expect(error.message).toContain('"access_token"');
      },
    },
  },
  {
    name: "token_type other than bearer: TokenResponseError on token_type",
    token: (h) => [{ json: h.issue({ token_type: "mac" }) }],
    tokenRequests: 1,
    expected: { error: TokenResponseError, code: AUTH_TOKEN_RESPONSE_INVALID, check: (error: TokenResponseError) => expect([error.field, error.message]).toEqual(["token_type", expect.stringContaining("token_type")]) },
  },
  {
    name: "negative expires_in: TokenResponseError on expires_in",
    token: (h) => [{ json: h.issue({ expires_in: -30 }) }],
    tokenRequests: 1,
    expected: { error: TokenResponseError, code: AUTH_TOKEN_RESPONSE_INVALID, check: (error: TokenResponseError) => expect([error.field, error.message]).toEqual(["expires_in", expect.stringContaining("expires_in")]) },
  },
  {
    name: "absent expires_in: the default lifetime (300 s) is used",
    token: (h) => [{ json: h.issue({ expires_in: undefined }) }],
    tokenRequests: 1,
    expected: {
      recovered: true,
      check: async (_h, auth) => {
        const tokens = await auth.getTokens();
        expect(tokens.expiresAt - tokens.obtainedAt).toBe(300_000);
      },
    },
  },
  ...(
    [
      ["invalid_request", 400],
      ["invalid_client", 401],
      ["invalid_grant", 400],
      ["unauthorized_client", 400],
      ["unsupported_grant_type", 400],
      ["invalid_scope", 400],
    ] as const
  ).map(
    ([code, status]): Case => ({
      name: `RFC 6749 ${code} (HTTP ${status}): OAuthError, not retried`,
      token: () => [oauthErrorResponse(code)],
      tokenRequests: 1,
      expected: {
        error: OAuthError,
        code: AUTH_OAUTH_ERROR,
        check: (error: OAuthError) => {
          expect(error.error).toBe(code);
          expect(error.status).toBe(status);
          expect(error.error_description).toBe(`Scripted ${code}`);
          expect(error.message).toContain(code);
        },
      },
    }),
  ),
];

describe("token endpoint faults", () => {
  it.each(cases)("$name", async (testCase) => {
    h.fault.enqueue(TOKEN_PATH, ...testCase.token(h));
    const auth = h.makeAuth(testCase.options);
    const started = Date.now();
    const outcome = auth.fetch(h.apiUrl);
    const { expected } = testCase;
    if ("recovered" in expected) {
      const response = await outcome;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
      const token = await auth.getAccessToken();
      expect(h.fault.requestsTo(API_PATH).map((request) => request.bearer)).toEqual([fingerprint(token)]);
      await expected.check?.(h, auth);
      expectNoSecrets(h);
    } else {
      const error = await rejectionOf(outcome);
      expect(error).toBeInstanceOf(expected.error);
      expect((error as { code?: unknown }).code).toBe(expected.code);
      expected.check?.(error as never);
      // A failed token request never sends the API request.
      expect(h.fault.count(API_PATH)).toBe(0);
      expectNoSecrets(h, error);
    }
    if (testCase.minElapsedMs !== undefined) expect(Date.now() - started).toBeGreaterThanOrEqual(testCase.minElapsedMs);
    expect(h.fault.count(TOKEN_PATH)).toBe(testCase.tokenRequests);
    // Each token request carried the client secret in the body, as configured.
    for (const request of h.fault.requestsTo(TOKEN_PATH)) expect(request.form?.client_secret).toBe(fingerprint(h.clientSecret));
  });
});
