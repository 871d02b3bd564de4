import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { bundle } from "./bundle.js";
import { requireExecutable, resultLine, runProcess } from "./run-process.js";

/**
 * A workerd config with one worker (the bundle, no nodejs_compat: web APIs only) whose outbound
 * network may reach loopback, where the mock listens; workerd's default outbound allows only public addresses.
 */
function config(mockUrl: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private"])),
  ],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-01-01",
  bindings = [(name = "MOCK_URL", text = ${JSON.stringify(mockUrl)})],
  globalOutbound = "loopback",
);
`;
}

export async function runInWorkerd(project: string, mockUrl: string, workerdBin: string): Promise<Record<string, unknown>> {
  const workerd = await requireExecutable("workerd", workerdBin, "run pnpm install; workerd's postinstall must be allowed in onlyBuiltDependencies");
  await bundle(project, "worker.mjs", "worker.js", "esm", ["workerd", "worker", "browser"]);
  await writeFile(join(project, "workerd.capnp"), config(mockUrl));
  // `workerd test` runs the worker's test() handler and exits non-zero if it throws.
  const output = await runProcess("workerd", workerd, ["test", "--verbose", "workerd.capnp"], { cwd: project });
  return resultLine("workerd", output, "SMOKE-RESULT ");
}
