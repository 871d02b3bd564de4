import { startOAuthServer, type OAuthServerOptions } from "@cloud-sdks/test-servers";
import { afterEach, expect } from "vitest";
import { createAuth, type Auth, type CreateAuthOptions, type TokenSet, type TokenStore } from "../../src/index.js";

export const CLIENT = { id: "svc-client", secret: "SECRET-client-7f3a9c" } as const;
export const USER = { username: "reseller.admin", password: "SECRET-password-42b1" } as const;
export const API_KEY_USER = { username: "cx.user", password: "SECRET-apikey-9d0e" } as const;
export const SECRETS = [CLIENT.secret, USER.password, API_KEY_USER.password];

export type OAuthServer = Awaited<ReturnType<typeof startOAuthServer>>;

/** A real OAuth2 server with one confidential client allowed every grant, and two users. */
export function startServer(overrides: Partial<OAuthServerOptions> = {}): Promise<OAuthServer> {
  return startOAuthServer({
    clients: [
      { id: CLIENT.id, secret: CLIENT.secret, grants: ["client_credentials", "password", "refresh_token"] },
      { id: "cc-only", secret: "SECRET-cc-only", grants: ["client_credentials"] },
    ],
    users: [USER, API_KEY_USER],
    scopes: ["api", "read"],
    clientCredentialsRefreshToken: true,
    ...overrides,
  });
}

/** A store whose contents a test can read and seed, keyed as the auth layer keys them. */
export function inspectableStore(): TokenStore & { readonly entries: Map<string, TokenSet> } {
  const entries = new Map<string, TokenSet>();
  return {
    entries,
    async get(key) {
      return entries.get(key);
    },
    async set(key, tokens) {
      entries.set(key, tokens);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every way an error could leak a secret: message, JSON, enumerable values, cause. */
export function exposedText(error: unknown): string {
  const parts = [String(error), JSON.stringify(error)];
  if (typeof error === "object" && error !== null) {
    parts.push(JSON.stringify(Object.values(error)));
    parts.push(String((error as { cause?: unknown }).cause ?? ""));
  }
  return parts.join("\n");
}

/**
 * Builds createAuth instances that log into `logs` and remember every token the server issued,
 * so that `expectNoSecretIn` can sweep log lines and errors for credentials and tokens alike.
 */
export function secretSweep() {
  const logs: string[] = [];
  const issuedTokens: string[] = [];
  const logger = { debug: (m: string) => void logs.push(m), warn: (m: string) => void logs.push(m) };
  return {
    logger,
    logs,
    issuedTokens,
    authFor(options: CreateAuthOptions): Auth {
      return createAuth({
        logger,
        ...options,
        onTokens: async (tokens) => {
          issuedTokens.push(tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
          await options.onTokens?.(tokens);
        },
      });
    },
    /** No client secret, password, API key, issued token or `extraSecrets` in the logs or `errors`. */
    expectNoSecretIn(errors: readonly unknown[] = [], extraSecrets: readonly string[] = []): void {
      const texts = [...logs, ...errors.map(exposedText)];
      for (const secret of [...SECRETS, ...issuedTokens, ...extraSecrets]) {
        for (const text of texts) expect(text.includes(secret), `a secret leaked into: ${text.slice(0, 200)}`).toBe(false);
      }
    },
    reset(): void {
      logs.length = 0;
      issuedTokens.length = 0;
    },
  };
}

/** Waits until `epochMs` has passed by the local clock, plus `marginMs`. */
export async function sleepPast(epochMs: number, marginMs = 100): Promise<void> {
  while (Date.now() < epochMs + marginMs) await sleep(Math.max(1, epochMs + marginMs - Date.now()));
}

/** One token endpoint round trip as the client sent it and the server answered it. */
export interface TokenExchange {
  readonly url: string;
  readonly form: URLSearchParams;
  readonly authorization: string | null;
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
}

/** One request to anything but a token endpoint: when it left the client, and its bearer. */
export interface ApiRequest {
  readonly sentAt: number;
  readonly bearer: string | undefined;
}

/**
 * A fetch for `createAuth({ fetch })` that passes everything through to the real server and
 * records token exchanges (form, Authorization, JSON answer) and API requests (send time, bearer).
 * Holds secrets: assert on it, never print it.
 */
export function recordingFetch(tokenUrls: readonly string[]) {
  const tokenExchanges: TokenExchange[] = [];
  const apiRequests: ApiRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const sentAt = Date.now();
    const request = new Request(input, init);
    const authorization = request.headers.get("authorization");
    if (!tokenUrls.includes(request.url)) {
      apiRequests.push({ sentAt, bearer: authorization?.replace(/^Bearer /, "") });
      return fetch(request);
    }
    const form = new URLSearchParams(await request.clone().text());
    const response = await fetch(request);
    const body = (await response.clone().json().catch(() => undefined)) as Record<string, unknown> | undefined;
    tokenExchanges.push({ url: request.url, form, authorization, status: response.status, body });
    return response;
  };
  return { fetch: recording, tokenExchanges, apiRequests };
}

/** The claims of a JWT (the signature is not checked). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split(".")[1];
  if (payload === undefined) throw new Error("not a JWT");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

/** Tokens as a client adopted them (pass `onTokens` to createAuth), with the local time each arrived. */
export function tokenLog() {
  const sets: (TokenSet & { readonly receivedAt: number })[] = [];
  return { sets, onTokens: (tokens: TokenSet) => void sets.push({ ...tokens, receivedAt: Date.now() }), last: () => sets.at(-1)! };
}

/** A GET of the protected resource that must succeed; answers the resource's echo. */
export async function call(auth: Auth, server: OAuthServer): Promise<Record<string, unknown>> {
  const response = await auth.fetch(server.resourceUrl);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A real OAuth2 server per test and a sweep of everything logged for secrets: `start()` starts the
 * test's server; after each test it is closed and the sweep checked.
 */
export function perTestServer() {
  const sweep = secretSweep();
  let current: OAuthServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
    sweep.expectNoSecretIn();
    sweep.reset();
  });
  return { sweep, start: async (overrides?: Partial<OAuthServerOptions>) => (current = await startServer(overrides)) };
}
