import type { MockOptions, ProxyOptions } from './options.js';

/** What the vitest global setup should start, read from `UPLOADCARE_MOCK_*` variables. */
export type EnvChoice = { kind: 'mock'; options: MockOptions } | { kind: 'proxy'; options: ProxyOptions };

/**
 * Reads the vitest setup's options from the environment. Each variable is checked, so a typo
 * such as `UPLOADCARE_MOCK_DYNAMIC=yes please` fails the run instead of being ignored.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): EnvChoice {
  const common: MockOptions = {};
  const port = env.UPLOADCARE_MOCK_PORT;
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port)) throw new TypeError(`UPLOADCARE_MOCK_PORT=${port}: expected a port number.`);
    common.port = Number(port);
  }
  if (env.UPLOADCARE_MOCK_HOST) common.host = env.UPLOADCARE_MOCK_HOST;
  if (env.UPLOADCARE_MOCK_SPEC) common.specPath = env.UPLOADCARE_MOCK_SPEC;
  const errors = flag(env, 'UPLOADCARE_MOCK_ERRORS');
  if (errors !== undefined) common.errors = errors;
  const timeout = env.UPLOADCARE_MOCK_START_TIMEOUT_MS;
  if (timeout !== undefined && timeout !== '') {
    if (!/^\d+$/.test(timeout)) {
      throw new TypeError(`UPLOADCARE_MOCK_START_TIMEOUT_MS=${timeout}: expected milliseconds.`);
    }
    common.startTimeoutMs = Number(timeout);
  }

  const dynamic = flag(env, 'UPLOADCARE_MOCK_DYNAMIC');
  const seed = env.UPLOADCARE_MOCK_SEED || undefined;
  const upstream = env.UPLOADCARE_MOCK_PROXY || undefined;
  if (upstream !== undefined) {
    if (dynamic || seed !== undefined) {
      throw new TypeError(
        'UPLOADCARE_MOCK_PROXY cannot be combined with UPLOADCARE_MOCK_DYNAMIC or UPLOADCARE_MOCK_SEED.',
      );
    }
    return { kind: 'proxy', options: { ...common, upstream } };
  }
  return {
    kind: 'mock',
    options: { ...common, ...(dynamic !== undefined && { dynamic }), ...(seed !== undefined && { seed }) },
  };
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new TypeError(`${name}=${value}: expected 1/true/yes/on or 0/false/no/off.`);
}
