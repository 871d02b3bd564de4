import { fingerprint, oauthErrorResponse, type FaultBehaviour } from "@cloud-sdks/test-servers";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  OAuthError,
  passwordGrant,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  type CreateAuthOptions,
} from "../../src/index.js";
import { API_PATH, collectUnhandledRejections, expectNoSecrets, FAST_RETRY, rejectionOf, startHarness, TOKEN_PATH, type Harness } from "./harness.js";

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
  /** Generous: a bound on waiting, not a benchmark (the machine may be loaded). */
  readonly maxElapsedMs?: number;
  /**
   * The answers echo credentials (`echoCredentials`): the server really handed these to the
   * echo, so the no-secret check below is not vacuous.
   */
  readonly echoes?: (h: Harness) => string[];
  readonly expected:
    | { readonly recovered: true; readonly check?: (h: Harness, auth: ReturnType<Harness["makeAuth"]>) => Promise<void> }
    | { readonly error: ErrorClass; readonly code: string; readonly check?: (error: never) => void };
}

/** FAST_RETRY's cap on Retry-After. */
const CAP_MS = FAST_RETRY.maxRetryAfterMs;
/** Attempts per token request: the first plus FAST_RETRY.maxRetries. */
const MAX_ATTEMPTS = FAST_RETRY.maxRetries + 1;
const secretOnly = (h: Harness) => [h.clientSecret];

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
    maxElapsedMs: 1000 + 1500,
    expected: recovered,
  },
  {
    name: `503 with Retry-After equal to the cap (${CAP_MS / 1000} s): the whole wait is honoured, no longer, then recovered`,
    token: (h) => [{ status: 503, headers: { "retry-after": String(CAP_MS / 1000) }, text: "busy" }, { json: h.issue() }],
    tokenRequests: 2,
    minElapsedMs: CAP_MS - 50,
    maxElapsedMs: CAP_MS + 1500,
    expected: recovered,
  },
  {
    // retry.ts: "Longest Retry-After honoured; a longer one ends the retries": no wait at all,
    // neither the hour asked for nor the cap; the 503's OAuth error body is the typed error.
    name: "503 with Retry-After beyond the cap (3600 s): not waited for, the retries end at once with the 503's OAuthError",
    token: (h) => [{ status: 503, headers: { "retry-after": "3600" }, json: { error: "temporarily_unavailable" } }, { json: h.issue() }],
    tokenRequests: 1,
    maxElapsedMs: CAP_MS,
    expected: {
      error: OAuthError,
      code: AUTH_OAUTH_ERROR,
      check: (error: OAuthError) => expect([error.status, error.error]).toEqual([503, "temporarily_unavailable"]),
    },
  },
  {
    // The date is written when the 503 is sent, 2 s ahead; HTTP-dates have whole seconds, so the
    // client waits between 1 and 2 s.
    name: "503 with Retry-After as an HTTP-date 2 s ahead: waited for, then recovered",
    token: (h) => [{ respond: () => ({ status: 503, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() }, text: "busy" }) }, { json: h.issue() }],
    tokenRequests: 2,
    minElapsedMs: 950,
    maxElapsedMs: 2000 + 1500,
    expected: recovered,
  },
  {
    name: "503 with Retry-After as an HTTP-date an hour ahead (beyond the cap): not waited for, the 503 ends the retries",
    token: (h) => [
      { respond: () => ({ status: 503, headers: { "retry-after": new Date(Date.now() + 3_600_000).toUTCString() }, json: { error: "temporarily_unavailable" } }) },
      { json: h.issue() },
    ],
    tokenRequests: 1,
    maxElapsedMs: CAP_MS,
    expected: { error: OAuthError, code: AUTH_OAUTH_ERROR, check: (error: OAuthError) => expect([error.status, error.error]).toEqual([503, "temporarily_unavailable"]) },
  },
  {
    name: `503 with Retry-After: 1 on every attempt: each wait honoured, then RetriesExhaustedError after exactly ${MAX_ATTEMPTS} attempts`,
    token: () => Array.from({ length: MAX_ATTEMPTS + 2 }, (): FaultBehaviour => ({ status: 503, headers: { "retry-after": "1" }, text: "busy" })),
    tokenRequests: MAX_ATTEMPTS,
    minElapsedMs: (MAX_ATTEMPTS - 1) * 1000 - 50,
    maxElapsedMs: (MAX_ATTEMPTS - 1) * 1000 + 2500,
    expected: {
      error: RetriesExhaustedError,
      code: AUTH_RETRIES_EXHAUSTED,
      check: (error: RetriesExhaustedError) => {
        expect(error.attempts).toBe(MAX_ATTEMPTS);
        expect(error.lastStatus).toBe(503);
        expect(error.url).toContain(TOKEN_PATH);
      },
    },
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
    name: "HTML 200 (a login page printing the client secret): TokenResponseError on the body, not retried",
    token: () => [{ html: "<html><body>Please sign in</body></html>", echoCredentials: true }],
    tokenRequests: 1,
    echoes: secretOnly,
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
    name: "302 to another host (with the secret in its query): TokenResponseError naming the redirect, credentials never resent",
    token: (h) => [{ status: 302, headers: { location: `http://127.0.0.1:9/elsewhere/token?leak=${h.clientSecret}` } }],
    tokenRequests: 1,
    expected: {
      error: TokenResponseError,
      code: AUTH_TOKEN_RESPONSE_INVALID,
      check: (error: TokenResponseError) => {
        expect([error.field, error.status]).toEqual(["body", 302]);
        expect(error.message).toContain("redirect to http://127.0.0.1:9/elsewhere/token;");
      },
    },
  },
  {
    name: "empty 200 body (the client secret echoed in a challenge and a header): TokenResponseError",
    token: () => [{ echoCredentials: true }],
    tokenRequests: 1,
    echoes: secretOnly,
    expected: { error: TokenResponseError, code: AUTH_TOKEN_RESPONSE_INVALID, check: (error: TokenResponseError) => expect([error.field, error.message]).toEqual(["body", expect.stringContaining("empty")]) },
  },
  {
    name: "malformed JSON (a truncated document echoing the client secret): TokenResponseError",
    token: () => [{ malformedJson: true, echoCredentials: true }],
    tokenRequests: 1,
    echoes: secretOnly,
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
  ).flatMap(([code, status]): Case[] => [
    {
      name: `RFC 6749 ${code} (HTTP ${status}) echoing the client secret in error_description and error_uri: OAuthError, scrubbed, not retried`,
      token: () => [oauthErrorResponse(code, { echoCredentials: true })],
      tokenRequests: 1,
      echoes: secretOnly,
      expected: {
        error: OAuthError,
        code: AUTH_OAUTH_ERROR,
        check: (error: OAuthError) => {
          expect(error.error).toBe(code);
          expect(error.status).toBe(status);
          // The server's text is kept, with the echoed secret replaced.
          expect(error.error_description).toMatch(new RegExp(`^Scripted ${code}: rejected client_secret=\\[REDACTED\\]`));
          expect(error.error_uri).toContain("client_secret=[REDACTED]");
          expect(error.message).toContain(code);
          expect(error.message).toContain("[REDACTED]");
        },
      },
    },
    {
      name: `RFC 6749 ${code} (HTTP ${status}) in a WWW-Authenticate challenge echoing the client secret: OAuthError, scrubbed, not retried`,
      token: () => [oauthErrorResponse(code, { echoCredentials: "challenge" })],
      tokenRequests: 1,
      echoes: secretOnly,
      expected: {
        error: OAuthError,
        code: AUTH_OAUTH_ERROR,
        check: (error: OAuthError) => {
          expect([error.error, error.status]).toEqual([code, status]);
          // From the challenge, which wins over the body ("Scripted ...").
          expect(error.error_description).toBe("rejected client_secret=[REDACTED]");
          expect(error.error_uri).toContain("[REDACTED]");
        },
      },
    },
  ]),
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
      // No secret in the error (every view of it) nor in any log line.
      expectNoSecrets(h, error);
      expected.check?.(error as never);
      // A failed token request never sends the API request.
      expect(h.fault.count(API_PATH)).toBe(0);
    }
    const elapsed = Date.now() - started;
    if (testCase.minElapsedMs !== undefined) expect(elapsed).toBeGreaterThanOrEqual(testCase.minElapsedMs);
    if (testCase.maxElapsedMs !== undefined) expect(elapsed).toBeLessThan(testCase.maxElapsedMs);
    // The answers really carried the secrets the no-secret checks above look for.
    if (testCase.echoes !== undefined) expect(h.fault.echoed).toEqual(expect.arrayContaining(testCase.echoes(h).map(fingerprint)));
    expect(h.fault.count(TOKEN_PATH)).toBe(testCase.tokenRequests);
    // Each token request carried the client secret in the body, as configured.
    for (const request of h.fault.requestsTo(TOKEN_PATH)) expect(request.form?.client_secret).toBe(fingerprint(h.clientSecret));
  });
});

/**
 * During a refresh the request carries the refresh token, and the client holds an access token: a
 * careless server echoes those too. The client is moved past expiry with its clock.
 */
describe("token endpoint faults during a refresh, echoing the refresh token and the access token", () => {
  const HOUR_MS = 3_600_000;
  /** invalid_grant and invalid_request on a refresh mean "spent refresh token": one fallback to the primary grant. */
  const FALLS_BACK = new Set(["invalid_grant", "invalid_request"]);

  /** Gets a token with a refresh token, then moves the client's clock past its expiry. */
  async function expiredSession(extra: Partial<CreateAuthOptions> = {}) {
    const first = h.issue({ refresh_token: `rt_${fingerprint(String(Math.random())).slice(3)}_refresh` });
    h.fault.enqueue(TOKEN_PATH, { json: first });
    let offset = 0;
    const auth = h.makeAuth({ now: () => Date.now() + offset, ...extra });
    const response = await auth.fetch(h.apiUrl);
    expect(response.status).toBe(200);
    await response.body?.cancel();
    offset = 2 * HOUR_MS;
    return { auth, accessToken: first.access_token as string, refreshToken: first.refresh_token as string };
  }

  /** The refresh (and any fallback grant) failed: typed, secret-free, and the server did echo every secret. */
  async function expectCleanFailure(auth: ReturnType<Harness["makeAuth"]>, echoed: string[]): Promise<unknown> {
    const error = await rejectionOf(auth.fetch(h.apiUrl));
    expect(h.fault.count(API_PATH)).toBe(1);
    expect(h.fault.echoed).toEqual(expect.arrayContaining(echoed.map(fingerprint)));
    expectNoSecrets(h, error);
    return error;
  }

  it.each(
    (["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"] as const).flatMap((code) =>
      ([
        [true, "the JSON body"],
        ["challenge", "a WWW-Authenticate challenge"],
      ] as const).map(([where, place]) => ({ code, where, place })),
    ),
  )("RFC 6749 $code echoing every secret in $place, answering the refresh: OAuthError with every secret scrubbed", async ({ code, where }) => {
    const { auth, accessToken, refreshToken } = await expiredSession();
    const answers = FALLS_BACK.has(code) ? 2 : 1;
    h.fault.enqueue(TOKEN_PATH, ...Array.from({ length: answers }, () => oauthErrorResponse(code, { echoCredentials: where })));
    const error = await expectCleanFailure(auth, [h.clientSecret, refreshToken, accessToken]);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).error).toBe(code);
    // Refresh, then (for a spent refresh token) the primary grant once; never retried.
    const tokenGrants = h.fault.requestsTo(TOKEN_PATH).map((request) => request.form?.grant_type);
    expect(tokenGrants).toEqual(["client_credentials", "refresh_token", ...(answers === 2 ? ["client_credentials"] : [])]);
    // Every secret the server echoed was replaced: client secret, refresh token and access token.
    const description = (error as OAuthError).error_description ?? "";
    expect(description).not.toBe("");
    if (answers === 1) {
      expect(description).toContain("refresh_token=[REDACTED]");
      expect(description).toContain("access_token=[REDACTED]");
    }
    expect(description.match(/\[REDACTED\]/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it.each([
    { name: "HTML page", answer: { html: "<html><body>Session expired</body></html>", echoCredentials: true } as FaultBehaviour, problem: "not JSON" },
    { name: "empty body", answer: { echoCredentials: true } as FaultBehaviour, problem: "empty" },
    { name: "malformed JSON", answer: { malformedJson: true, echoCredentials: true } as FaultBehaviour, problem: "not valid JSON" },
  ])("a $name echoing every secret in answer to the refresh: TokenResponseError without any of them", async ({ answer, problem }) => {
    const { auth, accessToken, refreshToken } = await expiredSession();
    h.fault.enqueue(TOKEN_PATH, answer);
    const error = await expectCleanFailure(auth, [h.clientSecret, refreshToken, accessToken]);
    expect(error).toBeInstanceOf(TokenResponseError);
    expect([(error as TokenResponseError).field, (error as TokenResponseError).message]).toEqual(["body", expect.stringContaining(problem)]);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
  });

  it("a password grant whose invalid_grant echoes the password and the client secret: both scrubbed", async () => {
    const password = `pw-${fingerprint(String(Math.random())).slice(3)}-secret`;
    h.secrets.push(password);
    const auth = h.makeAuth({
      credentials: passwordGrant({
        tokenUrl: h.fault.urlFor(TOKEN_PATH),
        username: "someone",
        password,
        clientId: "client-1",
        clientSecret: h.clientSecret,
        clientAuthentication: "client_secret_post",
      }),
    });
    h.fault.enqueue(TOKEN_PATH, oauthErrorResponse("invalid_grant", { echoCredentials: true }));
    const error = await rejectionOf(auth.fetch(h.apiUrl));
    expect(error).toBeInstanceOf(OAuthError);
    expectNoSecrets(h, error);
    expect((error as OAuthError).error_description).toContain("password=[REDACTED]");
    expect((error as OAuthError).error_description).toContain("client_secret=[REDACTED]");
    expect(h.fault.echoed).toEqual(expect.arrayContaining([fingerprint(password), fingerprint(h.clientSecret)]));
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    expect(h.fault.count(API_PATH)).toBe(0);
  });
});
