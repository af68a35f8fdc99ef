import { defineConfig } from 'vitest/config';

// Prism takes a few seconds to start on a busy two-core machine; the margins are generous.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 90_000 },
});
