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

/** What a release publishes: the workspace packages that are not private. */
const PUBLISHED = ["auth", "auth-redis", "cli", "cloudcherry", "cloudlx", "cloudmore", "core"].map((name) => `@cloud-sdks/${name}`);

let workDir: string;
let packed: Record<string, string>;

/** Packs through `pnpm pack:release`'s script, the one way the repository produces release tarballs. */
async function packAll(into: string): Promise<Record<string, string>> {
  const { stdout } = await run("pnpm", ["exec", "tsx", "scripts/pack-release.ts", "--out", into, "--json"], { cwd: repoRoot });
  const packed = JSON.parse(stdout.trim().split("\n").pop() ?? "[]") as Array<{ name: string; tarball: string }>;
  expect(packed.map((p) => p.name)).toEqual(PUBLISHED);
  return Object.fromEntries(packed.map((p) => [p.name, p.tarball]));
}

async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball]);
  return stdout.split("\n").filter((line) => line !== "");
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "cloud-sdks-consumer-"));
  packed = await packAll(join(workDir, "tarballs"));
});

afterAll(async () => {
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe("release tarballs", () => {
  it("each carries the repository's LICENSE, its metadata, a README without relative links, and nothing from build tooling", async () => {
    const license = await readFile(join(repoRoot, "LICENSE"), "utf8");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} cloud-sdks contributors\n/);
    for (const [name, tarball] of Object.entries(packed)) {
      const files = await tarballFiles(tarball);
      expect(files, name).toContain("package/LICENSE");
      expect(files.filter((file) => /(^|\/)(\.turbo|node_modules|test)\/|\.test\.ts$|\.log$/.test(file)), name).toEqual([]);
      const { stdout } = await run("tar", ["-xzOf", tarball, "package/LICENSE"]);
      expect(stdout, `${name}'s LICENSE`).toBe(license);
      // npm renders the README away from the repository: a relative link there leads nowhere.
      const { stdout: readme } = await run("tar", ["-xzOf", tarball, "package/README.md"]);
      expect([...readme.matchAll(/\]\(([^)]+)\)/g)].map((link) => link[1]).filter((target) => !/^(https?:\/\/|#)/.test(target!)), `${name}'s README links`).toEqual([]);
      const { stdout: manifest } = await run("tar", ["-xzOf", tarball, "package/package.json"]);
      const pkg = JSON.parse(manifest) as Record<string, unknown>;
      // One file per ES module entry plus shared chunks (scripts/bundle-entries.ts): importing a
      // provider loads one module per package, not one per source file.
      if (name !== "@cloud-sdks/cli") {
        const entryFiles = Object.values(pkg["exports"] as Record<string, { default?: string } | string>)
          .flatMap((target) => (typeof target === "object" && target.default?.endsWith(".js") ? [`package/${target.default.slice(2)}`] : []));
        const javascript = files.filter((file) => file.startsWith("package/dist/") && file.endsWith(".js"));
        expect(javascript.filter((file) => !entryFiles.includes(file) && !file.startsWith("package/dist/chunks/")), `${name}: modules outside its entries`).toEqual([]);
        // Each module costs ~0.5-1 ms to load on Node 20: the main entry is one file, importing
        // only other packages (its sibling entries import it, not a chunk shared with it).
        const main = (pkg["exports"] as Record<string, { default: string }>)["."]!.default;
        const { stdout: mainSource } = await run("tar", ["-xzOf", tarball, `package/${main.slice(2)}`]);
        expect([...mainSource.matchAll(/\b(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]*)"/g)].map((match) => match[1]), `${name}: relative imports of ${main}`).toEqual([]);
      }
      expect(pkg, name).toMatchObject({
        license: "MIT",
        repository: { type: "git", url: "git+https://github.com/cloud-sdks/cloud-sdks.git", directory: `packages/${name.slice("@cloud-sdks/".length)}` },
        homepage: expect.stringMatching(/^https:\/\/github\.com\/cloud-sdks\/cloud-sdks\//),
        bugs: { url: "https://github.com/cloud-sdks/cloud-sdks/issues" },
        keywords: expect.arrayContaining([expect.any(String)]),
      });
    }
  });
});

describe("packed packages in a project outside the workspace", () => {
  it("install with npm, type-check a consumer strictly and run it against Prism", async () => {
    const tarballs = Object.fromEntries(Object.entries(packed).map(([name, tarball]) => [name, `file:${tarball}`]));
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
