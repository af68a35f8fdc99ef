/**
 * A vitest `globalSetup` module: starts one mock (or proxy) for the whole test run, hands its
 * URL to the tests as `inject('uploadcareMockUrl')`, and stops it when the run ends.
 *
 * Configured through environment variables (all optional):
 *
 * | variable | meaning |
 * | --- | --- |
 * | `UPLOADCARE_MOCK_PORT` | port, default any free port |
 * | `UPLOADCARE_MOCK_HOST` | host, default `127.0.0.1` |
 * | `UPLOADCARE_MOCK_DYNAMIC` | `1` for generated bodies instead of the examples |
 * | `UPLOADCARE_MOCK_SEED` | seed for repeatable generated bodies (with `UPLOADCARE_MOCK_DYNAMIC=1`) |
 * | `UPLOADCARE_MOCK_ERRORS` | `1` to turn violations into error responses |
 * | `UPLOADCARE_MOCK_SPEC` | another OpenAPI document instead of the bundled one |
 * | `UPLOADCARE_MOCK_PROXY` | upstream URL: run the validating proxy instead of the mock |
 * | `UPLOADCARE_MOCK_START_TIMEOUT_MS` | start timeout, default 30000 |
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * import { defineConfig } from 'vitest/config';
 * export default defineConfig({ test: { globalSetup: ['@uploadcare-groups/mock/vitest'] } });
 *
 * // groups.test.ts
 * import '@uploadcare-groups/mock/vitest'; // types for inject('uploadcareMockUrl')
 * import { inject, test } from 'vitest';
 * test('lists groups', async () => {
 *   const res = await fetch(`${inject('uploadcareMockUrl')}/groups/`, { headers });
 * });
 * ```
 *
 * @packageDocumentation
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { optionsFromEnv } from './env-options.js';
import { startMock } from './start-mock.js';
import { startProxy } from './start-proxy.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the mock started by `@uploadcare-groups/mock/vitest`, without a trailing slash. */
    uploadcareMockUrl: string;
  }
}

/**
 * The global setup vitest calls once per run: starts the mock, provides its URL, and returns the
 * teardown that stops it (and waits for Prism to exit).
 *
 * @example
 * ```ts
 * export default defineConfig({ test: { globalSetup: ['@uploadcare-groups/mock/vitest'] } });
 * ```
 */
export default async function setup(project: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const choice = optionsFromEnv();
  const mock = choice.kind === 'proxy' ? await startProxy(choice.options) : await startMock(choice.options);
  project.provide('uploadcareMockUrl', mock.url);
  return () => mock.stop();
}
