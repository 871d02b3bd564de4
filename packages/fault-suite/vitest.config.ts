import { defineConfig } from "vitest/config";

// Cases bound their own waits with short timeouts; these limits only catch a runaway case.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 30_000 },
});
