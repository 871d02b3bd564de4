import { DEMO_USAGE, DemoUsageError, parseDemoArgs } from "./args.js";
import { runLiveDemo } from "./live-demo.js";
import { runMockDemo } from "./mock-demo.js";
import type { DemoOutput } from "./output.js";
import { PROVIDER_DEMOS } from "./providers/index.js";
import { formatTotal } from "./summary.js";

export interface DemoRun {
  /** 0 when every step passed, 1 when one failed, 2 for wrong arguments. */
  readonly exitCode: number;
  /** Base URLs of the mock servers it started; all stopped when `runDemo` resolves. */
  readonly serverUrls: readonly string[];
}

/** `pnpm demo [--live <provider>]` without the process around it, so tests can run it in-process. */
export async function runDemo(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: DemoOutput,
  signal?: AbortSignal,
): Promise<DemoRun> {
  const began = performance.now();
  let request;
  try {
    request = parseDemoArgs(argv, PROVIDER_DEMOS.map((demo) => demo.name));
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error;
    output.err(`pnpm demo: ${error.message}\n\n${DEMO_USAGE}`);
    return { exitCode: 2, serverUrls: [] };
  }
  if (request.mode === "help") {
    output.out(DEMO_USAGE);
    return { exitCode: 0, serverUrls: [] };
  }
  if (request.mode === "live") {
    const demo = PROVIDER_DEMOS.find((candidate) => candidate.name === request.provider);
    const report = demo && (await runLiveDemo(demo, env, output));
    if (report === undefined) return { exitCode: 1, serverUrls: [] };
    output.out(formatTotal([report], performance.now() - began));
    return { exitCode: report.ok ? 0 : 1, serverUrls: [] };
  }
  const { reports, serverUrls } = await runMockDemo(PROVIDER_DEMOS, output, signal);
  output.out(formatTotal(reports, performance.now() - began));
  const ok = reports.length === PROVIDER_DEMOS.length && reports.every((report) => report.ok);
  return { exitCode: ok ? 0 : 1, serverUrls };
}
