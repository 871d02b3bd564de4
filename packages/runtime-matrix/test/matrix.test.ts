import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockCloudlx, type MockCloudlx } from "../src/mock-cloudlx.js";
import { createPackedProject } from "../src/packed-project.js";
import { RUNTIMES } from "../src/runtimes.js";
import { CREATE_BODY } from "../fixtures/smoke.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");

let project: string;
let mock: MockCloudlx;
const report: { runtime: string; version: string; what: string; seconds: number; ok: boolean }[] = [];

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "cloud-sdks-runtime-matrix-"));
  await createPackedProject(repoRoot, project, join(here, "../fixtures"));
  // The edge-worker example runs as shipped, against the tarballs instead of the workspace.
  await cp(join(repoRoot, "examples/edge-worker/src"), join(project, "edge-worker"), { recursive: true });
  for (const variant of ["cjs", "nodenext", "bundler"]) await cp(join(project, "ts-consumer.ts"), join(project, `ts-${variant}`, "index.ts"));
  mock = await startMockCloudlx();
});

afterAll(async () => {
  await mock?.close();
  if (project !== undefined) await rm(project, { recursive: true, force: true });
  console.log(
    ["runtime matrix:", ...report.map((row) => `  ${row.ok ? "ok  " : "FAIL"} ${row.runtime.padEnd(13)} ${row.version.padEnd(34)} ${row.seconds.toFixed(1).padStart(5)} s  ${row.what}`)].join("\n"),
  );
});

// Two at a time (vitest.config.ts maxConcurrency): the machine has 2 cores.
describe.concurrent("the smoke scenario from the packed tarballs", () => {
  for (const runtime of RUNTIMES) {
    it(runtime.id, async () => {
      const started = performance.now();
      const row = { runtime: runtime.id, version: "?", what: runtime.what, seconds: 0, ok: false };
      report.push(row);
      row.version = await runtime.version(project);
      const result = await runtime.run(project, mock.url);
      row.seconds = (performance.now() - started) / 1000;
      const log = mock.log(`matrix-${runtime.id}`);

      // First token, then the same token from the cache: exactly one client credentials grant.
      expect(result["firstToken"]).toMatch(new RegExp(`^at-matrix-${runtime.id}-`));
      expect(result["services"]).toBe(1);
      expect(result["reusedSameToken"]).toBe(true);
      // Renewal through CloudLX's refresh endpoint, not a second grant.
      expect(result["renewedToken"]).not.toBe(result["firstToken"]);
      expect(log.grants.slice(0, 2)).toEqual(["access-token:client_credentials", "refresh-token:refresh_token"]);
      expect(log.grants.filter((grant) => grant.startsWith("access-token"))).toHaveLength(1);
      // The 401 is answered by exactly one resend with a new token and the JSON body intact.
      expect(result["createStatus"]).toBe(201);
      expect(result["createEcho"]).toEqual(CREATE_BODY);
      expect(log.creates.map(({ status, body }) => ({ status, body }))).toEqual([
        { status: 401, body: CREATE_BODY },
        { status: 201, body: CREATE_BODY },
      ]);
      expect(log.creates[1]!.token).not.toBe(log.creates[0]!.token);
      // The documented invalid_client error arrives as the typed OAuthError.
      expect(result["tokenError"]).toEqual({ isOAuthError: true, name: "OAuthError", code: "AUTH_OAUTH_ERROR", error: "invalid_client", status: 401 });
      if (runtime.id === "workerd" || runtime.id === "edge-runtime") {
        expect(result["example"]).toEqual({ status: 200, body: { services: [{ id: 7, name: "matrix service", bandwidth: 100 }] } });
      }
      row.ok = true;
    });
  }
});
