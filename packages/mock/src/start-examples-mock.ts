import { bundledSpecPath } from './bundled-spec.js';
import {
  type ExamplesMockOptions,
  type RunningMock,
  resolveCommonOptions,
  resolveDynamicOptions,
  resolveErrors,
} from './options.js';
import { type LaunchOptions, launchPrism, prismMock } from './prism-process.js';

/**
 * Prism's example server (`mode: 'examples'`): answers every operation with its documented
 * example (or, with `dynamic`, a body generated from the schemas), picks documented errors by
 * `Prefer: code=N`, and refuses requests that break the spec with the reasons in
 * `sl-violations`. For the CLI too, which also streams Prism's output.
 */
export async function startExamplesMock(
  options: ExamplesMockOptions,
  onOutput?: LaunchOptions['onOutput'],
): Promise<RunningMock> {
  const common = await resolveCommonOptions(options, bundledSpecPath);
  const errors = resolveErrors(options.errors);
  const { dynamic, seed } = resolveDynamicOptions(options);
  const args = ['mock', common.specPath, ...sharedArgs({ ...common, errors }), `--dynamic=${dynamic}`];
  if (seed !== undefined) args.push('--seed', seed);
  return prismMock(await launchPrism(args, { ...common, onOutput }));
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
