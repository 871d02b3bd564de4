/**
 * The "Testing your code" snippet of each provider README is type-checked here against the built
 * packages, msw and openapi-msw: written to .readme-snippets/ (gitignored) and compiled by tsc.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "../.readme-snippets");
afterAll(() => rmSync(out, { recursive: true, force: true }));

function testingSnippet(provider: string): string {
  const readme = readFileSync(path.join(here, `../../../packages/${provider}/README.md`), "utf8");
  const section = readme.split(/^## /m).find((part) => part.startsWith("Testing your code"));
  const code = /```ts\n([\s\S]*?)```/.exec(section ?? "")?.[1];
  if (code === undefined) throw new Error(`packages/${provider}/README.md has no ts snippet under "## Testing your code"`);
  return code;
}

it("the testing-kit snippet of every provider README type-checks", () => {
  mkdirSync(out, { recursive: true });
  const files = ["cloudlx", "cloudcherry", "cloudmore"].map((provider) => {
    const file = path.join(out, `${provider}.ts`);
    writeFileSync(file, testingSnippet(provider));
    return file;
  });
  writeFileSync(path.join(out, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.base.json", compilerOptions: { noEmit: true, types: ["node"] }, include: ["*.ts"] }));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(out, "tsconfig.json")], { encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(files).toHaveLength(3);
}, 120_000);
