import { defineConfig } from "vitest/config";

// Packing and the npm install of the tarballs dominate the setup; each runtime then takes seconds.
// Two runtimes at a time: the CI machine has 2 cores.
export default defineConfig({
  test: { testTimeout: 180_000, hookTimeout: 300_000, maxConcurrency: 2 },
});
