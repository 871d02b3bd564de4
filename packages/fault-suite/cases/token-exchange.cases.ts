import { AUTH_NETWORK_ERROR, AUTH_RETRIES_EXHAUSTED, AUTH_TOKEN_RESPONSE_INVALID, clientCredentials, RetriesExhaustedError, TokenResponseError } from "@cloud-sdks/auth";
import { freePort } from "@cloud-sdks/test-servers";
import { check } from "../src/check.js";
import type { FaultCase } from "../src/fault-case.js";
import { API_PATH, TOKEN_PATH, tokenWorld } from "../src/token-world.js";

const MIB = 1024 * 1024;

const cases: readonly FaultCase[] = [
  {
    id: "token.body-stalls-after-headers",
    fault: "token response headers arrive, then the body stalls forever",
    does: "the attempt times out (tokenTimeoutMs covers the body), is retried, then RetriesExhaustedError; the next call starts afresh and recovers",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      const stalled = { hangAfterHeaders: true as const, json: world.issue() };
      world.fault.enqueue(TOKEN_PATH, stalled, stalled, stalled);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ tokenTimeoutMs: 150 });
      const error = await auth.fetch(world.apiUrl).then(() => undefined, (caught: unknown) => caught);
      check(error instanceof RetriesExhaustedError && /timed out/.test(error.message), "the stalled exchange ends in RetriesExhaustedError naming the timeout");
      await world.callOk(auth);
      check(world.fault.count(TOKEN_PATH) === 4, "three stalled attempts, then one fresh request");
    },
  },
  {
    id: "token.body-drips",
    fault: "token response body trickles one byte a second and never ends",
    does: "the per-attempt deadline cancels the read; every attempt fails the same way: RetriesExhaustedError",
    expect: { code: AUTH_RETRIES_EXHAUSTED },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ dripAfterHeaders: { intervalMs: 20 }, json: world.issue() }) });
      return world.makeAuth({ tokenTimeoutMs: 150 }).getAccessToken();
    },
  },
  {
    id: "token.reset-mid-body-then-ok",
    fault: "the connection is reset in the middle of the token response body, once",
    does: "retried like any network error, then recovered",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.enqueue(TOKEN_PATH, { resetAfterHeaders: true, json: world.issue() }, { json: world.issue() });
      await world.callOk(world.makeAuth());
      check(world.fault.count(TOKEN_PATH) === 2, "one retry");
    },
  },
  {
    id: "token.reset-mid-body-always",
    fault: "every token response is reset mid-body",
    does: "retried, then RetriesExhaustedError whose message names the network error",
    expect: { code: AUTH_RETRIES_EXHAUSTED },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ resetAfterHeaders: true, json: world.issue() }) });
      return world.makeAuth().getAccessToken();
    },
  },
  {
    id: "token.response-50mb",
    fault: "a 50 MB token response",
    does: "reads at most 1 MiB, cancels the rest: TokenResponseError (body too large), not retried",
    expect: { code: AUTH_TOKEN_RESPONSE_INVALID },
    async run(probe) {
      const world = await tokenWorld(probe);
      const head = JSON.stringify(world.issue()).slice(0, -1);
      world.fault.setDefault(TOKEN_PATH, { huge: { bytes: 50 * MIB, prefix: `${head},"padding":"`, fill: "x", suffix: '"}' } });
      const error = await world.makeAuth().getAccessToken().catch((caught: unknown) => caught);
      check(world.fault.count(TOKEN_PATH) === 1, "not retried");
      throw error;
    },
  },
  {
    id: "token.response-50mb-declared",
    fault: "a token response declaring a 50 MB content-length",
    does: "refused before reading: TokenResponseError",
    expect: { code: AUTH_TOKEN_RESPONSE_INVALID },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { huge: { bytes: 50 * MIB, declareLength: true, prefix: '{"access_token":"', fill: "y", suffix: '"}' } });
      return world.makeAuth().getAccessToken();
    },
  },
  {
    id: "token.error-description-huge",
    fault: "an OAuth error whose error_description is 900 KB of base64-alphabet text",
    does: "OAuthError quoting at most 512 characters; the scrubber stays linear (no stack overflow)",
    expect: { code: "AUTH_OAUTH_ERROR" },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { status: 400, huge: { bytes: 900 * 1024, prefix: '{"error":"invalid_request","error_description":"', fill: "QUJD", suffix: '"}' } });
      const error = await world.makeAuth().getAccessToken().catch((caught: unknown) => caught);
      check((error as Error).message.length < 2_000, "the message is capped");
      throw error;
    },
  },
  {
    id: "token.parse-extra-rejects-async",
    fault: "an async parseExtra rejects with a message quoting the new tokens",
    does: "TokenResponseError naming parseExtra, without the tokens",
    expect: { code: AUTH_TOKEN_RESPONSE_INVALID },
    async run(probe) {
      const world = await tokenWorld(probe);
      const body = world.issue({ refresh_token: probe.secret(`rt_${Math.random().toString(36).slice(2)}_refresh`), userName: "x" });
      world.fault.setDefault(TOKEN_PATH, { json: body });
      const auth = world.makeAuth({
        parseExtra: async () => {
          throw new Error(`bad extra in ${JSON.stringify(body)}`);
        },
      });
      const error = await auth.getAccessToken().catch((caught: unknown) => caught);
      check(error instanceof TokenResponseError && error.field === "extra", "field is extra");
      throw error;
    },
  },
  {
    id: "token.connection-refused",
    fault: "the token endpoint refuses connections",
    does: "retried, then RetriesExhaustedError whose message says ECONNREFUSED",
    expect: { code: AUTH_RETRIES_EXHAUSTED },
    async run(probe) {
      const world = await tokenWorld(probe);
      const port = await freePort();
      const auth = world.makeAuth({
        credentials: clientCredentials({ tokenUrl: `http://127.0.0.1:${port}/token`, clientId: "c", clientSecret: world.clientSecret }),
      });
      const error = await auth.getAccessToken().catch((caught: unknown) => caught);
      check(/fetch failed: ECONNREFUSED/.test((error as Error).message), `the message names the cause: ${(error as Error).message}`);
      throw error;
    },
  },
  {
    id: "api.post-connection-refused",
    fault: "a POST to an API that refuses connections",
    does: "not retried (it may have reached the server): NetworkError naming ECONNREFUSED",
    expect: { code: AUTH_NETWORK_ERROR },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { json: world.issue() });
      const port = await freePort();
      const auth = world.makeAuth({ apiBaseUrl: `http://127.0.0.1:${port}` });
      const error = await auth.fetch(`http://127.0.0.1:${port}${API_PATH}`, { method: "POST", body: "{}" }).catch((caught: unknown) => caught);
      check(/ECONNREFUSED/.test((error as Error).message), "the message names the cause");
      throw error;
    },
  },
  {
    id: "token.next-call-after-timeout-starts-afresh",
    fault: "the token endpoint hangs, then recovers",
    does: "the hanging exchange fails typed after its deadline and frees the single-flight slot: the next call gets a token",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.enqueue(TOKEN_PATH, { hang: true });
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ tokenTimeoutMs: 100, retry: false });
      const first = await auth.getAccessToken().catch((caught: unknown) => caught);
      check((first as { code?: string }).code === "AUTH_TIMEOUT", "the first call times out");
      await world.callOk(auth);
    },
  },
];

export default cases;
