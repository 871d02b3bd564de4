import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import cloudcherry from "../src/cloudcherry.js";
import cloudlx from "../src/cloudlx.js";
import cloudmore from "../src/cloudmore.js";

type Env = Readonly<Record<string, string | undefined>>;

interface Case {
  readonly provider: string;
  readonly worker: { fetch(request: Request, env: Env): Promise<Response> };
  /** The worker's one route, the JSON key of its list and the fields of each item. */
  readonly route: string;
  readonly key: string;
  readonly fields: readonly string[];
  readonly tokenPath: string;
  readonly env: () => Env;
  /** Left out of an env to check the error names it; `secrets` must never appear. */
  readonly required: string;
  readonly secrets: readonly string[];
}

const cases: readonly Case[] = [
  {
    provider: "cloudmore",
    worker: cloudmore,
    route: "/categories",
    key: "categories",
    fields: ["categoryId", "name"],
    tokenPath: "/connect/token",
    env: () => ({
      CLOUDMORE_BASE_URL: prismUrl("cloudmore"),
      CLOUDMORE_CLIENT_ID: "ro.client",
      CLOUDMORE_CLIENT_SECRET: "3f6c1d9e-client-secret-from-cloudmore",
      CLOUDMORE_USERNAME: "api.admin@example-reseller.com",
      CLOUDMORE_PASSWORD: "N0t-a-real-Pa55word!",
    }),
    required: "CLOUDMORE_USERNAME",
    secrets: ["3f6c1d9e-client-secret-from-cloudmore", "N0t-a-real-Pa55word!"],
  },
  {
    provider: "cloudcherry",
    worker: cloudcherry,
    route: "/questions",
    key: "questions",
    fields: ["id", "text"],
    tokenPath: "/api/LoginToken",
    env: () => ({
      CLOUDCHERRY_BASE_URL: prismUrl("cloudcherry"),
      CLOUDCHERRY_USERNAME: "acmecx",
      CLOUDCHERRY_PASSWORD: "correct-horse-battery-staple",
    }),
    required: "CLOUDCHERRY_USERNAME",
    secrets: ["correct-horse-battery-staple"],
  },
  {
    provider: "cloudlx",
    worker: cloudlx,
    route: "/services",
    key: "services",
    fields: ["bandwidth", "id", "name"],
    tokenPath: "/api/oauth2/access-token",
    env: () => ({
      CLOUDLX_BASE_URL: prismUrl("cloudlx"),
      CLOUDLX_CLIENT_ID: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
      CLOUDLX_CLIENT_SECRET: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
    }),
    required: "CLOUDLX_CLIENT_ID",
    secrets: ["nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS"],
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(cases)("$provider edge worker against Prism", ({ worker, route, key, fields, tokenPath, env, required, secrets }) => {
  const get = (path: string, bindings: Env) => worker.fetch(new Request(`https://worker.example${path}`), bindings);

  it(`GET ${route} answers the spec's examples as JSON, with only the fields the page needs`, async () => {
    const response = await get(route, env());
    expect(response.status).toBe(200);
    const text = await response.text();
    const items = (JSON.parse(text) as Record<string, Record<string, unknown>[]>)[key] ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(Object.keys(item).sort()).toEqual([...fields].sort());
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/access_?token/i);
  });

  it("reuses one client per env, so a second request makes no second token request", async () => {
    // Observes the real global fetch the worker's client falls back to; every call still goes to Prism.
    const spy = vi.spyOn(globalThis, "fetch");
    const tokenRequests = () => spy.mock.calls.filter(([input]) => new URL(urlOf(input)).pathname === tokenPath).length;
    const bindings = env();
    const first = await get(route, bindings);
    expect(tokenRequests()).toBe(1);
    const second = await get(route, bindings);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(tokenRequests()).toBe(1);
  });

  it("names the missing binding without any value", async () => {
    const { [required]: _left, ...incomplete } = env();
    const response = await get(route, incomplete);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain(required);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it(`answers 404 for anything but GET ${route}`, async () => {
    expect((await get("/other", env())).status).toBe(404);
    expect((await worker.fetch(new Request(`https://worker.example${route}`, { method: "POST" }), env())).status).toBe(404);
  });
});

function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}
