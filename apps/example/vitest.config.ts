import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files that call the API start a stateful mock of their own (test/mock.ts): they change
    // its groups and read its counts, and files run in parallel.
    // The end-to-end tests spawn node processes, and Prism is slow on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
