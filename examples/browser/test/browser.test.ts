import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserBundle } from "../bundle.js";
import { createTokenEndpoint } from "../src/token-endpoint.js";

const SECRET = "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS";
const cloudlxEnv = () => ({
  CLOUDLX_BASE_URL: prismUrl("cloudlx"),
  CLOUDLX_CLIENT_ID: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
  CLOUDLX_CLIENT_SECRET: SECRET,
});

/** The bundled module's exports, as a page would import them. */
type BundledModule = typeof import("../src/cloudlx-services.js");

let dir: string;
let bundled: BundledModule;
let bundleText: string;
let bundleInputs: string[];

// The backend for frontend: the token endpoint on a local HTTP server, counting what it hands out.
let server: Server;
let backend: string;
let tokensHandedOut = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cloud-sdks-browser-"));
  const result = await build({ ...browserBundle, outdir: dir, write: false, sourcemap: false });
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"));
  if (output === undefined) throw new Error("esbuild wrote no .js file");
  bundleText = output.text;
  bundleInputs = Object.keys(result.metafile.inputs);
  const file = path.join(dir, "cloudlx-services.mjs");
  await writeFile(file, bundleText);
  bundled = (await import(pathToFileURL(file).href)) as BundledModule;

  const endpoint = createTokenEndpoint(cloudlxEnv(), (request) => request.headers.get("cookie") === "session=signed-in");
  server = createServer((incoming, outgoing) => {
    const headers = new Headers();
    if (incoming.headers.cookie !== undefined) headers.set("cookie", incoming.headers.cookie);
    // In a browser the page's own origin sends the cookie; here the test adds it for /token only.
    if (incoming.url === "/token") headers.set("cookie", "session=signed-in");
    endpoint(new Request(new URL(incoming.url ?? "/", "http://127.0.0.1"), { method: incoming.method ?? "GET", headers }))
      .then(async (response) => {
        if (response.ok) tokensHandedOut += 1;
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(await response.text());
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

/** Just enough of the DOM for showServices: an element whose document creates elements. */
function fakeList(): HTMLElement & { items: { textContent: string }[] } {
  const list = {
    items: [] as { textContent: string }[],
    ownerDocument: { createElement: () => ({ textContent: "" }) },
    replaceChildren(...children: { textContent: string }[]) {
      list.items = children;
    },
  };
  return list as unknown as HTMLElement & { items: { textContent: string }[] };
}

describe("the browser bundle", () => {
  it("bundles for the browser platform with no Node built-in in its module graph", () => {
    expect(bundleInputs.some((input) => input.includes("cloud-sdks") || input.includes("packages/auth"))).toBe(true);
    expect(bundleInputs.filter((input) => input.startsWith("node:") || /^(fs|path|os|crypto|http|stream)$/.test(input))).toEqual([]);
    expect(bundleText).not.toMatch(/\bfrom\s*["']node:/);
    expect(bundleText).not.toContain(SECRET);
  });
});

describe("the bundled module against Prism, with a token from the backend", () => {
  it("shows the spec's example services, with one token from the backend for several calls", async () => {
    const before = tokensHandedOut;
    const list = fakeList();
    await bundled.showServices(list, { apiBaseUrl: prismUrl("cloudlx"), tokenUrl: `${backend}/token` });
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) expect(item.textContent).toMatch(/^.+ \(\d+\s*[MG]bps\)$/i);
    expect(tokensHandedOut - before).toBe(1);

    // One client, several calls: the token is reused while it is valid.
    const cloudlx = bundled.createBrowserCloudlxClient({ apiBaseUrl: prismUrl("cloudlx"), tokenUrl: `${backend}/token` });
    const [services, ports] = await Promise.all([cloudlx.GET("/api/services"), cloudlx.GET("/api/ports")]);
    expect([services.response.status, ports.response.status]).toEqual([200, 200]);
    expect(tokensHandedOut - before).toBe(2);
  });

  it("fails with the token endpoint's status when the visitor is not signed in", async () => {
    const list = fakeList();
    await expect(bundled.showServices(list, { apiBaseUrl: prismUrl("cloudlx"), tokenUrl: `${backend}/not-signed-in` })).rejects.toThrow(
      "the token endpoint answered HTTP 401",
    );
    expect(list.items).toEqual([]);
  });
});

describe("the token endpoint (backend for frontend)", () => {
  it("hands a signed-in visitor the access token only: no refresh token, no secret, not cacheable", async () => {
    const response = await fetch(`${backend}/token`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const text = await response.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "token_type"]);
    expect(body["expires_in"]).toBeGreaterThan(0);
    expect(body["expires_in"]).toBeLessThanOrEqual(3600);
    expect(text).not.toContain(SECRET);
  });

  it("answers 401 without a session and 405 for anything but GET", async () => {
    expect((await fetch(`${backend}/anything`)).status).toBe(401);
    expect((await fetch(`${backend}/token`, { method: "POST" })).status).toBe(405);
  });
});
