import { bundledSpecPath } from './bundled-spec.js';
import {
  type ProxyOptions,
  type RunningMock,
  resolveCommonOptions,
  resolveErrors,
  resolveUpstream,
} from './options.js';
import type { LaunchOptions } from './prism-process.js';
import { prismBehindFrontArgs, startFrontedPrism } from './start-fronted-prism.js';

/**
 * Starts Prism as a validating proxy in front of a real server (the live API or your own fake)
 * and resolves once it listens. Each request and response is checked against the spec on the
 * way through: violations are listed in the `sl-violations` response header and in Prism's log;
 * with `errors: true` a violating request is refused and a violating response is replaced by an
 * error answer describing the problem.
 *
 * Rejects like {@link startMock}; the upstream must be an absolute `http:` or `https:` URL.
 *
 * @example
 * ```ts
 * import { startProxy } from '@uploadcare-groups/mock';
 *
 * const proxy = await startProxy({ upstream: 'https://api.uploadcare.com' });
 * const res = await fetch(`${proxy.url}/groups/?limit=1`, { headers: signedHeaders });
 * console.log(res.headers.get('sl-violations')); // null when the live answer matches the spec
 * await proxy.stop();
 * ```
 */
export async function startProxy(options: ProxyOptions): Promise<RunningMock> {
  return startProxyProcess(options);
}

/** {@link startProxy} for this package's own CLI, which also streams Prism's output. */
export async function startProxyProcess(
  options: ProxyOptions,
  onOutput?: LaunchOptions['onOutput'],
): Promise<RunningMock> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('startProxy needs options with an upstream URL.');
  }
  const upstream = resolveUpstream(options.upstream);
  const common = await resolveCommonOptions(options, bundledSpecPath);
  const errors = resolveErrors(options.errors);
  const args = ['proxy', common.specPath, upstream, ...prismBehindFrontArgs(common.logLevel), `--errors=${errors}`];
  return startFrontedPrism(args, common, onOutput);
}
