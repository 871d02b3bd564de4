import { createHash } from "node:crypto";
import { AUTH_RETRIES_EXHAUSTED, AUTH_TIMEOUT } from "@cloud-sdks/auth";
import { fingerprint, startFaultServer } from "@cloud-sdks/test-servers";
import { check } from "../src/check.js";
import type { FaultCase } from "../src/fault-case.js";
import { API_PATH, TOKEN_PATH, tokenWorld } from "../src/token-world.js";

const MOVED = "/api/moved";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A same-origin 307 or 308 answering a request with a body: followed, body and bearer intact. */
function redirectCase(status: 307 | 308, method: "POST" | "PUT" | "PATCH"): FaultCase {
  return {
    id: `api.${status}-same-origin-${method.toLowerCase()}`,
    fault: `the API answers a ${method} with a body with a same-origin ${status}`,
    does: "follows it once, sending the same body and the bearer again",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      const token = world.issue();
      world.fault.setDefault(TOKEN_PATH, { json: token });
      world.fault.enqueue(API_PATH, { status, headers: { location: MOVED } });
      world.fault.setDefault(MOVED, { json: { ok: true } });
      const body = JSON.stringify({ name: "résumé", size: 3 });
      const response = await world.makeAuth().fetch(world.apiUrl, { method, body, headers: { "content-type": "application/json" } });
      check(response.status === 200, `followed to a 200, got ${response.status}`);
      const [moved] = world.fault.requestsTo(MOVED);
      check(moved?.method === method && moved.bodySha256 === sha256(body), "the redirected request carried the same method and body");
      check(moved.bearer === fingerprint(token.access_token as string), "and the bearer (same origin)");
      check(world.fault.count(API_PATH) === 1, "no retry of the first request");
    },
  };
}

const cases: readonly FaultCase[] = [
  redirectCase(307, "POST"),
  redirectCase(307, "PUT"),
  redirectCase(308, "PATCH"),
  redirectCase(308, "PUT"),
  {
    id: "api.307-cross-origin",
    fault: "the API redirects a PUT with a body to another origin (307)",
    does: "fetch follows it without the Authorization header: the bearer never reaches the other origin",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      const elsewhere = await startFaultServer({ defaults: { "/landing": { json: { ok: true } } } });
      probe.defer(() => elsewhere.close());
      world.fault.setDefault(TOKEN_PATH, { json: world.issue() });
      world.fault.enqueue(API_PATH, { status: 307, headers: { location: elsewhere.urlFor("/landing") } });
      const response = await world.makeAuth().fetch(world.apiUrl, { method: "PUT", body: "payload" });
      await response.body?.cancel();
      const [landed] = elsewhere.requestsTo("/landing");
      check(landed !== undefined && landed.bearer === undefined && landed.headers.authorization === undefined, "no Authorization at the other origin");
    },
  },
  {
    id: "api.never-answers-post",
    fault: "the API accepts a POST and never answers",
    does: "the per-attempt timeout (timeoutMs, default 10 minutes) ends it: TimeoutError, not retried",
    expect: { code: AUTH_TIMEOUT },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { json: world.issue() });
      world.fault.setDefault(API_PATH, { hang: true });
      return world.makeAuth({ timeoutMs: 100 }).fetch(world.apiUrl, { method: "POST", body: "{}" });
    },
  },
  {
    id: "api.never-answers-get",
    fault: "the API accepts every GET and never answers",
    does: "each attempt times out, GET is retried, then RetriesExhaustedError naming the timeout",
    expect: { code: AUTH_RETRIES_EXHAUSTED },
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { json: world.issue() });
      world.fault.setDefault(API_PATH, { hang: true });
      return world.makeAuth({ timeoutMs: 100 }).fetch(world.apiUrl);
    },
  },
];

export default cases;
