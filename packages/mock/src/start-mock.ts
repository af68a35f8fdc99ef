import {
  type ExamplesMockOptions,
  type MockOptions,
  mockMode,
  type RunningMock,
  type RunningStatefulMock,
  type StatefulMockOptions,
} from './options.js';
import type { LaunchOptions } from './prism-process.js';
import { startExamplesMock } from './start-examples-mock.js';
import { startStatefulMock } from './start-stateful-mock.js';

/**
 * Starts a mock of the Uploadcare groups API and resolves once it answers.
 *
 * By default (`mode: 'stateful'`) it is a groups service that keeps state (deterministic groups
 * from `seed`, or yours; paging with `from`/`offset`, get, store, delete; signed requests
 * verified; 406 for a missing version; faults on demand) behind Prism's validating proxy, so
 * every request and answer is checked against the spec shipped in this package. The object it
 * resolves to also drives the mock: `reset()`, `groups()`, `setGroups()`, `configure()`,
 * `stats()`.
 *
 * With `mode: 'examples'` (implied by `dynamic` or `errors`) it is Prism's example server: the
 * documented example of each operation, documented errors by `Prefer: code=N`.
 *
 * Rejects before starting anything if an option is invalid (a TypeError naming it, such as a
 * group the spec's schema refuses), and with a {@link MockStartError} holding Prism's output if
 * Prism exits or does not listen within `startTimeoutMs`. Everything it starts is stopped by
 * `stop()`, and killed if your process exits first.
 *
 * @example
 * ```ts
 * import { startMock } from '@uploadcare-groups/mock';
 *
 * const mock = await startMock({ groups: 100, seed: 'contract' });
 * const [first] = await mock.groups();
 * // …point your client at mock.url with the keys demopublickey / demosecretkey…
 * console.log((await mock.stats()).violations.request); // [] when every request kept to the spec
 * await mock.stop();
 * ```
 */
export function startMock(
  options: ExamplesMockOptions & ({ mode: 'examples' } | { dynamic: boolean } | { errors: boolean }),
): Promise<RunningMock>;
export function startMock(options?: StatefulMockOptions): Promise<RunningStatefulMock>;
export function startMock(options: MockOptions): Promise<RunningMock | RunningStatefulMock>;
export async function startMock(options: MockOptions = {}): Promise<RunningMock | RunningStatefulMock> {
  return startMockProcess(options);
}

/** {@link startMock} for this package's CLI, which also streams Prism's output. */
export async function startMockProcess(
  options: MockOptions,
  onOutput?: LaunchOptions['onOutput'],
): Promise<RunningMock | RunningStatefulMock> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('startMock takes an options object (or nothing).');
  }
  return mockMode(options) === 'examples'
    ? startExamplesMock(options as ExamplesMockOptions, onOutput)
    : startStatefulMock(options as StatefulMockOptions, onOutput);
}
