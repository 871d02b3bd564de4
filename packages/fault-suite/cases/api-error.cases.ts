import { randomBytes } from "node:crypto";
import { createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { createCloudlxClient } from "@cloud-sdks/cloudlx";
import { createCloudmoreClient, unwrap } from "@cloud-sdks/cloudmore";
import { ApiError, CLIENT_ERROR_CODES } from "@cloud-sdks/core";
import { startFaultServer, type FaultServer } from "@cloud-sdks/test-servers";
import { check } from "../src/check.js";
import type { FaultCase, FaultProbe } from "../src/fault-case.js";

// Every echoing API here answers 403: the ApiError subclass for it is PermissionDeniedError.
const API_ERROR = { code: CLIENT_ERROR_CODES.permissionDenied } as const;
const secretOf = (probe: FaultProbe, label: string) => probe.secret(`${label}-${randomBytes(12).toString("hex")}`);

/**
 * A provider whose token endpoint issues `accessToken` and whose API answers `apiPath` with a 403
 * echoing every credential it has seen (the bearer as "Token <T> lacks...", the Authorization
 * header, the client secret, the password) in the message, nested body keys and values and the
 * request id, plus `extra()` (a credential in another encoding).
 */
async function echoingProvider(
  probe: FaultProbe,
  paths: { readonly token?: string; readonly api: string },
  accessToken: string,
  extra: () => string[] = () => [],
): Promise<FaultServer> {
  const fault = await startFaultServer();
  probe.defer(() => fault.close());
  if (paths.token) fault.setDefault(paths.token, { json: { access_token: accessToken, token_type: "Bearer", expires_in: 3600 } });
  fault.setDefault(paths.api, {
    withCredentials: (credentials) => {
      const presented = credentials.accessToken ?? "";
      const seen = [...credentials.all, ...extra()];
      return {
        status: 403,
        headers: { "x-request-id": `req-${presented}` },
        json: { message: `Token ${presented || seen[0]} lacks the permission services:write`, details: [{ seen, [presented || "none"]: { again: seen } }] },
      };
    },
  });
  return fault;
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
    fault: "with throwOnError, the API's 403 echoes the bearer and the client secret (message, nested body keys and values, request id)",
    does: "throws PermissionDeniedError (an ApiError) with the bearer and client secret scrubbed from message, stack, body, toJSON and inspect",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cx-access");
      const clientSecret = secretOf(probe, "cx-secret");
      const api = await echoingProvider(probe, { token: "/api/oauth2/access-token", api: "/api/services" }, accessToken);
      const cx = createCloudlxClient({ clientId: "cx-id", clientSecret, baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cx.GET("/api/services").then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
  {
    id: "api-error.throw-on-error-post-echoes-bearer",
    fault: "with throwOnError, a POST with a body is answered by a 403 echoing the bearer",
    does: "throws PermissionDeniedError scrubbed of the bearer the request carried (recorded by the client's transport)",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cx-access");
      const api = await echoingProvider(probe, { token: "/api/oauth2/access-token", api: "/api/services/create" }, accessToken);
      const cx = createCloudlxClient({ clientId: "cx-id", clientSecret: secretOf(probe, "cx-secret"), baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cx.POST("/api/services/create", { body: {} as never }).then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
  {
    id: "api-error.unwrap-echoes-bearer-and-password",
    fault: "unwrap() of a 403 that echoes the bearer, the password and the client secret (URI-encoded)",
    does: "throws PermissionDeniedError (with Cloudmore's access hint) scrubbed of all three",
    expect: API_ERROR,
    async run(probe) {
      const accessToken = secretOf(probe, "cm-access");
      const clientSecret = secretOf(probe, "cm-secret");
      const password = probe.secret(`pw ${randomBytes(8).toString("hex")}/+`);
      const api = await echoingProvider(probe, { token: "/connect/token", api: "/api/resellers/r1/Organizations" }, accessToken, () => [encodeURIComponent(password)]);
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
    does: "throws PermissionDeniedError scrubbed of the Basic credential and the API key",
    expect: API_ERROR,
    async run(probe) {
      const apiKey = secretOf(probe, "cc-key");
      probe.secret(btoa(`cc-user:${apiKey}`));
      // The server decodes Basic itself: `all` holds the API key; the encoded credential is added here.
      const api = await echoingProvider(probe, { api: "/api/questions" }, "unused", () => [btoa(`cc-user:${apiKey}`)]);
      const cc = createCloudcherryClient({ username: "cc-user", apiKey, auth: "basic", baseUrl: api.url, throwOnError: true, logger: probe.logger, retry: false });
      const error = await cc.GET("/api/questions" as never).then(() => undefined, (e: unknown) => e);
      checkUseful(error, 403);
    },
  },
];

export default cases;
