import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintSpecs } from "../lint-specs.js";
import { FIXTURES_DIR, REPO_ROOT, runScript, SCRIPTS_DIR } from "./helpers.js";

const roots: string[] = [];
afterEach(() => {
  while (roots.length > 0) rmSync(roots.pop()!, { recursive: true, force: true });
});

/** A temp repository root with what a scaffolded package extends: the base tsconfig and a changeset dir. */
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "cloud-sdks-new-provider-"));
  roots.push(root);
  mkdirSync(join(root, "packages"));
  mkdirSync(join(root, ".changeset"));
  cpSync(join(REPO_ROOT, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  return root;
}

describe("pnpm new-provider", () => {
  it("scaffolds a package, a starter spec that lints clean, a changeset and the generated code", () => {
    const root = tempRoot();
    const result = runScript("new-provider.ts", ["acme-cloud", "--root", root]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);

    const pkgDir = join(root, "packages/acme-cloud");
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: "@cloud-sdks/acme-cloud",
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } },
      scripts: { generate: "tsx ../../scripts/codegen/cli.ts acme-cloud", build: "tsc -p tsconfig.build.json" },
      dependencies: { "@cloud-sdks/auth": "workspace:^", "openapi-fetch": "catalog:", zod: "catalog:" },
    });
    const turbo = JSON.parse(readFileSync(join(pkgDir, "turbo.json"), "utf8")) as { tasks: Record<string, { inputs: string[] }> };
    expect(turbo.tasks["generate"]?.inputs).toContain("$TURBO_ROOT$/specs/acme-cloud.yaml");
    for (const file of ["tsconfig.json", "tsconfig.build.json", "README.md", "src/index.ts", "src/generated/schema.ts", "src/generated/zod.ts", "src/generated/operations.ts"]) {
      expect(existsSync(join(pkgDir, file)), file).toBe(true);
    }
    expect(readFileSync(join(pkgDir, "src/index.ts"), "utf8")).toContain("export function createAcmeCloudClient(");
    expect(readFileSync(join(root, ".changeset/acme-cloud-initial.md"), "utf8")).toContain('"@cloud-sdks/acme-cloud": minor');

    expect(lintSpecs([join(root, "specs/acme-cloud.yaml")], join(REPO_ROOT, "redocly.yaml"), REPO_ROOT).exitCode).toBe(0);
    expect(runScript("codegen/cli.ts", ["acme-cloud", "--check", "--root", root]).status).toBe(0);

    // The scaffold compiles under the strict base config, with the real provider dependencies.
    symlinkSync(join(REPO_ROOT, "packages/cloudmore/node_modules"), join(pkgDir, "node_modules"), "dir");
    const tsc = spawnSync(join(SCRIPTS_DIR, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json", "--noEmit"], { cwd: pkgDir, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("keeps an existing spec and generates from it", () => {
    const root = tempRoot();
    mkdirSync(join(root, "specs"));
    cpSync(join(FIXTURES_DIR, "petshop.yaml"), join(root, "specs/petshop.yaml"));
    const result = runScript("new-provider.ts", ["petshop", "--root", root]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, "specs/petshop.yaml"), "utf8")).toBe(readFileSync(join(FIXTURES_DIR, "petshop.yaml"), "utf8"));
    expect(readFileSync(join(root, "packages/petshop/src/generated/operations.ts"), "utf8")).toContain("searchPets");
    expect(readFileSync(join(root, "packages/petshop/src/index.ts"), "utf8")).toContain('PETSHOP_HOSTS = { production: "https://api.petshop.test" }');
  });

  it("refuses to overwrite an existing package", () => {
    const root = tempRoot();
    mkdirSync(join(root, "packages/taken"));
    writeFileSync(join(root, "packages/taken/keep.txt"), "mine");
    const result = runScript("new-provider.ts", ["taken", "--root", root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/taken already exists");
    expect(readFileSync(join(root, "packages/taken/keep.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(root, "specs/taken.yaml"))).toBe(false);
  });

  it.each(["Acme", "acme_cloud", "9cloud", "acme--cloud", "-acme", "acme/../x", ""])("refuses the bad name %j with a clear message", (name) => {
    const root = tempRoot();
    const result = runScript("new-provider.ts", [name, "--root", root].filter((arg) => arg !== ""));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lowercase letters, digits and (single )?dashes|needs a name/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
