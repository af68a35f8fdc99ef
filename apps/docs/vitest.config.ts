import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real browser and Prism on a shared 2-core machine: generous, not tight.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // The browser tests each start a chromium; one file at a time keeps the machine responsive.
    fileParallelism: false,
  },
});
