import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser smoke test and the fault walks start real processes and sockets.
    testTimeout: 30_000,
  },
});
