import { readFile } from "node:fs/promises";
import { EdgeRuntime } from "edge-runtime";
import { bundle } from "./bundle.js";
import { RuntimeFailure } from "./run-process.js";

/** Vercel's edge-runtime: the bundle is evaluated in its VM, with only the globals an Edge Function has. */
export async function runInEdgeRuntime(project: string, mockUrl: string): Promise<Record<string, unknown>> {
  const code = await readFile(await bundle(project, "edge.mjs", "edge.js", "iife", ["edge-light", "worker", "browser"]), "utf8");
  let runtime: EdgeRuntime;
  try {
    runtime = new EdgeRuntime({ initialCode: code });
  } catch (error) {
    throw new RuntimeFailure("edge-runtime", `cannot start: ${(error as Error).message}`);
  }
  const json = (await runtime.evaluate(`runSmoke(${JSON.stringify(mockUrl)})`)) as string;
  return JSON.parse(json) as Record<string, unknown>;
}
