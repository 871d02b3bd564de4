import { randomBytes } from "node:crypto";
import { createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { createCloudlxClient } from "@cloud-sdks/cloudlx";
import { createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import { ApiError, CLIENT_ERROR_CODES } from "@cloud-sdks/core";
import { check } from "../src/check.js";
import type { FaultCase, FaultProbe } from "../src/fault-case.js";
import { startStub, type StubRequest } from "../src/http-stub.js";

const API_ERROR = { code: CLIENT_ERROR_CODES.apiError } as const;
const secretOf = (probe: FaultProbe, label: string) => probe.secret(`${label}-${randomBytes(12).toString("hex")}`);

/**
 * A provider whose token endpoint (any path ending in token/Token) issues `accessToken` and whose
 * API answers 403 echoing everything it was sent: the bearer (as "Token <T> lacks..."), the whole
 * Authorization header, the form body, in nested JSON, the status text and the request id.
 */
async function echoingProvider(probe: FaultProbe, accessToken: string, echoed: (request: StubRequest) => string[] = () => []) {
  return startStub(probe, (request) => {
    if (/token$/i.test(request.path)) return { json: { access_token: accessToken, token_type: "Bearer", expires_in: 3600 } };
    const authorization = String(request.headers.authorization ?? "");
    const bearer = authorization.replace(/^Bearer /, "");
    return {
      status: 403,
      statusText: `Forbidden for ${bearer}`,
      headers: { "x-request-id": `req-${bearer}` },
      json: {
        message: `Token ${bearer} lacks the permission services:write`,
        details: [{ sent: authorization, echoes: echoed(request), [bearer]: { body: request.body } }],
      },
    };
  });
}

/** The error's text is still useful: it names the status and the provider's sentence, minus the credential. */
function checkUseful(error: unknown, status: number): never {
  check(error instanceof ApiError && error.status === status, `an ApiError ${status}, got ${String(error).slice(0, 200)}`);
  check(error.message.includes("[REDACTED]"), "the echoed credential is marked as withheld");
  check(error.message.length <= 1_001, "the message is capped");
  throw error;
}

const cases: readonly FaultCase[] = [
  {
    id: "api-error.throw-on-error-echoes-bearer",
    fault: "with throwOnError, the API's 403 echoes the bearer (message, nested body, status text, request id)",
    does: "throws ApiError with the bearer and client secret scrubbed from message, stack, body, toJSON and inspect",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cx-access");
      const clientSecret = secretOf(probe, "cx-secret");
      const api = await echoingProvider(probe, accessToken, () => [clientSecret]);
      const cx = createCloudlxClient({ clientId: "cx-id", clientSecret, baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cx.GET("/api/services").then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
  {
    id: "api-error.throw-on-error-post-echoes-bearer",
    fault: "with throwOnError, a POST with a body is answered by a 403 echoing the bearer",
    does: "throws ApiError scrubbed of the bearer the request carried (recorded by the client's transport)",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cx-access");
      const api = await echoingProvider(probe, accessToken);
      const cx = createCloudlxClient({ clientId: "cx-id", clientSecret: secretOf(probe, "cx-secret"), baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cx.POST("/api/services/create", { body: {} as never }).then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
  {
    id: "api-error.unwrap-echoes-bearer-and-password",
    fault: "unwrap() of a 403 that echoes the bearer, the password and the client secret (URI-encoded)",
    does: "throws ApiError (with Cloudmore's access hint) scrubbed of all three",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cm-access");
      const clientSecret = secretOf(probe, "cm-secret");
      const password = probe.secret(`pw ${randomBytes(8).toString("hex")}/+`);
      const api = await echoingProvider(probe, accessToken, () => [password, encodeURIComponent(password), clientSecret]);
      const cm = createCloudmoreClient({ clientId: "cm-id", clientSecret, username: "reseller-admin", password, baseUrl: api.url, logger: probe.logger, retry: false });
      const error = await unwrap(cm.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId: "r1" } } } as never)).then(
        () => undefined,
        (e: unknown) => e,
      );
      check(error instanceof ApiError && error.message.includes("Super Admin"), "the 403 carries Cloudmore's access hint");
      checkUseful(error, 403);
    },
  },
  {
    id: "api-error.basic-credential-echoed",
    fault: "CloudCherry basic mode: the API's 403 echoes the Basic header and the API key it decodes to",
    does: "throws ApiError scrubbed of the Basic credential and the API key",
    expect: API_ERROR,
    async run(probe) {
      const apiKey = secretOf(probe, "cc-key");
      probe.secret(btoa(`cc-user:${apiKey}`));
      const api = await echoingProvider(probe, "unused-token", (request) => [atob(String(request.headers.authorization ?? "").replace(/^Basic /, ""))]);
      const cc = createCloudcherryClient({ username: "cc-user", apiKey, auth: "basic", baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cc.GET("/api/questions" as never).then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
];

export default cases;
