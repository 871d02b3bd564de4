import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT, SCRIPTS_DIR } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** Runs scripts/preflight.ts with a PATH that holds only node (and redis-server when asked). */
function runPreflight(withRedis: boolean, env: Record<string, string> = {}) {
  const bin = mkdtempSync(join(tmpdir(), "cloud-sdks-preflight-"));
  dirs.push(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  if (withRedis) {
    const which = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
    symlinkSync(which.stdout.trim(), join(bin, "redis-server"));
  }
  const tsx = join(SCRIPTS_DIR, "node_modules/tsx/dist/cli.mjs");
  return spawnSync(process.execPath, [tsx, join(SCRIPTS_DIR, "preflight.ts")], { cwd: REPO_ROOT, encoding: "utf8", env: { PATH: bin, NO_COLOR: "1", ...env } });
}

describe("pnpm test's preflight", () => {
  it("fails at once, naming redis-server and how to install it, when it is not on PATH", () => {
    const result = runPreflight(false);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("pnpm test cannot run on this machine; missing:");
    expect(result.stderr).toMatch(/redis-server: `redis-server` is not on PATH\. Needed by: .*auth-redis.* Install: `sudo apt-get install -y redis-server`/);
  });

  it("fails naming Chromium when the browser the runtime matrix drives is missing", () => {
    const result = runPreflight(true, { CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Chromium .*: \/nonexistent\/chromium does not exist\. Needed by: .*runtime matrix.* Install: `sudo apt-get install -y chromium`/);
  });

  it("passes silently when everything is there", () => {
    const result = runPreflight(true);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
