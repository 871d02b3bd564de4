import { createContractFetch, findSpecFiles, startPrism } from "@cloud-sdks/prism-harness";
import type { DemoOutput } from "./output.js";
import type { ProviderDemo } from "./providers/provider-demo.js";
import { runScenario, type ProviderReport } from "./scenario.js";
import type { StepResult } from "./step.js";
import { formatReport } from "./summary.js";

export interface MockDemoResult {
  readonly reports: readonly ProviderReport[];
  /** The base URLs of the Prism servers it started (all stopped by the time this resolves). */
  readonly serverUrls: readonly string[];
}

/**
 * Starts Prism mocks of the providers' specs on 127.0.0.1, runs each provider's scenario against
 * its mock and stops every server, also when a scenario throws or `signal` aborts (Ctrl-C).
 */
export async function runMockDemo(providers: readonly ProviderDemo[], output: DemoOutput, signal?: AbortSignal): Promise<MockDemoResult> {
  const specFiles = findSpecFiles();
  const specs: Record<string, string> = {};
  for (const demo of providers) {
    const file = specFiles[demo.name];
    if (file === undefined) throw new Error(`No spec for ${demo.title}: expected specs/${demo.name}.yaml.`);
    specs[demo.name] = file;
  }
  output.out(`Starting Prism mocks of ${providers.map((demo) => `specs/${demo.name}.yaml`).join(", ")} on 127.0.0.1…`);
  const prism = await startPrism({ specs });
  const serverUrls = Object.values(prism.urls);
  const stopOnAbort = () => void prism.stop();
  signal?.addEventListener("abort", stopOnAbort, { once: true });
  const reports: ProviderReport[] = [];
  try {
    const listening = Object.entries(prism.urls).map(([name, url]) => `${name} ${url}`).join(", ");
    output.out(`Prism mocks listening (started in ${prism.startupMs} ms): ${listening}\n`);
    for (const demo of providers) {
      if (signal?.aborted) break;
      const baseUrl = prism.urls[demo.name] ?? "";
      output.out(`${demo.title}: token, cached reuse, renewal, 401 resend, token error…`);
      // Records instead of throwing, so a violation shows up as a failed step rather than a stack trace.
      const contract = createContractFetch(globalThis.fetch, { onViolation: "record" });
      const report = await runScenario(demo, {
        createSession: (options) => demo.mockSession(baseUrl, options),
        baseFetch: contract.fetch,
        live: false,
      });
      const conformance = conformanceStep(contract.calls.length, contract.failures().length, prism.logs);
      const withConformance: ProviderReport = { ...report, steps: [...report.steps, conformance], ok: report.ok && conformance.ok };
      reports.push(withConformance);
      for (const line of formatReport(withConformance, `Prism mock at ${baseUrl}`)) output.out(line);
      output.out("");
    }
  } finally {
    signal?.removeEventListener("abort", stopOnAbort);
    await prism.stop();
    output.out(`Stopped ${serverUrls.length === 1 ? "the Prism mock server" : `all ${serverUrls.length} Prism mock servers`}.`);
  }
  return { reports, serverUrls };
}

function conformanceStep(requests: number, violating: number, logs: () => string[]): StepResult {
  if (violating === 0) {
    return { name: "every request and response matched the spec", ok: true, detail: `${requests} requests, no Prism violation` };
  }
  const hint = process.env["PRISM_HARNESS_DEBUG"] ? "" : " (PRISM_HARNESS_DEBUG=1 prints Prism's log)";
  return {
    name: "every request and response matched the spec",
    ok: false,
    detail: `${violating} of ${requests} requests had Prism violations${hint}; last log line: ${logs().at(-1) ?? "none"}`,
  };
}
