import { startOAuthServer, type OAuthServerOptions } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
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
