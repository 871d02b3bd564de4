/**
 * The testing kit in a browser (MSW's second mode): browser/page.ts is bundled by esbuild for the
 * browser platform, served from 127.0.0.1 (a secure context, so the service worker registers)
 * together with msw's mockServiceWorker.js, and loaded in headless Chromium. The page posts what
 * the CloudLX client got through the worker; the test waits for that post, not for a timer.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, expect, it } from "vitest";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const here = path.dirname(fileURLToPath(import.meta.url));

let server: Server | undefined;
let browser: ChildProcess | undefined;
let profile: string | undefined;

afterAll(async () => {
  await stopBrowser();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  // Chromium's helpers can still be flushing the profile for a moment after the group dies;
  // rm retries ENOTEMPTY instead of failing the run on it.
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

/**
 * Killing only the browser's main process leaves its zygote and renderers running (and writing
 * into the profile), so chromium is its own process group and the whole group is killed; the
 * test then waits for the main process to be reaped rather than for a fixed pause.
 */
async function stopBrowser(): Promise<void> {
  const child = browser;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const reaped = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
  await reaped;
}

it("mocks CloudLX in headless Chromium through msw/browser's service worker", async () => {
  const bundle = await build({
    entryPoints: [path.join(here, "../browser/page.ts")],
    bundle: true,
    // Node built-ins cannot resolve for "browser": the testing entry must not need any.
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  const worker = await readFile(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
  const page = '<!doctype html><meta charset="utf-8"><title>testing kit</title><script type="module" src="/page.js"></script>';

  let deliver: (value: Record<string, unknown>) => void = () => {};
  const result = new Promise<Record<string, unknown>>((resolve) => (deliver = resolve));
  server = createServer((request, response) => {
    const send = (type: string, body: string) => response.writeHead(200, { "content-type": type }).end(body);
    if (request.url === "/page.js") return send("text/javascript", script);
    if (request.url === "/mockServiceWorker.js") return send("text/javascript", worker);
    if (request.url === "/result" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        response.writeHead(204).end();
        deliver(JSON.parse(body) as Record<string, unknown>);
      });
      return;
    }
    return send("text/html", page);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  profile = await mkdtemp(path.join(tmpdir(), "cloud-sdks-chromium-"));
  browser = spawn(CHROMIUM, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/`], {
    stdio: "ignore",
    detached: true,
    // Chromium's scratch files go inside the profile, so removing the profile leaves nothing behind.
    env: { ...process.env, TMPDIR: profile },
  });
  const exited = new Promise<never>((_, reject) => browser!.once("exit", (code) => reject(new Error(`chromium exited (${code}) before the page reported`))));

  expect(await Promise.race([result, exited])).toEqual({
    controlled: true,
    services: ["London AWS primary", "LON-AMS interconnect"],
    afterExpiry: "Test Service",
    // The first token, then the refresh after the forced expiry.
    tokensIssued: 2,
    refusedStatus: 400,
    violations: [["path parameter id: 0 is less than 1."]],
  });
}, 90_000);
