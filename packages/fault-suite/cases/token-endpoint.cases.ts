// The token endpoint table of packages/auth/test/faults, as fault cases: every answer a token
// endpoint can give (statuses, Retry-After, hangs, resets, bodies, RFC 6749 errors echoing the
// client secret), each asserting its outcome, attempts, timing and the secret's absence.
import {
  AUTH_OAUTH_ERROR,
  AUTH_RETRIES_EXHAUSTED,
  AUTH_TIMEOUT,
  AUTH_TOKEN_RESPONSE_INVALID,
  OAuthError,
  RetriesExhaustedError,
  TimeoutError,
  TokenResponseError,
  type Auth,
  type CreateAuthOptions,
} from "@cloud-sdks/auth";
import { fingerprint, oauthErrorResponse, type FaultBehaviour } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
import type { FaultCase } from "../src/fault-case.js";
import { API_PATH, FAST_RETRY, TOKEN_PATH, tokenWorld, type TokenWorld } from "../src/token-world.js";

type ErrorClass = abstract new (...args: never[]) => Error;

interface Case {
  readonly name: string;
  /** Answers of the token endpoint, in order. */
  readonly token: (h: TokenWorld) => FaultBehaviour[];
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
  readonly echoes?: (h: TokenWorld) => string[];
  readonly expected:
    | { readonly recovered: true; readonly check?: (h: TokenWorld, auth: Auth) => Promise<void> }
    | { readonly error: ErrorClass; readonly code: string; readonly check?: (error: never) => void };
}

/** FAST_RETRY's cap on Retry-After. */
const CAP_MS = FAST_RETRY.maxRetryAfterMs;
/** Attempts per token request: the first plus FAST_RETRY.maxRetries. */
const MAX_ATTEMPTS = FAST_RETRY.maxRetries + 1;
const secretOnly = (h: TokenWorld) => [h.clientSecret];

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

/** A stable id from the case's name: its words, lower-case, joined by dashes. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function toFaultCase(testCase: Case): FaultCase {
  const { expected } = testCase;
  const [fault, does = "as described"] = testCase.name.split(/:\s(.*)/s);
  return {
    id: `token-endpoint.${slug(testCase.name)}`,
    fault: fault!,
    does: does!,
    expect: "recovered" in expected ? "recovered" : { code: expected.code },
    async run(probe) {
      const h = await tokenWorld(probe);
      h.fault.enqueue(TOKEN_PATH, ...testCase.token(h));
      const auth = h.makeAuth(testCase.options);
      const started = Date.now();
      const outcome = auth.fetch(h.apiUrl);
      let error: unknown;
      if ("recovered" in expected) {
        const response = await outcome;
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ ok: true });
        const token = await auth.getAccessToken();
        expect(h.fault.requestsTo(API_PATH).map((request) => request.bearer)).toEqual([fingerprint(token)]);
        await expected.check?.(h, auth);
      } else {
        error = await outcome.then(
          () => expect.unreachable("the call should reject"),
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(expected.error);
        expected.check?.(error as never);
        // A failed token request never sends the API request.
        expect(h.fault.count(API_PATH)).toBe(0);
      }
      const elapsed = Date.now() - started;
      if (testCase.minElapsedMs !== undefined) expect(elapsed).toBeGreaterThanOrEqual(testCase.minElapsedMs);
      if (testCase.maxElapsedMs !== undefined) expect(elapsed).toBeLessThan(testCase.maxElapsedMs);
      // The answers really carried the secrets the runner's no-secret sweep looks for.
      if (testCase.echoes !== undefined) expect(h.fault.echoed).toEqual(expect.arrayContaining(testCase.echoes(h).map(fingerprint)));
      expect(h.fault.count(TOKEN_PATH)).toBe(testCase.tokenRequests);
      for (const request of h.fault.requestsTo(TOKEN_PATH)) expect(request.form?.client_secret).toBe(fingerprint(h.clientSecret));
      if (error !== undefined) throw error;
    },
  };
}

export default cases.map(toFaultCase);
