import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          // Starts one Prism mock for the run and provides inject('uploadcareMockUrl').
          globalSetup: ['@uploadcare-groups/mock/vitest'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'package', include: ['test/package/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
