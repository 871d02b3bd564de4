import { defineConfig } from "vitest/config";

// These tests start Prism servers (~0.5 s each alone); under a full CI run on 2 cores that can
// take several seconds, which vitest's 5 s default does not allow for.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});
