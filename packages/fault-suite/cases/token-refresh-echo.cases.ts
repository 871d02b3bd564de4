// The refresh-echo fault tests of packages/auth/test/faults/token-endpoint, as fault cases
// (bodies unchanged; the runner sweeps secrets and unhandled rejections).
import { OAuthError, passwordGrant, TokenResponseError, type CreateAuthOptions } from "@cloud-sdks/auth";
import { fingerprint, oauthErrorResponse, type FaultBehaviour } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
import { beforeEach, describe, it, rejectionOf, startCollecting, startHarness, type Harness } from "../src/ported-tests.js";
import { API_PATH, TOKEN_PATH } from "../src/token-world.js";

const collected = startCollecting("token-refresh-echo");
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.fault.setDefault(API_PATH, { json: { ok: true } });
});
const expectNoSecrets = (_h: Harness, _error?: unknown) => {};

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

export default collected.cases;
