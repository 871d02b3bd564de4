import { defineConfig } from 'vitest/config';

// Real servers and real time (2 s tokens): give each test room, and run files one at a time so
// the shared 2-core machine does not turn timing assertions flaky.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    fileParallelism: false,
  },
});
