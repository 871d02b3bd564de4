import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const SCRIPTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(SCRIPTS_DIR, "..");
export const FIXTURES_DIR = join(SCRIPTS_DIR, "test/fixtures");
const TSX = join(SCRIPTS_DIR, "node_modules/.bin/tsx");

/** A throwaway repository root holding copies of the named fixture specs and empty provider packages. */
export function makeTempRepo(fixtures: readonly string[]): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "cloud-sdks-codegen-"));
  mkdirSync(join(root, "specs"));
  for (const name of fixtures) {
    cpSync(join(FIXTURES_DIR, `${name}.yaml`), join(root, "specs", `${name}.yaml`));
    mkdirSync(join(root, "packages", name), { recursive: true });
  }
  // Generated modules import "zod/mini": let them resolve it from the scripts package.
  symlinkSync(join(SCRIPTS_DIR, "node_modules"), join(root, "node_modules"), "dir");
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a script of this package the way `pnpm` would: a real process, real exit code, real output. */
export function runScript(script: string, args: readonly string[], cwd = REPO_ROOT): RunResult {
  const result = spawnSync(TSX, [join(SCRIPTS_DIR, script), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing: the test's search text is stale`);
  writeFileSync(path, after);
}

export interface ResponseExample {
  readonly operationKey: string;
  readonly status: string;
  readonly name: string;
  readonly value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deref(document: unknown, node: unknown): unknown {
  let current = node;
  while (isRecord(current) && typeof current["$ref"] === "string") {
    let target: unknown = document;
    for (const segment of current["$ref"].slice(2).split("/")) target = isRecord(target) ? target[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    current = target;
  }
  return current;
}

/** Every example of every JSON response body in a spec file, read independently of the generator. */
export function responseExamples(specPath: string): ResponseExample[] {
  const document: unknown = parse(readFileSync(specPath, "utf8"));
  const found: ResponseExample[] = [];
  const paths = isRecord(document) && isRecord(document["paths"]) ? document["paths"] : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isRecord(pathItem)) continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!isRecord(operation) || !isRecord(operation["responses"])) continue;
      for (const [status, rawResponse] of Object.entries(operation["responses"])) {
        const response = deref(document, rawResponse);
        if (!isRecord(response) || !isRecord(response["content"])) continue;
        for (const [mediaType, media] of Object.entries(response["content"])) {
          if (!/[/+]json$/.test(mediaType.split(";")[0]!.trim()) || !isRecord(media)) continue;
          const operationKey = `${method.toUpperCase()} ${path}`;
          if ("example" in media) found.push({ operationKey, status, name: "example", value: media["example"] });
          if (isRecord(media["examples"])) {
            for (const [name, example] of Object.entries(media["examples"])) {
              const resolved = deref(document, example);
              if (isRecord(resolved) && "value" in resolved) found.push({ operationKey, status, name, value: resolved["value"] });
            }
          }
        }
      }
    }
  }
  return found;
}
