import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../src/worker.js";

const SECRET = "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS";
const env = () => ({
  CLOUDLX_BASE_URL: prismUrl("cloudlx"),
  CLOUDLX_CLIENT_ID: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
  CLOUDLX_CLIENT_SECRET: SECRET,
});

describe("edge worker against Prism", () => {
  it("GET /services answers the spec's example services as JSON", async () => {
    const response = await worker.fetch(new Request("https://worker.example/services"), env());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { services: { id: number; name: string; bandwidth: string }[] };
    expect(body.services.length).toBeGreaterThan(0);
    for (const service of body.services) expect(Object.keys(service).sort()).toEqual(["bandwidth", "id", "name"]);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reuses one client per env, so a second request makes no second token request", async () => {
    // Observes the real global fetch the worker's client falls back to; every call still goes to Prism.
    const spy = vi.spyOn(globalThis, "fetch");
    const tokenRequests = () => spy.mock.calls.filter(([input]) => urlOf(input).endsWith("/api/oauth2/access-token")).length;
    const bindings = env();
    const first = await worker.fetch(new Request("https://worker.example/services"), bindings);
    expect(tokenRequests()).toBe(1);
    const second = await worker.fetch(new Request("https://worker.example/services"), bindings);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(tokenRequests()).toBe(1);
  });

  it("names the missing binding without any value", async () => {
    const response = await worker.fetch(new Request("https://worker.example/services"), { CLOUDLX_CLIENT_SECRET: SECRET });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain("CLOUDLX_CLIENT_ID");
    expect(text).not.toContain(SECRET);
  });

  it("answers 404 for anything but GET /services", async () => {
    const response = await worker.fetch(new Request("https://worker.example/other"), env());
    expect(response.status).toBe(404);
  });
});

function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}
