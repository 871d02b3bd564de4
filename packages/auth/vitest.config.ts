import { defineConfig } from "vitest/config";

// Integration tests wait on real 2-second token lifetimes: give them room on a busy 2-core machine.
export default defineConfig({
  test: { testTimeout: 20_000, hookTimeout: 20_000 },
});
