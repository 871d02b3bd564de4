import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { startFaultServer, tokenResponse, type FaultServer, type TokenResponseBody } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
import { clientCredentials, createAuth, type Auth, type CreateAuthOptions } from "../../src/index.js";

export const TOKEN_PATH = "/token";
export const API_PATH = "/api/resource";

/** Small delays so every retry path runs in milliseconds; Retry-After up to 2 s is honoured. */
export const FAST_RETRY = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2000 } as const;

/** One fault server, one credential and every secret and log line a case produced. */
export interface Harness {
  readonly fault: FaultServer;
  readonly clientSecret: string;
  /** Every value that must never leak: the client secret and each issued token. */
  readonly secrets: string[];
  readonly logLines: string[];
  /** A valid token response whose tokens are remembered as secrets. */
  issue(overrides?: TokenResponseBody): TokenResponseBody;
  makeAuth(options?: Partial<CreateAuthOptions>): Auth;
  apiUrl: string;
}

export async function startHarness(): Promise<Harness> {
  const fault = await startFaultServer();
  const clientSecret = `SECRET-client-${randomBytes(12).toString("hex")}`;
  const secrets = [clientSecret];
  const logLines: string[] = [];
  return {
    fault,
    clientSecret,
    secrets,
    logLines,
    apiUrl: fault.urlFor(API_PATH),
    issue(overrides = {}) {
      const body = tokenResponse(overrides);
      for (const field of ["access_token", "refresh_token"] as const) {
        const value = body[field];
        if (typeof value === "string" && value.length >= 8) secrets.push(value);
      }
      return body;
    },
    makeAuth(options = {}) {
      const credentials = clientCredentials({
        tokenUrl: fault.urlFor(TOKEN_PATH),
        clientId: "client-1",
        clientSecret,
        clientAuthentication: "client_secret_post",
      });
      return createAuth({
        credentials,
        apiBaseUrl: fault.url,
        retry: FAST_RETRY,
        tokenTimeoutMs: 2_000,
        logger: {
          debug: (line: string) => void logLines.push(line),
          warn: (line: string) => void logLines.push(line),
        },
        ...options,
      });
    },
  };
}

/**
 * Every textual view of an error, following its `cause` chain: String(), JSON.stringify (so
 * toJSON), each enumerable field, message and stack, and util.inspect (what console.log and most
 * loggers print, with non-enumerable properties too).
 */
export function renderError(error: unknown): string[] {
  const views: string[] = [inspect(error, { depth: 10, showHidden: true }), inspect(error, { depth: 10 })];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    views.push(String(current));
    if (typeof current === "object") {
      views.push(JSON.stringify(current) ?? "");
      for (const value of Object.values(current)) views.push(typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));
      if (current instanceof Error) views.push(current.message, current.stack ?? "");
      current = (current as { cause?: unknown }).cause;
    } else {
      current = undefined;
    }
  }
  return views;
}

/**
 * No secret in any log line, nor (if given) in any view of `error`. `harness.secrets` lists the
 * client secret and every token issued; cases add any other credential (a password...).
 */
export function expectNoSecrets(harness: Harness, error?: unknown): void {
  const texts = [...harness.logLines, ...(error === undefined ? [] : renderError(error))];
  expect(harness.secrets.length).toBeGreaterThan(0);
  for (const secret of harness.secrets) {
    for (const text of texts) expect(text.includes(secret), `a secret leaked into: ${text.slice(0, 200)}`).toBe(false);
  }
}

/** Collects unhandled rejections for the whole file; each test asserts there were none. */
export function collectUnhandledRejections(): { readonly seen: unknown[]; install(): void; uninstall(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  return {
    seen,
    install: () => void process.on("unhandledRejection", listener),
    uninstall: () => void process.off("unhandledRejection", listener),
  };
}

/** The rejection of `promise`, or a failure if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the promise resolved");
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
