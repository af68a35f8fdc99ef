import { bundledSpecPath } from './bundled-spec.js';
import { type MockOptions, type RunningMock, resolveCommonOptions, resolveDynamicOptions } from './options.js';
import { type LaunchOptions, launchPrism, type PrismProcess } from './prism-process.js';

/**
 * Starts a Prism mock server for the Uploadcare groups API and resolves once it listens.
 *
 * By default it serves the spec shipped in this package on a free port of `127.0.0.1`, answering
 * with the documented examples. Requests are validated: a request that breaks the contract gets a
 * 400 (or 401 without `Authorization`) with the reasons in the `sl-violations` header; with
 * `errors: true` the reasons are also in the body. `Prefer: code=404` picks a documented status,
 * `Prefer: dynamic=true` a generated body.
 *
 * Rejects with a {@link MockStartError} holding Prism's output if Prism exits or does not listen
 * within `startTimeoutMs`; rejects before spawning anything if an option is invalid or the spec
 * file does not exist.
 *
 * @example
 * ```ts
 * import { startMock } from '@uploadcare-groups/mock';
 *
 * const mock = await startMock();
 * const res = await fetch(`${mock.url}/groups/`, {
 *   headers: { Accept: 'application/vnd.uploadcare-v0.7+json', Authorization: 'Uploadcare.Simple pub:secret' },
 * });
 * console.log(res.status, await res.json()); // 200, the documented page of groups
 * await mock.stop();
 * ```
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  return startMockProcess(options);
}

/** {@link startMock} for this package's own CLI, which also streams Prism's output. */
export async function startMockProcess(
  options: MockOptions,
  onOutput?: LaunchOptions['onOutput'],
): Promise<PrismProcess> {
  const common = await resolveCommonOptions(options, bundledSpecPath);
  const { dynamic, seed } = resolveDynamicOptions(options);
  const args = ['mock', common.specPath, ...sharedArgs(common), `--dynamic=${dynamic}`];
  if (seed !== undefined) args.push('--seed', seed);
  return launchPrism(args, { ...common, onOutput });
}

/** Arguments common to `prism mock` and `prism proxy`. */
export function sharedArgs(options: { port: number; host: string; errors: boolean }): string[] {
  return [
    '--port',
    String(options.port),
    '--host',
    options.host,
    `--errors=${options.errors}`,
    // Prism forks a worker when NODE_ENV=production; one process is what stop() can wait for.
    '--multiprocess=false',
  ];
}
