import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          // Prism's example server: every operation × every documented status.
          globalSetup: ['test/contract/examples-mock.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'stateful',
          include: ['test/stateful/**/*.test.ts'],
          // The stateful groups service behind Prism's validating proxy.
          globalSetup: ['test/stateful/stateful-mock.ts'],
          // One mock for the project: its files change its state, so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'package', include: ['test/package/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
