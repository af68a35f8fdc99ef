/**
 * A vitest `globalSetup` module: starts one mock for the whole test run, hands its URL to the
 * tests as `inject('uploadcareMockUrl')`, and stops it (Prism included) when the run ends.
 *
 * The mock is the stateful one unless `UPLOADCARE_MOCK_MODE=examples`. Tests run in other
 * processes than the setup, so they drive it over HTTP with `mockControl(inject('uploadcareMockUrl'))`,
 * which finds the mock's control token in `UPLOADCARE_MOCK_CONTROL_TOKEN`: the setup sets it before
 * the test workers start (they inherit it), and it is also `inject('uploadcareMockControlToken')`.
 * Configured through environment variables (all optional), listed in the package README:
 * `UPLOADCARE_MOCK_MODE`, `…_PORT`, `…_HOST`, `…_SEED`, `…_GROUPS`, `…_DATA`, `…_PUBLIC_KEY`,
 * `…_SECRET_KEY`, `…_ALLOW_SIMPLE_AUTH_OVER_HTTP`, `…_THROTTLE_EVERY`, `…_RETRY_AFTER`,
 * `…_FAIL_EVERY`, `…_FAIL_STATUS`, `…_LATENCY_MS`, `…_RESPONSE_VIOLATIONS`, `…_DYNAMIC`,
 * `…_ERRORS`, `…_SPEC`, `…_PROXY`, `…_START_TIMEOUT_MS`, `…_REQUEST_TIMEOUT_MS`, `…_VERBOSE`,
 * `…_CONTROL_ORIGINS` (comma-separated), `…_CONTROL_TOKEN`.
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * import { defineConfig } from 'vitest/config';
 * export default defineConfig({ test: { globalSetup: ['@uploadcare-groups/mock/vitest'] } });
 *
 * // groups.test.ts
 * import type {} from '@uploadcare-groups/mock/vitest'; // types for inject('uploadcareMockUrl')
 * import { mockControl } from '@uploadcare-groups/mock';
 * import { beforeEach, inject, test } from 'vitest';
 * const mock = mockControl(inject('uploadcareMockUrl'));
 * beforeEach(() => mock.reset());
 * ```
 *
 * @packageDocumentation
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { CONTROL_TOKEN_ENV } from './control/mock-control.js';
import { readGroupsFile } from './data-file.js';
import { optionsFromEnv } from './env-options.js';
import type { StatefulMockOptions } from './options.js';
import { startMock } from './start-mock.js';
import { startProxy } from './start-proxy.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the mock started by `@uploadcare-groups/mock/vitest`, without a trailing slash. */
    uploadcareMockUrl: string;
    /** The control token of that mock (stateful mode), also in `UPLOADCARE_MOCK_CONTROL_TOKEN`. */
    uploadcareMockControlToken: string;
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
  if (choice.kind === 'proxy') {
    const proxy = await startProxy(choice.options);
    project.provide('uploadcareMockUrl', proxy.url);
    return () => proxy.stop();
  }
  if (choice.dataFile !== undefined) {
    const groups = await readGroupsFile(choice.dataFile, 'UPLOADCARE_MOCK_DATA=');
    (choice.options as StatefulMockOptions).groups = groups as StatefulMockOptions['groups'];
  }
  const mock = await startMock(choice.options);
  project.provide('uploadcareMockUrl', mock.url);
  if (!('controlToken' in mock)) return () => mock.stop();
  project.provide('uploadcareMockControlToken', mock.controlToken);
  // Test workers start after the setup and inherit its environment: mockControl(url) reads it there.
  const before = process.env[CONTROL_TOKEN_ENV];
  process.env[CONTROL_TOKEN_ENV] = mock.controlToken;
  return async () => {
    if (before === undefined) delete process.env[CONTROL_TOKEN_ENV];
    else process.env[CONTROL_TOKEN_ENV] = before;
    await mock.stop();
  };
}
