import { MissingEnvError } from "@cloud-sdks/core";
import type { DemoOutput } from "./output.js";
import type { ProviderDemo } from "./providers/provider-demo.js";
import { runScenario, type ProviderReport } from "./scenario.js";
import { describeError } from "./step.js";
import { formatReport } from "./summary.js";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The read-only part of the scenario against the real provider, with credentials from the
 * provider's documented environment variables. Says which variables are missing (never a value).
 */
export async function runLiveDemo(demo: ProviderDemo, env: Env, output: DemoOutput): Promise<ProviderReport | undefined> {
  try {
    demo.liveSession(env, { fetch: globalThis.fetch, now: Date.now });
  } catch (error) {
    if (error instanceof MissingEnvError) {
      output.err(`Cannot run the live ${demo.title} demo: set ${error.variables.join(", ")} in the environment.`);
    } else {
      output.err(`Cannot run the live ${demo.title} demo: ${describeError(error)}`);
    }
    return undefined;
  }
  output.out(`Live run against ${demo.title} (read-only calls only)\n`);
  const report = await runScenario(demo, {
    createSession: (options) => demo.liveSession(env, options),
    baseFetch: globalThis.fetch,
    live: true,
  });
  for (const line of formatReport(report, "live")) output.out(line);
  output.out("");
  return report;
}
