import { clientCredentials, createAuth } from "@cloud-sdks/auth";
import { createProviderClient } from "@cloud-sdks/core";
import { createContractFetch, findSpecFiles, startPrism, type RunningPrism } from "@cloud-sdks/prism-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, type DemoSession, type ProviderDemo, type SessionOptions } from "../src/providers/provider-demo.js";
import { runScenario } from "../src/scenario.js";

// The scenario must be able to fail: these clients are wired wrongly on purpose, built on
// @cloud-sdks/auth directly, and run against the real Prism mock of CloudLX.

const ACCEPT = "application/vnd.cloudlx.v1+json";
let prism: RunningPrism;
let baseUrl: string;

beforeAll(async () => {
  const spec = findSpecFiles()["cloudlx"];
  if (spec === undefined) throw new Error("specs/cloudlx.yaml is missing");
  prism = await startPrism({ specs: { cloudlx: spec } });
  baseUrl = prism.urls["cloudlx"] ?? "";
});
afterAll(() => prism.stop());

function cloudlxSession(options: SessionOptions, wiring: { refreshUrl?: string; remedy?: string }): DemoSession {
  const auth = createAuth({
    credentials: clientCredentials({
      tokenUrl: `${baseUrl}/api/oauth2/access-token`,
      clientId: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
      clientSecret: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
      clientAuthentication: "client_secret_post",
      headers: { Accept: ACCEPT },
      ...(wiring.refreshUrl ? { refresh: { tokenUrl: wiring.refreshUrl } } : {}),
    }),
    apiBaseUrl: baseUrl,
    fetch: options.fetch,
    now: options.now,
    headers: { Accept: ACCEPT },
    ...(wiring.remedy ? { describeError: () => wiring.remedy } : {}),
  });
  const client = createProviderClient<Record<string, never>>({ provider: "cloudlx", baseUrl, fetch: auth.fetch });
  const get = (path: string) => ({ label: `GET ${path}`, live: true, run: () => outcomeOf(client.GET(path as never)) });
  return { auth, calls: [get("/api/services"), get("/api/ports")] };
}

function demoWith(wiring: { refreshUrl?: string; remedy?: string }): ProviderDemo {
  return {
    name: "cloudlx",
    title: "CloudLX (miswired)",
    tokenPaths: { grant: "/api/oauth2/access-token", refresh: "/api/oauth2/refresh-token" },
    tokenError: { prefer: "code=401, example=invalidClient", oauthError: "invalid_client", remedy: "Check the client id and secret." },
    mockSession: (_url, options) => cloudlxSession(options, wiring),
    liveSession: () => {
      throw new Error("not used");
    },
  };
}

const run = (demo: ProviderDemo) =>
  runScenario(demo, {
    createSession: (options) => demo.mockSession(baseUrl, options),
    baseFetch: createContractFetch(globalThis.fetch, { onViolation: "record" }).fetch,
    live: false,
  });

describe("the demo scenario fails when a client misbehaves", () => {
  it("passes every step when the client is wired as CloudLX documents it", async () => {
    const report = await run(demoWith({ refreshUrl: `${baseUrl}/api/oauth2/refresh-token`, remedy: "Check the client id and secret." }));
    expect(report.steps.map((step) => [step.name, step.ok, step.detail])).toEqual(report.steps.map((step) => [step.name, true, step.detail]));
    expect(report.ok).toBe(true);
  });

  it("fails the expiry step when the token is renewed anywhere but the refresh endpoint", async () => {
    const report = await run(demoWith({ remedy: "Check the client id and secret." }));
    const expiry = report.steps.find((step) => step.name === "expiry forced, token renewed");
    expect(expiry?.ok).toBe(false);
    expect(report.ok).toBe(false);
  });

  it("fails the token-error step when the OAuthError carries no provider remedy", async () => {
    const report = await run(demoWith({ refreshUrl: `${baseUrl}/api/oauth2/refresh-token` }));
    const tokenError = report.steps.find((step) => step.name === "documented token error");
    expect(tokenError).toMatchObject({ ok: false, detail: expect.stringContaining("does not carry the provider's remedy") });
  });
});
