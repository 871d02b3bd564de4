import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runDemo } from "../src/demo.js";
import type { DemoOutput } from "../src/output.js";
import { isListening } from "./ports.js";

function bufferOutput(): DemoOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const PROVIDERS = ["Cloudmore", "CloudCherry", "CloudLX"];
const STEPS = [
  "first token fetch",
  "cached token reused",
  "expiry forced, token renewed",
  "401 answered, token renewed, request resent",
  "documented token error",
  "every request and response matched the spec",
];

describe("pnpm demo against Prism", () => {
  it("passes every step of every provider, prints the summary and stops every server", async () => {
    const output = bufferOutput();
    const run = await runDemo([], {}, output);
    const printed = output.stdout.join("\n");

    expect(output.stderr).toEqual([]);
    expect(run.exitCode, printed).toBe(0);
    for (const provider of PROVIDERS) expect(printed).toMatch(new RegExp(`^✔ ${provider} \\(Prism mock at http://127\\.0\\.0\\.1:\\d+\\)$`, "m"));
    for (const step of STEPS) expect(printed.split(`✔ ${step}:`)).toHaveLength(PROVIDERS.length + 1);
    expect(printed).not.toContain("✘");
    expect(printed).toMatch(/^ {4}operations called: \d+ \(\d+ distinct\) · token requests made: \d+ · outcome: ✔ passed$/m);
    expect(printed).toContain("POST /api/oauth2/refresh-token → 200; GET /api/services → 200");
    // CloudCherry's paginated read: Prism's example is page 1 of 1 with two answers.
    expect(printed).toContain("paginate POST /api/answers/page/{page}/{rows} → 200 (2 answers in 1 page)");
    expect(printed).toMatch(/OAuthError \[AUTH_OAUTH_ERROR\]: .*"invalid_grant"/);
    expect(printed).toMatch(/^✔ all 3 providers passed in \d+\.\d s$/m);
    // Progress before the first result, and one row of the data each API answered with.
    expect(output.stdout[0]).toMatch(/^Starting Prism mocks of specs\/cloudmore\.yaml, .* on 127\.0\.0\.1…$/);
    expect(printed.match(/^ {8}GET \S+, first row: \{.+$/gm), printed).toHaveLength(PROVIDERS.length);

    // The mock sessions use the specs' example credentials: none of them may be printed.
    for (const secret of ["nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS", "N0t-a-real-Pa55word!", "correct-horse-battery-staple", "3f6c1d9e-client-secret-from-cloudmore"]) {
      expect(printed).not.toContain(secret);
    }

    expect(run.serverUrls).toHaveLength(3);
    for (const url of run.serverUrls) expect(await isListening(url), url).toBe(false);
  }, 60_000);

  it("--live names the missing variables without any value and exits with 1", async () => {
    const output = bufferOutput();
    const run = await runDemo(["--live", "cloudlx"], { CLOUDLX_CLIENT_ID: "visible-id-value" }, output);
    expect(run.exitCode).toBe(1);
    expect(output.stderr.join("\n")).toMatch(/Cannot run the live CloudLX demo: set CLOUDLX_CLIENT_SECRET\b/);
    expect(output.stderr.join("\n")).not.toContain("visible-id-value");
    expect(output.stdout).toEqual([]);
  });

  it("rejects wrong arguments with the usage and exit code 2", async () => {
    for (const argv of [["--live"], ["--live", "nowhere"], ["--bogus"]]) {
      const output = bufferOutput();
      const run = await runDemo(argv, {}, output);
      expect(run.exitCode, argv.join(" ")).toBe(2);
      expect(output.stderr.join("\n")).toContain("Usage:");
    }
  });

  it("stops the servers and exits with 130 on Ctrl-C", async () => {
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
    const child = spawn(tsx, [main], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    const urls = await new Promise<string[]>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`demo exited (${code}) before listening:\n${stdout}`)));
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const listening = /Prism mocks listening[^:]*: (.*)/.exec(stdout);
        if (listening?.[1]) resolve([...listening[1].matchAll(/http:\/\/127\.0\.0\.1:\d+/g)].map((match) => match[0]));
      });
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(await isListening(url), url).toBe(false);
  }, 60_000);
});
