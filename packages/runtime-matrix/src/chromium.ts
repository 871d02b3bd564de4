import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { bundle } from "./bundle.js";
import { RuntimeFailure } from "./run-process.js";

/** Debian's chromium; playwright-core drives it, so no browser is downloaded. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

/** Serves the page and its bundle on its own port: another origin than the mock, so every call is a CORS request. */
async function servePage(project: string, files: string[]) {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://page").pathname.slice(1) || "index.html";
    if (!files.includes(name)) return void res.writeHead(404).end();
    readFile(join(project, name)).then(
      (body) => res.writeHead(200, { "content-type": TYPES[extname(name)] ?? "application/octet-stream" }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export async function runInChromium(project: string, mockUrl: string): Promise<Record<string, unknown>> {
  await bundle(project, "browser.mjs", "browser.js", "esm", ["browser"]);
  const page = await servePage(project, ["index.html", "browser.js"]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] }).catch((error: Error) => {
    throw new RuntimeFailure("chromium", `cannot start ${CHROMIUM}: ${error.message}`);
  });
  const errors: string[] = [];
  try {
    const tab = await browser.newPage();
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    await tab.goto(`${page.url}/index.html?mock=${encodeURIComponent(mockUrl)}`);
    const result = await tab.waitForFunction(() => (window as unknown as { smokeResult?: unknown }).smokeResult, undefined, { timeout: 60_000 }).catch((error: Error) => {
      throw new RuntimeFailure("chromium", `no result from the page: ${error.message}\n${errors.join("\n")}`);
    });
    const value = (await result.jsonValue()) as Record<string, unknown>;
    if ("failed" in value) throw new RuntimeFailure("chromium", `the scenario threw: ${String(value["failed"])}\n${errors.join("\n")}`);
    return value;
  } finally {
    await browser.close();
    await page.close();
  }
}
