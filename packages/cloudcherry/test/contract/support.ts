import { fileURLToPath } from "node:url";
import type { ContractFetch } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { expect } from "vitest";
import { createCloudcherryClient, type CloudcherryClient, type CloudcherryOptions } from "../../src/index.js";

export const SPEC = fileURLToPath(new URL("../../../../specs/cloudcherry.yaml", import.meta.url));

/** The spec's LoginToken request examples: Prism checks the form body against the schema. */
export const USERNAME = "acmecx";
export const PASSWORD = "correct-horse-battery-staple";
export const API_KEY = "9f2c4e1a7b3d4c6e8a0b1d2f3e4c5a6b";

/** The access tokens of the spec's two LoginToken examples (`ok` is Prism's default answer). */
export const OK_TOKEN_PREFIX = "qaLjSK8Fxa2vvLhsI";
export const DEFAULT_LIFETIME_TOKEN = "Bx7pQ2mN4rT8vW1yZ3aC5eG7iK9mO1qS3uW5yA7cE9gI1kM3oQ5sU7wY9aC1eG3iK5mO7qS9uW1yA3cE5gI7kM9oQ1sU3wY5a";

type Overrides = Partial<Omit<CloudcherryOptions, "password" | "apiKey">> & { password?: string | undefined; apiKey?: string | undefined };

/** A client on Prism whose login AND API requests all go through `contract` (unless `fetch` overrides it). */
export function clientOn(contract: ContractFetch, overrides: Overrides = {}): CloudcherryClient {
  return createCloudcherryClient({
    username: USERNAME,
    password: PASSWORD,
    baseUrl: prismUrl("cloudcherry"),
    fetch: contract.fetch,
    retry: false,
    ...overrides,
  } as CloudcherryOptions);
}

/** One request as it left for Prism (after any Prefer injection), with what it carried. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly prefer: string | null;
  readonly body: string;
}

/** Records every request this client sends, then forwards it; use per client to count its own calls. */
export function recording(next: typeof fetch): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        authorization: request.headers.get("authorization"),
        prefer: request.headers.get("prefer"),
        body: await request.clone().text(),
      });
      return next(request);
    },
  };
}

/**
 * Adds `Prefer: <prefer>` to requests whose path is `path`: after letting `skip` of them pass, to
 * the next `count`; so Prism answers those with that documented response and the rest normally.
 */
export function preferFor(path: string, prefer: string, next: typeof fetch, { skip = 0, count = 1 } = {}): typeof fetch {
  let seen = 0;
  return async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname !== path) return next(request);
    seen += 1;
    if (seen <= skip || seen > skip + count) return next(request);
    const headers = new Headers(request.headers);
    headers.set("prefer", prefer);
    return next(new Request(request, { headers }));
  };
}

/** Fails if `secret` shows up in the error's message, JSON, stack or enumerable fields. */
export function expectNoSecretIn(value: unknown, secrets: readonly string[]): void {
  const views = [String(value), JSON.stringify(value) ?? "", (value as Error | undefined)?.stack ?? ""];
  for (const secret of secrets) for (const view of views) expect(view).not.toContain(secret);
}
