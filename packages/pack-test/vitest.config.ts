import { defineConfig } from "vitest/config";

// npm install of the tarballs dominates: minutes on a cold npm cache, seconds on a warm one.
export default defineConfig({
  test: { testTimeout: 300_000, hookTimeout: 120_000 },
});
