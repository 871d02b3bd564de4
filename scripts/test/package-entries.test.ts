import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalEntries, cjsWrapper, syncPackages } from "../package-entries.js";
import { REPO_ROOT } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("package entries", () => {
  it("every published package has every subpath in the one shape (run `pnpm exports` if not)", () => {
    expect(syncPackages(true)).toEqual([]);
  });

  it("a new subpath written the old way gets the require condition and a node10 typesVersions path", () => {
    const pkg = {
      name: "x",
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./testing": { types: "./dist/testing/index.d.ts", import: "./dist/testing/index.js" } },
    };
    expect(canonicalEntries(pkg)).toEqual({
      exports: {
        ".": { require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" }, types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./testing": {
          require: { types: "./dist/testing/index.d.cts", default: "./dist/testing/index.cjs" },
          types: "./dist/testing/index.d.ts",
          default: "./dist/testing/index.js",
        },
        "./package.json": "./package.json",
      },
      typesVersions: { "*": { testing: ["./dist/testing/index.d.ts"] } },
    });
  });

  it("require() through the wrapper and import() share one module instance, on this Node", () => {
    const dir = mkdtempSync(join(tmpdir(), "cloud-sdks-entries-"));
    dirs.push(dir);
    mkdirSync(join(dir, "node_modules/pkg/dist"), { recursive: true });
    const exports = canonicalEntries({ name: "pkg", exports: { ".": "./dist/index.js" } }).exports;
    writeFileSync(join(dir, "node_modules/pkg/package.json"), JSON.stringify({ name: "pkg", type: "module", exports }));
    writeFileSync(join(dir, "node_modules/pkg/dist/index.js"), "export class Thing {}\nexport const loaded = (globalThis.loads = (globalThis.loads ?? 0) + 1);\n");
    writeFileSync(join(dir, "node_modules/pkg/dist/index.cjs"), cjsWrapper("./dist/index.js").cjs);
    writeFileSync(join(dir, "consumer.cjs"), 'const a = require("pkg");\nimport("pkg").then((b) => console.log(JSON.stringify({ same: a.Thing === b.Thing, loads: globalThis.loads })));\n');
    const out = execFileSync(process.execPath, ["consumer.cjs"], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ same: true, loads: 1 });
  });

  it("the scaffold template is in the same shape", () => {
    const template = readFileSync(join(REPO_ROOT, "scripts/templates/package.json.tmpl"), "utf8");
    const pkg = JSON.parse(template.replaceAll("{{name}}", "x")) as { name: string; exports: Record<string, unknown>; typesVersions?: unknown };
    expect({ exports: pkg.exports, typesVersions: pkg.typesVersions }).toEqual(canonicalEntries(pkg));
  });
});
