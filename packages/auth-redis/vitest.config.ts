import { defineConfig } from "vitest/config";

// Tests spawn redis-server and worker processes: generous timeouts, one file at a time on 2 cores.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
