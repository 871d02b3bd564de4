import { randomBytes } from "node:crypto";
import { clientCredentials, createAuth, type Auth, type CreateAuthOptions } from "@cloud-sdks/auth";
import { startFaultServer, tokenResponse, type FaultServer, type TokenResponseBody } from "@cloud-sdks/test-servers";
import { check } from "./check.js";
import type { FaultProbe } from "./fault-case.js";

export const TOKEN_PATH = "/token";
export const API_PATH = "/api/resource";

/** Retries in milliseconds, so a case that exhausts them stays fast. */
export const FAST_RETRY = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2000 } as const;

/** A fault server with a token endpoint and an API, and a client-credentials auth against it. */
export interface TokenWorld {
  readonly fault: FaultServer;
  readonly clientSecret: string;
  readonly apiUrl: string;
  /** A valid token response whose tokens are registered as secrets. */
  issue(overrides?: TokenResponseBody): TokenResponseBody;
  /** createAuth with the probe's logger, fast retries and short deadlines, then `options`. */
  makeAuth(options?: Partial<CreateAuthOptions>): Auth;
  /** auth.fetch to the API; checks for a 200 and drains the body. */
  callOk(auth: Auth, init?: RequestInit): Promise<void>;
}

export async function tokenWorld(probe: FaultProbe): Promise<TokenWorld> {
  const fault = await startFaultServer();
  probe.defer(() => fault.close());
  fault.setDefault(API_PATH, { json: { ok: true } });
  const clientSecret = probe.secret(`SECRET-client-${randomBytes(12).toString("hex")}`);
  return {
    fault,
    clientSecret,
    apiUrl: fault.urlFor(API_PATH),
    issue(overrides = {}) {
      const body = tokenResponse(overrides);
      for (const field of ["access_token", "refresh_token"] as const) {
        const value = body[field];
        if (typeof value === "string" && value.length >= 8) probe.secret(value);
      }
      return body;
    },
    makeAuth(options = {}) {
      return createAuth({
        credentials: clientCredentials({ tokenUrl: fault.urlFor(TOKEN_PATH), clientId: "client-1", clientSecret, clientAuthentication: "client_secret_post" }),
        apiBaseUrl: fault.url,
        retry: FAST_RETRY,
        tokenTimeoutMs: 2_000,
        storeTimeoutMs: 200,
        logger: probe.logger,
        ...options,
      });
    },
    async callOk(auth, init) {
      const response = await auth.fetch(fault.urlFor(API_PATH), init);
      check(response.status === 200, `the API call answered ${response.status}`);
      await response.body?.cancel();
    },
  };
}

/** The probe's logger, also keeping the lines for the case's own checks. */
export function teeLogger(probe: FaultProbe): { readonly lines: string[]; readonly logger: FaultProbe["logger"] } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      debug: (message) => (lines.push(message), probe.logger.debug(message)),
      warn: (message) => (lines.push(message), probe.logger.warn(message)),
    },
  };
}
