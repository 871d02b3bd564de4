import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Prism serves every spec once per run; contract tests point the client at it.
export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(import.meta.resolve("@cloud-sdks/prism-harness/vitest-global-setup"))],
    testTimeout: 30_000,
  },
});
