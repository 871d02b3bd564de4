import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, cp } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startPrism } from "@cloud-sdks/prism-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** The published packages, in dependency order; each must pack and install on its own. */
const PUBLISHED = ["auth", "core", "auth-redis", "cloudmore", "cloudcherry", "cloudlx", "cli"] as const;

let workDir: string;

async function packAll(into: string): Promise<Record<string, string>> {
  const tarballs: Record<string, string> = {};
  for (const name of PUBLISHED) {
    // pnpm pack rewrites workspace: and catalog: ranges into real versions, as publishing does.
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", into], { cwd: join(repoRoot, "packages", name) });
    const tarball = stdout.trim().split("\n").pop() ?? "";
    expect(tarball).toMatch(/\.tgz$/);
    tarballs[`@cloud-sdks/${name}`] = `file:${tarball}`;
  }
  return tarballs;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "cloud-sdks-consumer-"));
});

afterAll(async () => {
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe("packed packages in a project outside the workspace", () => {
  it("install with npm, type-check a consumer strictly and run it against Prism", async () => {
    const tarballs = await packAll(workDir);
    const project = join(workDir, "project");
    await cp(join(here, "../consumer"), project, { recursive: true });
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: tarballs, overrides: tarballs }, null, 2),
    );
    await writeFile(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          strict: true,
          // The published .d.ts files are part of what is under test.
          skipLibCheck: false,
          outDir: "out",
          types: [],
        },
        include: ["consumer.ts"],
      }),
    );
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project });
    const installed = JSON.parse(await readFile(join(project, "node_modules/@cloud-sdks/auth/package.json"), "utf8")) as { dependencies?: Record<string, string> };
    expect(JSON.stringify(installed.dependencies ?? {})).not.toMatch(/workspace:|catalog:/);

    // tsc reports on stdout: put its diagnostics in the failure, not just its exit code.
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).catch((error: { stdout?: string }) => {
      throw new Error(`the consumer does not type-check against the packed .d.ts files:\n${error.stdout ?? ""}`);
    });

    const prism = await startPrism({
      specs: Object.fromEntries(["cloudlx", "cloudmore", "cloudcherry"].map((name) => [name, join(repoRoot, `specs/${name}.yaml`)])),
    });
    try {
      const { stdout } = await run(process.execPath, ["out/consumer.js"], {
        cwd: project,
        env: {
          ...process.env,
          CLOUDLX_URL: prism.urls["cloudlx"] ?? "",
          CLOUDMORE_URL: prism.urls["cloudmore"] ?? "",
          CLOUDCHERRY_URL: prism.urls["cloudcherry"] ?? "",
        },
      });
      const result = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Record<string, unknown>;
      expect(result).toEqual({ tokenType: "Bearer", services: expect.any(Number), organizations: expect.any(Number), station: "uswest", validated: true });
      expect(result["services"]).toBeGreaterThan(0);

      // The CLI's bin, as npm linked it from the packed tarball.
      const token = await run(join(project, "node_modules/.bin/cloud-sdks"), ["token", "cloudlx"], {
        cwd: project,
        env: {
          ...process.env,
          CLOUDLX_CLIENT_ID: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
          CLOUDLX_CLIENT_SECRET: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
          CLOUDLX_BASE_URL: prism.urls["cloudlx"] ?? "",
        },
      });
      expect(token.stdout.trim()).toMatch(/^\S{20,}$/);
    } finally {
      await prism.stop();
    }
  });
});
