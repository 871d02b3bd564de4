import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One Prism mock per spec for the whole run, stopped when it ends.
    globalSetup: [fileURLToPath(import.meta.resolve("@cloud-sdks/prism-harness/vitest-global-setup"))],
    testTimeout: 30_000,
  },
});
