import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { editFile, makeTempRepo, runScript } from "./helpers.js";

const CLI = "codegen/cli.ts";
const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function tempRepo(fixtures: readonly string[]): string {
  const repo = makeTempRepo(fixtures);
  cleanups.push(repo.cleanup);
  return repo.root;
}

/** Runs the generator and fails the test with its stderr when it does not succeed. */
function generate(args: readonly string[]): void {
  const result = runScript(CLI, args);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

function generatedFiles(root: string, provider: string): Map<string, string> {
  const dir = join(root, "packages", provider, "src/generated");
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("codegen", () => {
  it("writes schema.ts, zod.ts, operations.ts, pagination.ts and testing.ts, each stamped with its spec", () => {
    const root = tempRepo(["petshop"]);
    const result = runScript(CLI, ["petshop", "--root", root]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = generatedFiles(root, "petshop");
    expect([...files.keys()]).toEqual(["operations.ts", "pagination.ts", "schema.ts", "testing.ts", "zod.ts"]);
    for (const contents of files.values()) {
      expect(contents.split("\n")[0]).toBe(
        "// generated from specs/petshop.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.",
      );
    }
    expect(files.get("schema.ts")).toContain("export interface paths");
    expect(files.get("schema.ts")).toContain("export interface operations");
    expect(files.get("zod.ts")).toContain('import * as z from "zod/mini";');
  });

  it("is deterministic: two runs in different directories give identical bytes", () => {
    const first = tempRepo(["petshop", "recursion"]);
    const second = tempRepo(["petshop", "recursion"]);
    expect(runScript(CLI, ["--root", first]).status).toBe(0);
    expect(runScript(CLI, ["--root", second]).status).toBe(0);
    for (const provider of ["petshop", "recursion"]) {
      expect(generatedFiles(second, provider)).toEqual(generatedFiles(first, provider));
    }
  });

  it("--check passes when the generated files are current", () => {
    const root = tempRepo(["petshop"]);
    generate(["petshop", "--root", root]);
    const check = runScript(CLI, ["petshop", "--check", "--root", root]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("up to date");
  });

  it("--check fails after a hand edit of a generated file and names the file and the fix", () => {
    const root = tempRepo(["petshop"]);
    generate(["petshop", "--root", root]);
    editFile(join(root, "packages/petshop/src/generated/zod.ts"), (text) => text.replace("z.guid()", "z.string()"));
    const check = runScript(CLI, ["petshop", "--check", "--root", root]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("packages/petshop/src/generated/zod.ts");
    expect(check.stderr).toContain("run `pnpm generate` and commit the result");
    // --check never repairs: the edit is still there.
    expect(readFileSync(join(root, "packages/petshop/src/generated/zod.ts"), "utf8")).not.toContain("id: z.guid()");
  });

  it("--check fails after a spec edit without regeneration", () => {
    const root = tempRepo(["petshop"]);
    generate(["petshop", "--root", root]);
    editFile(join(root, "specs/petshop.yaml"), (text) => text.replace("enum: [dog, cat, bird]", "enum: [dog, cat, bird, fish]"));
    const check = runScript(CLI, ["petshop", "--check", "--root", root]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("packages/petshop/src/generated/zod.ts");
    expect(check.stderr).toContain("packages/petshop/src/generated/schema.ts");
    expect(check.stderr).toContain("run `pnpm generate` and commit the result");
    expect(runScript(CLI, ["petshop", "--root", root]).status).toBe(0);
    expect(runScript(CLI, ["petshop", "--check", "--root", root]).status).toBe(0);
  });

  it("--check reports missing and unexpected generated files", () => {
    const root = tempRepo(["petshop"]);
    generate(["petshop", "--root", root]);
    const dir = join(root, "packages/petshop/src/generated");
    writeFileSync(join(dir, "stale.ts"), "export {};\n");
    const check = runScript(CLI, ["petshop", "--check", "--root", root]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("packages/petshop/src/generated/stale.ts is not generated");
    expect(runScript(CLI, ["petshop", "--root", root]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["operations.ts", "pagination.ts", "schema.ts", "testing.ts", "zod.ts"]);
  });
});

describe("codegen on a malformed spec", () => {
  function failureFor(edit: (text: string) => string): { status: number; stderr: string } {
    const root = tempRepo(["petshop"]);
    editFile(join(root, "specs/petshop.yaml"), edit);
    const result = runScript(CLI, ["petshop", "--root", root]);
    return { status: result.status, stderr: result.stderr };
  }

  function expectReadable(stderr: string): void {
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain("node_modules");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  }

  it("bad YAML names the file and line and says what to fix", () => {
    let duplicateLine = 0;
    const { status, stderr } = failureFor((text) => {
      const anchor = "      summary: List pets\n";
      duplicateLine = text.slice(0, text.indexOf(anchor) + anchor.length).split("\n").length;
      return text.replace(anchor, `${anchor}      summary: List the pets again\n`);
    });
    expect(status).toBe(1);
    expect(stderr).toContain(`specs/petshop.yaml:${duplicateLine}: is not valid YAML`);
    expect(stderr).toContain("Fix the YAML syntax");
    expectReadable(stderr);
  });

  it("an over-indented key is reported at its own line, not the line above", () => {
    let badLine = 0;
    const { status, stderr } = failureFor((text) => {
      const anchor = "      summary: List pets\n";
      badLine = text.slice(0, text.indexOf(anchor)).split("\n").length;
      return text.replace(anchor, "       summary: List pets\n");
    });
    expect(status).toBe(1);
    expect(stderr).toContain(`specs/petshop.yaml:${badLine}: is not valid YAML`);
    expectReadable(stderr);
  });

  it("a document that is not OpenAPI 3 says so", () => {
    const { status, stderr } = failureFor((text) => text.replace("openapi: 3.1.0", "swagger: '2.0'"));
    expect(status).toBe(1);
    expect(stderr).toContain("specs/petshop.yaml:1: is not an OpenAPI 3.0/3.1 document (it is a Swagger 2 document)");
    expectReadable(stderr);
  });

  it("a broken $ref names its line and target", () => {
    const { status, stderr } = failureFor((text) => text.replace("$ref: '#/components/schemas/Owner'", "$ref: '#/components/schemas/Ownr'"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/specs\/petshop\.yaml:\d+: has a broken `\$ref`: "#\/components\/schemas\/Ownr" points to nothing/);
    expectReadable(stderr);
  });

  it("a missing operationId names the operation", () => {
    const { status, stderr } = failureFor((text) => text.replace("      operationId: getPet\n", ""));
    expect(status).toBe(1);
    expect(stderr).toMatch(/specs\/petshop\.yaml:\d+: operation GET \/pets\/\{petId\} has no operationId/);
    expectReadable(stderr);
  });

  it("a provider without a spec points at new-provider", () => {
    const root = tempRepo([]);
    const result = runScript(CLI, ["nosuch", "--root", root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("specs/nosuch.yaml does not exist");
    expect(result.stderr).toContain("pnpm new-provider nosuch");
  });
});
