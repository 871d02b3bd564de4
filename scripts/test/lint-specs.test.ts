import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintSpecs } from "../lint-specs.js";
import { editFile, FIXTURES_DIR, REPO_ROOT, runScript } from "./helpers.js";

const CONFIG = join(REPO_ROOT, "redocly.yaml");
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A copy of the petshop fixture with one edit applied, and the 1-based line the edit lands on. */
function brokenSpec(search: string, replace: string): { file: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), "cloud-sdks-lint-"));
  dirs.push(dir);
  const file = join(dir, "petshop.yaml");
  cpSync(join(FIXTURES_DIR, "petshop.yaml"), file);
  let line = 0;
  editFile(file, (text) => {
    line = text.slice(0, text.indexOf(search)).split("\n").length;
    return text.replace(search, replace);
  });
  return { file, line };
}

describe("pnpm lint:specs", () => {
  it("passes on a clean spec", () => {
    const result = lintSpecs([join(FIXTURES_DIR, "petshop.yaml")], CONFIG, REPO_ROOT);
    expect(result.output).toContain("1 spec(s) clean");
    expect(result.exitCode).toBe(0);
  });

  it("fails on a broken $ref with file, line and rule", () => {
    const { file, line } = brokenSpec("$ref: '#/components/schemas/Owner'", "$ref: '#/components/schemas/Ownr'");
    const result = lintSpecs([file], CONFIG, REPO_ROOT);
    expect(result.exitCode).toBe(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "no-unresolved-refs", line }));
    expect(result.output).toMatch(new RegExp(`petshop\\.yaml:${line}:\\d+  error  no-unresolved-refs  `));
  });

  it("reports problems from every file when given several (Redocly prints one JSON report per file)", () => {
    const first = brokenSpec("$ref: '#/components/schemas/Owner'", "$ref: '#/components/schemas/Ownr'");
    const second = brokenSpec("      operationId: listPets\n", "");
    const result = lintSpecs([join(FIXTURES_DIR, "petshop.yaml"), first.file, second.file], CONFIG, REPO_ROOT);
    expect(result.exitCode).toBe(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "no-unresolved-refs", line: first.line }));
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "operation-operationId", line: second.line - 1 }));
  });

  it("fails on a missing operationId with file, line and rule", () => {
    const { file, line } = brokenSpec("      operationId: listPets\n", "");
    const result = lintSpecs([file], CONFIG, REPO_ROOT);
    expect(result.exitCode).toBe(1);
    // Redocly points at the operation's `get:` key, the line above where operationId was.
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "operation-operationId", line: line - 1 }));
    expect(result.output).toMatch(/petshop\.yaml:\d+:\d+  error  operation-operationId  Operation object should contain `operationId`/);
  });

  it("fails on an example that contradicts its schema with file, line and rule", () => {
    const { file, line } = brokenSpec("expires_in: 3600", "expires_in: soon");
    const result = lintSpecs([file], CONFIG, REPO_ROOT);
    expect(result.exitCode).toBe(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "no-invalid-media-type-examples", line }));
    expect(result.output).toContain("`expires_in` property type must be integer");
  });

  it("enforces the project rules: one tag, examples on responses, public only for token endpoints", () => {
    const twoTags = brokenSpec("      operationId: getPet\n      summary: Get one pet\n      tags: [pets]", "      operationId: getPet\n      summary: Get one pet\n      tags: [pets, auth]");
    expect(lintSpecs([twoTags.file], CONFIG, REPO_ROOT).problems).toContainEqual(expect.objectContaining({ rule: "rule/operation-exactly-one-tag" }));

    const noExample = brokenSpec("          examples:\n            denied:\n              summary: Denied\n              value:\n                message: Authorization has been denied for this request.\n", "");
    const missing = lintSpecs([noExample.file], CONFIG, REPO_ROOT).problems.find((p) => p.rule === "cloud-sdks/response-media-type-has-example");
    // Reported on the media type key, a few lines above where the examples were.
    expect(missing?.line).toBeGreaterThan(noExample.line - 8);
    expect(missing?.line).toBeLessThan(noExample.line);

    const publicDelete = brokenSpec("      operationId: deletePet\n", "      operationId: deletePet\n      security: []\n");
    expect(lintSpecs([publicDelete.file], CONFIG, REPO_ROOT).problems).toContainEqual(
      expect.objectContaining({ rule: "cloud-sdks/security-only-token-endpoints-public", line: publicDelete.line + 1 }),
    );
  });

  it("reports unparsable YAML readably through the CLI, without a stack trace", () => {
    const { file } = brokenSpec("  title: Petshop fixture", "  title: [Petshop fixture");
    const result = runScript("lint-specs.ts", [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain("Deprecation warning");
  });
});
