import type { ExamplesMockOptions, MockOptions, ProxyOptions, StatefulMockOptions } from './options.js';

/** What the vitest global setup should start, read from `UPLOADCARE_MOCK_*` variables. */
export type EnvChoice =
  | { kind: 'mock'; options: MockOptions; dataFile?: string }
  | { kind: 'proxy'; options: ProxyOptions };

type Env = NodeJS.ProcessEnv;

const STATEFUL_VARIABLES = [
  'UPLOADCARE_MOCK_GROUPS',
  'UPLOADCARE_MOCK_DATA',
  'UPLOADCARE_MOCK_PUBLIC_KEY',
  'UPLOADCARE_MOCK_SECRET_KEY',
  'UPLOADCARE_MOCK_ALLOW_SIMPLE_AUTH_OVER_HTTP',
  'UPLOADCARE_MOCK_THROTTLE_EVERY',
  'UPLOADCARE_MOCK_RETRY_AFTER',
  'UPLOADCARE_MOCK_FAIL_EVERY',
  'UPLOADCARE_MOCK_FAIL_STATUS',
  'UPLOADCARE_MOCK_LATENCY_MS',
  'UPLOADCARE_MOCK_RESPONSE_VIOLATIONS',
  'UPLOADCARE_MOCK_CONTROL_ORIGINS',
] as const;

/**
 * Reads the vitest setup's options from the environment. Each variable is checked, so a typo
 * such as `UPLOADCARE_MOCK_DYNAMIC=yes please` fails the run instead of being ignored.
 */
export function optionsFromEnv(env: Env = process.env): EnvChoice {
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  const common: StatefulMockOptions & ExamplesMockOptions = {};
  const port = whole(env, 'UPLOADCARE_MOCK_PORT', 'a port number');
  if (port !== undefined) common.port = port;
  if (set('UPLOADCARE_MOCK_HOST')) common.host = env.UPLOADCARE_MOCK_HOST;
  if (set('UPLOADCARE_MOCK_SPEC')) common.specPath = env.UPLOADCARE_MOCK_SPEC;
  const timeout = whole(env, 'UPLOADCARE_MOCK_START_TIMEOUT_MS', 'milliseconds');
  if (timeout !== undefined) common.startTimeoutMs = timeout;
  const requestTimeout = whole(env, 'UPLOADCARE_MOCK_REQUEST_TIMEOUT_MS', 'milliseconds');
  if (requestTimeout !== undefined) common.requestTimeoutMs = requestTimeout;
  const verbose = flag(env, 'UPLOADCARE_MOCK_VERBOSE');
  if (verbose !== undefined) common.verbose = verbose;
  const errors = flag(env, 'UPLOADCARE_MOCK_ERRORS');
  const dynamic = flag(env, 'UPLOADCARE_MOCK_DYNAMIC');
  const seed = env.UPLOADCARE_MOCK_SEED || undefined;

  const upstream = env.UPLOADCARE_MOCK_PROXY || undefined;
  if (upstream !== undefined) {
    const wrong = [
      'UPLOADCARE_MOCK_MODE',
      'UPLOADCARE_MOCK_DYNAMIC',
      'UPLOADCARE_MOCK_SEED',
      ...STATEFUL_VARIABLES,
    ].find(set);
    if (wrong) throw new TypeError(`UPLOADCARE_MOCK_PROXY cannot be combined with ${wrong}.`);
    const { port: p, host, specPath, startTimeoutMs, requestTimeoutMs, verbose: v } = common;
    const proxy: ProxyOptions = { upstream };
    Object.assign(proxy, withoutUndefined({ port: p, host, specPath, startTimeoutMs, requestTimeoutMs, verbose: v }));
    if (errors !== undefined) proxy.errors = errors;
    return { kind: 'proxy', options: proxy };
  }

  const mode = env.UPLOADCARE_MOCK_MODE || (dynamic !== undefined || errors !== undefined ? 'examples' : 'stateful');
  if (mode === 'examples') {
    const wrong = STATEFUL_VARIABLES.find(set);
    if (wrong) throw new TypeError(`${wrong} only applies to UPLOADCARE_MOCK_MODE=stateful (the default).`);
    const options: ExamplesMockOptions = { ...common, mode: 'examples' };
    if (dynamic !== undefined) options.dynamic = dynamic;
    if (errors !== undefined) options.errors = errors;
    if (seed !== undefined) options.seed = seed;
    return { kind: 'mock', options };
  }
  if (mode !== 'stateful') {
    throw new TypeError(`UPLOADCARE_MOCK_MODE=${mode}: expected stateful (the default) or examples.`);
  }
  return statefulFromEnv(env, common, seed);
}

function statefulFromEnv(env: Env, common: StatefulMockOptions, seed: string | undefined): EnvChoice {
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  const options: StatefulMockOptions = { ...common };
  if (seed !== undefined) options.seed = seed;
  const groups = whole(env, 'UPLOADCARE_MOCK_GROUPS', 'how many groups to generate');
  if (groups !== undefined) {
    if (set('UPLOADCARE_MOCK_DATA')) {
      throw new TypeError('UPLOADCARE_MOCK_GROUPS and UPLOADCARE_MOCK_DATA exclude each other: generate or load.');
    }
    options.groups = groups;
  }
  const publicKey = env.UPLOADCARE_MOCK_PUBLIC_KEY || undefined;
  const secretKey = env.UPLOADCARE_MOCK_SECRET_KEY || undefined;
  if ((publicKey === undefined) !== (secretKey === undefined)) {
    throw new TypeError(
      'UPLOADCARE_MOCK_PUBLIC_KEY and UPLOADCARE_MOCK_SECRET_KEY come together: set both or neither.',
    );
  }
  if (publicKey !== undefined && secretKey !== undefined) options.keys = [{ publicKey, secretKey }];
  const simple = flag(env, 'UPLOADCARE_MOCK_ALLOW_SIMPLE_AUTH_OVER_HTTP');
  if (simple !== undefined) options.allowSimpleAuthOverHttp = simple;
  const throttleEvery = whole(env, 'UPLOADCARE_MOCK_THROTTLE_EVERY', 'a whole number of requests');
  const retryAfter = whole(env, 'UPLOADCARE_MOCK_RETRY_AFTER', 'whole seconds');
  if (retryAfter !== undefined && throttleEvery === undefined) {
    throw new TypeError('UPLOADCARE_MOCK_RETRY_AFTER applies to throttling: also set UPLOADCARE_MOCK_THROTTLE_EVERY.');
  }
  if (throttleEvery !== undefined) options.throttle = { every: throttleEvery, ...withoutUndefined({ retryAfter }) };
  const failEvery = whole(env, 'UPLOADCARE_MOCK_FAIL_EVERY', 'a whole number of requests');
  const failStatus = whole(env, 'UPLOADCARE_MOCK_FAIL_STATUS', 'a 5xx status');
  if (failStatus !== undefined && failEvery === undefined) {
    throw new TypeError('UPLOADCARE_MOCK_FAIL_STATUS applies to failures: also set UPLOADCARE_MOCK_FAIL_EVERY.');
  }
  if (failEvery !== undefined) options.fail = { every: failEvery, ...withoutUndefined({ status: failStatus }) };
  const latency = whole(env, 'UPLOADCARE_MOCK_LATENCY_MS', 'milliseconds');
  if (latency !== undefined) options.latencyMs = latency;
  const policy = env.UPLOADCARE_MOCK_RESPONSE_VIOLATIONS || undefined;
  if (policy !== undefined) {
    if (policy !== 'fail' && policy !== 'report') {
      throw new TypeError(`UPLOADCARE_MOCK_RESPONSE_VIOLATIONS=${policy}: expected fail or report.`);
    }
    options.responseViolations = policy;
  }
  const origins = env.UPLOADCARE_MOCK_CONTROL_ORIGINS || undefined;
  if (origins !== undefined) options.controlOrigins = origins.split(',').map((origin) => origin.trim());
  // Not refused in the other modes: test workers inherit it from a setup that started a mock.
  const token = env.UPLOADCARE_MOCK_CONTROL_TOKEN || undefined;
  if (token !== undefined) options.controlToken = token;
  const dataFile = env.UPLOADCARE_MOCK_DATA || undefined;
  return { kind: 'mock', options, ...(dataFile !== undefined && { dataFile }) };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function whole(env: Env, name: string, what: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new TypeError(`${name}=${value}: expected ${what}.`);
  return Number(value);
}

function flag(env: Env, name: string): boolean | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new TypeError(`${name}=${value}: expected 1/true/yes/on or 0/false/no/off.`);
}
