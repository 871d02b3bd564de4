import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs, type SpecChange } from "../spec-diff/classify.js";
import { FIXTURES_DIR, REPO_ROOT, runScript } from "./helpers.js";
import { CORPUS } from "./spec-diff-corpus.js";

const BASE = parse(readFileSync(join(FIXTURES_DIR, "spec-diff/base.yaml"), "utf8")) as Record<string, unknown>;

function worst(changes: readonly SpecChange[]): string {
  if (changes.some((c) => c.impact === "breaking")) return "breaking";
  if (changes.some((c) => c.impact === "non-breaking")) return "non-breaking";
  return changes.length > 0 ? "docs" : "none";
}

describe("spec:diff classification: one edit per oasdiff rule, in both directions", () => {
  it.each(CORPUS.map((entry) => [entry.rule, entry] as const))("%s", (_rule, entry) => {
    const after = structuredClone(BASE);
    entry.edit(after);
    const forward = diffSpecs(BASE, after);
    const backward = diffSpecs(after, BASE);
    expect(worst(forward)).toBe(entry.forward);
    expect(worst(backward)).toBe(entry.backward);
    expect(forward.map((c) => c.line).join("\n")).toContain(entry.line);
    for (const change of [...forward, ...backward]) expect(change.path).toMatch(/^\$[.[]/);
  });

  it("an unchanged spec has no changes, and a first version lists its operations", () => {
    expect(diffSpecs(BASE, structuredClone(BASE))).toEqual([]);
    const [first] = diffSpecs(undefined, BASE);
    expect(first?.line).toBe("first version of the spec: 2 operations (GET /api/services, POST /api/services/create)");
  });
});

function git(args: readonly string[], cwd = REPO_ROOT): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 32 * 1024 * 1024 });
}

describe("spec:diff on the real history of specs/", () => {
  const commits = git(["log", "--format=%H", "--", "specs/cloudmore.yaml", "specs/cloudcherry.yaml", "specs/cloudlx.yaml"]).split("\n").filter(Boolean);

  it("finds the history (a shallow clone would hide it)", () => {
    expect(commits.length).toBeGreaterThanOrEqual(8);
  });

  const load = (ref: string, file: string) => {
    try {
      return parse(git(["show", `${ref}:${file}`])) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  const at = (commit: string, file: string) => diffSpecs(load(`${commit}~1`, file), load(commit, file));

  it("538382e (cloudlx: bandwidth pattern dropped) is not breaking: patterns are not in the generated types", () => {
    const changes = at("538382e", "specs/cloudlx.yaml");
    expect(worst(changes)).toBe("non-breaking");
    expect(changes.map((c) => c.line)).toContain("`GET /api/services`: response 200 field `services[].bandwidth` `pattern` removed");
  });

  it("91f58a2 (cloudcherry: token id pattern replaced by minLength) is breaking for the path parameter", () => {
    const changes = at("91f58a2", "specs/cloudcherry.yaml");
    const breaking = changes.filter((c) => c.impact === "breaking").map((c) => c.line);
    expect(breaking).toEqual(["`GET /api/SurveyToken/Id/{id}`: path parameter `id` `minLength` added"]);
  });

  it("f3ba6d0 (all specs: RFC 6749 error codes, Cloudmore 405): the new token error codes widen a response enum", () => {
    const changes = at("f3ba6d0", "specs/cloudmore.yaml");
    expect(changes.map((c) => c.line)).toContain("`GET /api/services/categories`: response 405 added");
    // Its changeset said patch: an exhaustive switch over the generated `error` union stops compiling, so minor.
    expect(changes.filter((c) => c.impact === "breaking").map((c) => c.line)).toEqual([
      "`POST /connect/token`: response 400 field `error` enum value `invalid_request` added",
      "`POST /connect/token`: response 400 field `error` enum value `unauthorized_client` added",
    ]);
  });

  it("every commit that touched a spec diffs without error and names an operation or a top-level key", () => {
    for (const commit of commits) {
      for (const file of git(["show", "--name-only", "--format=", commit]).split("\n").filter((f) => /^specs\/[^/]+\.yaml$/.test(f))) {
        for (const change of at(commit, file)) expect(change.line, `${commit} ${file}`).toMatch(/^(`|first version|server|security|global)/);
      }
    }
  });
});

describe("pnpm spec:diff: CI fails a spec change without a big enough changeset", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
    mkdirSync(join(dir, "specs"));
    mkdirSync(join(dir, "packages/corpus"), { recursive: true });
    mkdirSync(join(dir, ".changeset"));
    cpSync(join(FIXTURES_DIR, "spec-diff/base.yaml"), join(dir, "specs/corpus.yaml"));
    writeFileSync(join(dir, "packages/corpus/package.json"), JSON.stringify({ name: "@cloud-sdks/corpus", version: "0.3.0" }));
    writeFileSync(join(dir, ".changeset/config.json"), JSON.stringify({ baseBranch: "main" }));
    const sh = (...args: string[]) => git(args, dir);
    sh("init", "-q", "-b", "main");
    sh("-c", "user.email=t@t", "-c", "user.name=t", "add", ".");
    sh("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base");
    // What a CI checkout of a pull request has: origin/main at the branch point.
    sh("update-ref", "refs/remotes/origin/main", "HEAD");
    sh("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "branch work");
    return dir;
  }

  const removeVlan = (dir: string) => {
    const file = join(dir, "specs/corpus.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n        vlan:\n          type: integer/, ""));
  };

  it("passes with no spec change, fails a breaking one naming the change and the bump, passes after --write", () => {
    root = repo();
    expect(runScript("spec-diff/cli.ts", [], root).status).toBe(0);

    removeVlan(root);
    const failed = runScript("spec-diff/cli.ts", [], root);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("base: merge-base with origin/main");
    expect(failed.stdout).toContain("breaking     needs minor `GET /api/services`: response 200 field `services[].vlan` removed");
    expect(failed.stderr).toContain("@cloud-sdks/corpus needs a minor changeset");

    writeFileSync(join(root, ".changeset/small.md"), '---\n"@cloud-sdks/corpus": patch\n---\n\nVLAN gone.\n');
    const tooSmall = runScript("spec-diff/cli.ts", [], root);
    expect(tooSmall.status).toBe(1);
    expect(tooSmall.stdout).toContain("the changesets added give only patch");

    const written = runScript("spec-diff/cli.ts", ["--write"], root);
    expect(written.status).toBe(0);
    const file = readdirSync(join(root, ".changeset")).find((name) => name.startsWith("spec-corpus-"))!;
    const text = readFileSync(join(root, ".changeset", file), "utf8");
    expect(text).toContain('"@cloud-sdks/corpus": minor');
    expect(text).toContain("- **breaking** `GET /api/services`: response 200 field `services[].vlan` removed");
  });

  it("a changeset already pending before the branch covers the branch's change only once edited", () => {
    root = repo();
    writeFileSync(join(root, ".changeset/old.md"), '---\n"@cloud-sdks/corpus": minor\n---\n\nOld.\n');
    git(["-c", "user.email=t@t", "-c", "user.name=t", "add", "."], root);
    git(["-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "old changeset"], root);
    git(["update-ref", "refs/remotes/origin/main", "HEAD"], root);
    git(["-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "branch"], root);
    removeVlan(root);
    expect(runScript("spec-diff/cli.ts", [], root).status).toBe(1);
    // Describing the change in the pending changeset (the rule before a first release) covers it.
    writeFileSync(join(root, ".changeset/old.md"), '---\n"@cloud-sdks/corpus": minor\n---\n\nOld.\nThe VLAN field is gone.\n');
    expect(runScript("spec-diff/cli.ts", [], root).status).toBe(0);
  });

  it("on the base branch itself, compares with the last release tag", () => {
    root = repo();
    git(["tag", "@cloud-sdks/corpus@0.3.0", "HEAD~1"], root);
    git(["update-ref", "refs/remotes/origin/main", "HEAD"], root);
    removeVlan(root);
    const result = runScript("spec-diff/cli.ts", [], root);
    expect(result.stdout).toContain("base: last release @cloud-sdks/corpus@0.3.0");
    expect(result.status).toBe(1);
  });

  it("a shallow clone is a clear error, not a silent pass", () => {
    root = repo();
    const shallow = mkdtempSync(join(tmpdir(), "spec-diff-shallow-"));
    try {
      git(["clone", "-q", "--depth", "1", `file://${root}`, shallow]);
      const result = runScript("spec-diff/cli.ts", [], shallow);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("this clone is shallow");
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
