import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests run the real CLIs (tsx, redocly) as child processes on a shared 2-core machine.
    testTimeout: 60_000,
  },
});
