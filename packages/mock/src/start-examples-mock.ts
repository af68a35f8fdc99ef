import { bundledSpecPath } from './bundled-spec.js';
import {
  type ExamplesMockOptions,
  type RunningMock,
  resolveCommonOptions,
  resolveDynamicOptions,
  resolveErrors,
} from './options.js';
import type { LaunchOptions } from './prism-process.js';
import { prismBehindFrontArgs, startFrontedPrism } from './start-fronted-prism.js';

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
  const args = ['mock', common.specPath, ...prismBehindFrontArgs(common.logLevel), `--errors=${errors}`];
  args.push(`--dynamic=${dynamic}`);
  if (seed !== undefined) args.push('--seed', seed);
  return startFrontedPrism(args, common, onOutput);
}
