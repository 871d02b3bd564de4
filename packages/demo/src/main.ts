import { runDemo } from "./demo.js";
import { consoleOutput } from "./output.js";
import { describeError } from "./step.js";

// Ctrl-C stops the Prism servers before exiting; a second Ctrl-C exits at once.
const interrupted = new AbortController();
const onSignal = () => {
  if (interrupted.signal.aborted) process.exit(130);
  consoleOutput.err("Interrupted: stopping the mock servers…");
  interrupted.abort();
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

try {
  const { exitCode } = await runDemo(process.argv.slice(2), process.env, consoleOutput, interrupted.signal);
  process.exitCode = interrupted.signal.aborted ? 130 : exitCode;
} catch (error) {
  consoleOutput.err(`pnpm demo failed: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
}
