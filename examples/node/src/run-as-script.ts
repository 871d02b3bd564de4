import { pathToFileURL } from "node:url";

/**
 * Runs `main` when the file is executed (`pnpm cloudlx`), not when a test imports it. Failures are
 * printed as the SDK's typed errors describe themselves (secret-free) and set exit code 1.
 */
export function runAsScript(moduleUrl: string, main: () => Promise<void>): void {
  const script = process.argv[1];
  if (script === undefined || pathToFileURL(script).href !== moduleUrl) return;
  main().catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    console.error(error instanceof Error ? `${error.name}${typeof code === "string" ? ` [${code}]` : ""}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
