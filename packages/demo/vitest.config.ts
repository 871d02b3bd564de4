import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The demo starts its own Prism servers; two demo runs at once would only compete for the CPU.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
