// The token lifecycle fault tests of packages/auth/test/faults, as fault cases (bodies unchanged;
// the runner sweeps secrets and unhandled rejections that the old afterEach checked).
import { fingerprint, oauthErrorResponse, type FaultBehaviour, type RecordedRequest } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
import { beforeEach, describe, it, rejectionOf, startCollecting, startHarness, type Harness } from "../src/ported-tests.js";
import { API_PATH, TOKEN_PATH } from "../src/token-world.js";

const collected = startCollecting("token-lifecycle");
let h: Harness;
/** Added to Date.now() by the client's clock: moves time without waiting. */
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;
const HOUR_MS = 3_600_000;

beforeEach(async () => {
  clockOffsetMs = 0;
  h = await startHarness();
  h.fault.setDefault(API_PATH, { json: { ok: true } });
});

const grants = (requests: RecordedRequest[]) => requests.map((request) => request.form?.grant_type);
const bearers = () => h.fault.requestsTo(API_PATH).map((request) => request.bearer);

async function callOk(auth: ReturnType<Harness["makeAuth"]>, init?: RequestInit): Promise<void> {
  const response = await auth.fetch(h.apiUrl, init);
  expect(response.status).toBe(200);
  await response.body?.cancel();
}

describe("token lifetime faults", () => {
  it("a token already expired on arrival (expires_in: 0) is used once, then each call asks anew, never looping", async () => {
    h.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: h.issue({ expires_in: 0 }) }) });
    const auth = h.makeAuth({ now });
    for (let call = 0; call < 3; call++) await callOk(auth);
    expect(h.fault.count(API_PATH)).toBe(3);
    expect(h.fault.count(TOKEN_PATH)).toBe(3);
    // Each call carried the token requested for it, not an older one.
    expect(new Set(bearers()).size).toBe(3);
  });

  it.each([
    ["ahead", 60_000],
    ["behind", -60_000],
  ])("client clock a minute %s: a one-hour token is requested once and reused", async (_label, skew) => {
    clockOffsetMs = skew;
    h.fault.enqueue(TOKEN_PATH, { json: h.issue({ expires_in: 3600 }) });
    const auth = h.makeAuth({ now });
    for (let call = 0; call < 5; call++) await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    expect(new Set(bearers()).size).toBe(1);
  });

  it("clock jumping a minute forward past a 30 s token's expiry: exactly one new token; jumping back: none", async () => {
    h.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: h.issue({ expires_in: 30 }) }) });
    const auth = h.makeAuth({ now });
    await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    clockOffsetMs = 60_000;
    await callOk(auth);
    await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
    clockOffsetMs = 0;
    await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
    const seen = bearers();
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen.slice(1)).toEqual([seen[1], seen[1], seen[1]]);
  });
});

/** An unsigned JWT: the client only reads `iat`/`exp` to schedule a refresh. */
function jwt(claims: Record<string, number | string>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ jti: Math.random().toString(36).slice(2), ...claims })}.c2lnbmF0dXJl`;
}

describe("clock skew with JWT lifetimes (no expires_in)", () => {
  it.each([
    ["ahead", 60_000],
    ["behind", -60_000],
  ])("client clock a minute %s: a 10-minute JWT (iat + exp) lives until exp by the client's clock and at most 10 minutes, requested once", async (_label, skew) => {
    clockOffsetMs = skew;
    const iat = Math.floor(Date.now() / 1000);
    h.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: h.issue({ access_token: jwt({ sub: "client-1", iat, exp: iat + 600 }), expires_in: undefined }) }) });
    const auth = h.makeAuth({ now });
    for (let call = 0; call < 5; call++) await callOk(auth);
    const tokens = await auth.getTokens();
    // Ahead: exp comes a minute early by our clock, so the token is renewed a minute early.
    // Behind: exp - iat bounds it, so a slow clock never serves it past its real exp.
    // (iat and exp are whole seconds, so "until exp" loses up to a second to truncation.)
    const lifetime = tokens.expiresAt - tokens.obtainedAt;
    expect(lifetime).toBeLessThanOrEqual(600_000 - Math.max(0, skew));
    expect(lifetime).toBeGreaterThan(600_000 - Math.max(0, skew) - 2_000);
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    // Half-way through its life, still served from the cache.
    clockOffsetMs = skew + 300_000;
    await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    // Past its life by the client's clock: exactly one new token.
    clockOffsetMs = skew + 601_000;
    await Promise.all([callOk(auth), callOk(auth)]);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
  });
});

describe("refresh token faults", () => {
  it("a revoked refresh token (invalid_grant) falls back once to the primary grant and recovers", async () => {
    const first = h.issue({ refresh_token: undefined });
    const refreshToken = `rt_revoked_${Date.now()}_secret`;
    h.secrets.push(refreshToken);
    first.refresh_token = refreshToken;
    const replacement = h.issue();
    h.fault.enqueue(TOKEN_PATH, { json: first }, oauthErrorResponse("invalid_grant", { description: `refresh token ${refreshToken} was revoked` }), { json: replacement });
    const auth = h.makeAuth({ now });
    await callOk(auth);
    clockOffsetMs = 2 * HOUR_MS;
    await callOk(auth);
    const tokenRequests = h.fault.requestsTo(TOKEN_PATH);
    expect(grants(tokenRequests)).toEqual(["client_credentials", "refresh_token", "client_credentials"]);
    expect(tokenRequests[1]?.form?.refresh_token).toBe(fingerprint(refreshToken));
    expect(bearers()).toEqual([fingerprint(first.access_token as string), fingerprint(replacement.access_token as string)]);
    expect(h.logLines.some((line) => line.includes("refresh token refused (invalid_grant)"))).toBe(true);
  });

  it("rotating refresh tokens: each refresh spends the newest one, so reuse (invalid_grant) never happens", async () => {
    let valid: string | undefined;
    let reused = 0;
    h.fault.setDefault(TOKEN_PATH, {
      respond: (request) => {
        if (request.form?.grant_type === "refresh_token") {
          if (valid === undefined || request.form.refresh_token !== fingerprint(valid)) {
            reused++;
            return oauthErrorResponse("invalid_grant", { description: "refresh token reused" });
          }
        }
        const body = h.issue({ expires_in: 3600, refresh_token: `rt_${Math.random().toString(36).slice(2)}_${Date.now()}` });
        h.secrets.push(body.refresh_token as string);
        valid = body.refresh_token as string;
        return { json: body };
      },
    });
    const auth = h.makeAuth({ now });
    for (let expiry = 0; expiry < 4; expiry++) {
      // Several concurrent calls per expiry: they must share one refresh.
      await Promise.all([callOk(auth), callOk(auth), callOk(auth)]);
      clockOffsetMs += 2 * HOUR_MS;
    }
    expect(reused).toBe(0);
    expect(grants(h.fault.requestsTo(TOKEN_PATH))).toEqual(["client_credentials", "refresh_token", "refresh_token", "refresh_token"]);
    expect(h.fault.count(API_PATH)).toBe(12);
  });

  it("a reused rotated refresh token (another worker already spent it) falls back to the primary grant once", async () => {
    const first = h.issue({ refresh_token: `rt_spent_elsewhere_${Date.now()}` });
    h.secrets.push(first.refresh_token as string);
    h.fault.enqueue(TOKEN_PATH, { json: first }, oauthErrorResponse("invalid_grant", { description: "refresh token already used" }), { json: h.issue() });
    const auth = h.makeAuth({ now });
    await callOk(auth);
    clockOffsetMs = 2 * HOUR_MS;
    await Promise.all([callOk(auth), callOk(auth)]);
    expect(grants(h.fault.requestsTo(TOKEN_PATH))).toEqual(["client_credentials", "refresh_token", "client_credentials"]);
  });
});

describe("resource 401 faults", () => {
  const unauthorized: FaultBehaviour = { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' }, json: { error: "invalid_token" } };

  it("a 401 storm: one refresh and one resend per call, then the 401 is returned (no loop)", async () => {
    h.fault.setDefault(API_PATH, unauthorized);
    h.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: h.issue() }) });
    const auth = h.makeAuth();
    const calls = 4;
    for (let call = 0; call < calls; call++) {
      const response = await auth.fetch(h.apiUrl);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "invalid_token" });
    }
    expect(h.fault.count(API_PATH)).toBe(2 * calls);
    expect(h.fault.count(TOKEN_PATH)).toBe(1 + calls);
  });

  it("a concurrent 401 storm shares a single refresh", async () => {
    h.fault.setDefault(API_PATH, unauthorized);
    h.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: h.issue() }) });
    const auth = h.makeAuth();
    const responses = await Promise.all(Array.from({ length: 8 }, () => auth.fetch(h.apiUrl)));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(401));
    await Promise.all(responses.map((response) => response.body?.cancel()));
    expect(h.fault.count(API_PATH)).toBe(16);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
  });

  it("a late 401 for a token that was already replaced resends with the new token, without a second refresh", async () => {
    const stale = h.issue();
    const fresh = h.issue();
    h.fault.enqueue(TOKEN_PATH, { json: stale }, { json: fresh });
    let staleSeen = 0;
    h.fault.setDefault(API_PATH, {
      respond: (request) => {
        if (request.bearer !== fingerprint(stale.access_token as string)) return { json: { ok: true } };
        staleSeen++;
        // The second 401 for the stale token arrives after the first one already refreshed it.
        return { ...unauthorized, delayMs: staleSeen === 1 ? 0 : 400 };
      },
    });
    const auth = h.makeAuth();
    await Promise.all([callOk(auth), callOk(auth)]);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
    expect(h.fault.count(API_PATH)).toBe(4);
    expect(bearers().filter((bearer) => bearer === fingerprint(fresh.access_token as string))).toHaveLength(2);
  });
});

describe("caller aborts", () => {
  it("aborting while a refresh (refresh_token grant) is in flight rejects only that caller; the shared refresh completes once", async () => {
    const first = h.issue({ refresh_token: `rt_first_${Date.now()}_secret` });
    h.secrets.push(first.refresh_token as string);
    const refreshed = h.issue();
    h.fault.enqueue(TOKEN_PATH, { json: first }, { delayMs: 400, json: refreshed });
    const auth = h.makeAuth({ now });
    await callOk(auth);
    // Past expiry: every caller waits for the refresh.
    clockOffsetMs = 2 * HOUR_MS;
    const controller = new AbortController();
    const reason = new Error("request cancelled by the user");
    const aborted = auth.fetch(h.apiUrl, { signal: controller.signal });
    const others = [callOk(auth), callOk(auth, { signal: new AbortController().signal })];
    await h.fault.waitForRequests(TOKEN_PATH, 2);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
    controller.abort(reason);
    expect(await rejectionOf(aborted)).toBe(reason);
    await Promise.all(others);
    expect(grants(h.fault.requestsTo(TOKEN_PATH))).toEqual(["client_credentials", "refresh_token"]);
    expect(bearers()).toEqual([fingerprint(first.access_token as string), fingerprint(refreshed.access_token as string), fingerprint(refreshed.access_token as string)]);
    // The shared refresh result is kept: the next call needs no token request.
    await callOk(auth);
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
  });

  it("aborting while the token request hangs rejects that caller with its reason; a caller without a signal still gets a token", async () => {
    const token = h.issue();
    h.fault.enqueue(TOKEN_PATH, { hang: true }, { json: token });
    const auth = h.makeAuth({ tokenTimeoutMs: 300 });
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const aborted = auth.fetch(h.apiUrl, { signal: controller.signal });
    const patient = auth.fetch(h.apiUrl);
    // The hanging token request has reached the server: both callers wait on it.
    await h.fault.waitForRequests(TOKEN_PATH, 1);
    expect(h.fault.count(TOKEN_PATH)).toBe(1);
    controller.abort(reason);
    expect(await rejectionOf(aborted)).toBe(reason);
    const response = await patient;
    expect(response.status).toBe(200);
    await response.body?.cancel();
    // The hanging attempt timed out and was retried once; the aborted caller sent no API request.
    expect(h.fault.count(TOKEN_PATH)).toBe(2);
    expect(bearers()).toEqual([fingerprint(token.access_token as string)]);
  });
});

export default collected.cases;
