import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts the Prism mock once for the run; tests read its URL with inject('uploadcareMockUrl').
    globalSetup: [require.resolve('@uploadcare-groups/mock/vitest')],
    // The end-to-end tests spawn node processes, and Prism is slow on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
