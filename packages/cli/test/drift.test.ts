import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETS, startDriftServer } from "./drift-server.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const CLIENT_SECRET = "drift-client-secret-0c5e4f";

function cli(args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env["PATH"] ?? "", ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

describe("cloud-sdks drift cloudlx against a server that departs from the spec", () => {
  let server: Awaited<ReturnType<typeof startDriftServer>>;
  let dir: string;
  let run: { code: number; stdout: string; stderr: string };
  let report: { drift: Array<Record<string, unknown>>; skipped: Array<{ operation: string; reason: string }>; called: Array<{ operation: string; status?: number }> };
  let reportText: string;

  beforeAll(async () => {
    server = await startDriftServer();
    dir = mkdtempSync(join(tmpdir(), "drift-"));
    const out = join(dir, "report.json");
    run = await cli(["drift", "cloudlx", "--out", out], { CLOUDLX_BASE_URL: server.url, CLOUDLX_CLIENT_ID: "drift-client", CLOUDLX_CLIENT_SECRET: CLIENT_SECRET });
    reportText = readFileSync(out, "utf8");
    report = JSON.parse(reportText);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 and reports each departure once per place in the shape", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = report.drift.map((entry) => `${entry["operation"]} ${entry["status"]} ${entry["kind"]} ${entry["path"]} | ${entry["expected"]} | ${entry["seen"]} x${entry["count"]}`);
    expect(rows).toContain("GET /api/services 200 missing-field $.services[*].name | string | missing x2");
    expect(rows).toContain("GET /api/services 200 wrong-type $.services[*].vlan | number | null | string x2");
    expect(rows).toContain("GET /api/services 200 extra-field $.services[*].api_key | not in the spec | string x2");
    expect(rows).toContain("GET /api/services/types 503 undocumented-status $ | 200 | 401 | 503 x1");
    expect(rows).toContain("GET /api/ports 200 media-type $ | application/vnd.cloudlx.v1+json | text/html x1");
  });

  it("prints the same report as a table", () => {
    expect(run.stdout).toMatch(/operation\s+status\s+kind\s+path\s+expected\s+seen/);
    expect(run.stdout).toMatch(/GET \/api\/services\s+200\s+extra-field\s+\$\.services\[\*\]\.api_key/);
  });

  it("calls only read-only operations, and says which need parameters", () => {
    expect(report.called.every((call) => call.operation.startsWith("GET "))).toBe(true);
    expect(report.called.map((call) => call.operation)).toContain("GET /api/ports/available");
    expect(report.skipped).toContainEqual({ operation: "GET /api/services/{id}/service", reason: "needs --param id=..." });
  });

  it("never shows a secret: not the credentials, the tokens, nor any value of a body", () => {
    for (const secret of [CLIENT_SECRET, SECRETS.accessToken, SECRETS.refreshToken, SECRETS.inBody, "maintenance", "<html", "LON1"]) {
      expect(reportText).not.toContain(secret);
      expect(run.stdout).not.toContain(secret);
    }
  });
});
