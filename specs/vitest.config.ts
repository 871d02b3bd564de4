import { defineConfig } from "vitest/config";

// The examples test starts Prism for every spec; a full CI run on 2 cores can slow that down.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});
