import { stat } from 'node:fs/promises';
import type { MockControl } from './control/types.js';
import type { ApiKeys, GroupWithFiles } from './fake/index.js';
import type { MockExit } from './mock-exit.js';
import type { PrismLogLevel } from './prism-ready.js';

/** Options both kinds of mock (and the proxy) take. */
export interface CommonMockOptions {
  /** Port to listen on. Default `0`: any free port (read back from {@link RunningMock.port}). */
  port?: number;
  /** Interface to listen on. Default `'127.0.0.1'`. */
  host?: string;
  /** OpenAPI document Prism checks against (or serves). Default: {@link bundledSpecPath}, the spec shipped in this package. */
  specPath?: string;
  /** How long to wait for Prism to listen before giving up, in milliseconds. Default `30000`. */
  startTimeoutMs?: number;
  /**
   * The most a request may take, in milliseconds: to arrive, and to be answered through Prism
   * (then the answer is a 504 with a JSON `detail`). Default `30000`. A `latencyMs` above it
   * times every request out.
   */
  requestTimeoutMs?: number;
  /** Let Prism log every request and answer (its `info` level; slower). Default `false`: only violations and failures (`warn`). */
  verbose?: boolean;
}

/**
 * How to start the stateful mock, the default: a groups service that keeps state, behind Prism's
 * validating proxy.
 *
 * @example
 * ```ts
 * const mock = await startMock({ seed: 7, groups: 2500, throttle: { every: 3, retryAfter: 0 } });
 * ```
 */
export interface StatefulMockOptions extends CommonMockOptions {
  mode?: 'stateful';
  /** Seed of the generated groups: the same seed gives the same groups. Default `1`. */
  seed?: string | number;
  /**
   * How many groups to generate (default 25, at most 100,000), or your own groups with their
   * files (checked against the spec's GroupWithFiles schema at start).
   */
  groups?: number | readonly GroupWithFiles[];
  /** The project's keys. Default: `demopublickey` / `demosecretkey`. */
  keys?: readonly ApiKeys[];
  /** Accept `Uploadcare.Simple` over plain HTTP (the service refuses it with 400). Default `false`. */
  allowSimpleAuthOverHttp?: boolean;
  /** Answer every n-th request that passes Accept and auth with 429 and `Retry-After` (default 1 s). */
  throttle?: { every: number; retryAfter?: number } | null;
  /** Answer every n-th request with a 5xx (default 500) before any check. */
  fail?: { every: number; status?: number } | null;
  /** Wait this long before every answer. Default `0`. */
  latencyMs?: number;
  /**
   * What an answer of the service that breaks the spec becomes: `'fail'` (default) replaces it
   * with a 500 naming the violation, so no test can miss it; `'report'` passes it on. Both
   * record it in `stats().violations.response` and keep Prism's `sl-violations` header.
   */
  responseViolations?: 'fail' | 'report';
  /** The clock for the 15-minute window of signed requests and for store times. Default: the system clock. */
  now?: () => Date;
  /**
   * Web page origins allowed to call the control routes besides the mock's own, e.g.
   * `['http://localhost:5173']`. Default: none. Requests without an `Origin` (tests, curl) are not
   * affected; the control routes also want a loopback `Host` and, to change state, the control token.
   */
  controlOrigins?: readonly string[];
  /**
   * The token a request must carry (`Authorization: Bearer <token>`) to change state through the
   * control routes. Default: a new random one per run, in {@link RunningStatefulMock.controlToken}.
   */
  controlToken?: string;
}

/**
 * How to start Prism's example server (`mode: 'examples'`, implied by `dynamic` or `errors`):
 * every operation answers with its documented example, `Prefer` headers pick documented errors.
 *
 * @example
 * ```ts
 * const mock = await startMock({ mode: 'examples', dynamic: true, seed: 42 });
 * ```
 */
export interface ExamplesMockOptions extends CommonMockOptions {
  mode?: 'examples';
  /** Generate response bodies from the schemas instead of serving the documented examples (Prism `--dynamic`). */
  dynamic?: boolean;
  /** Seed for dynamic bodies, so repeated runs give the same answers (Prism `--seed`). Needs `dynamic: true`. */
  seed?: string | number;
  /** Turn request violations into error responses instead of only reporting them (Prism `--errors`). */
  errors?: boolean;
}

export type MockOptions = StatefulMockOptions | ExamplesMockOptions;

/**
 * How to start the validating proxy: the options that apply to a proxy, plus the server to
 * forward to.
 *
 * @example
 * ```ts
 * const proxy = await startProxy({ upstream: 'https://api.uploadcare.com', errors: true });
 * ```
 */
export interface ProxyOptions extends CommonMockOptions {
  /** Base URL of the real server (or your own fake) that requests are forwarded to, `http:` or `https:`. */
  upstream: string;
  /** Refuse violating requests (422) and replace violating answers (500) instead of only reporting them. */
  errors?: boolean;
}

/**
 * A running mock or proxy.
 *
 * @example
 * ```ts
 * const mock = await startMock({ mode: 'examples' });
 * try {
 *   await fetch(`${mock.url}/groups/`, { headers: { Accept: 'application/vnd.uploadcare-v0.7+json', Authorization: 'Uploadcare a:b' } });
 * } finally {
 *   await mock.stop();
 * }
 * ```
 */
export interface RunningMock {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43121`. */
  url: string;
  /** The port actually listened on (the free port picked when `port` was `0`). */
  port: number;
  /** Stops everything it started (Prism included) and resolves once all of it is gone. Safe to call more than once. */
  stop(): Promise<void>;
  /**
   * Resolves once the mock has stopped serving, and never rejects: after `stop()` with
   * `{ expected: true, what: 'stop()' }`, or when one of its parts ended on its own (Prism's
   * process, or for the stateful mock its front server or its groups service) with
   * `expected: false`, `what` naming the part (`'Prism (pid 4242)'`) and, for a process, its
   * exit `code` or `signal`. The mock then stops its other parts itself before this resolves,
   * so nothing of it is left running (`stop()` is still safe to call).
   *
   * @example
   * ```ts
   * const mock = await startMock();
   * void mock.exited.then(({ expected, what, code, signal }) => {
   *   if (!expected) console.error(`the mock stopped: ${what} ended (${signal ?? `exit code ${code}`})`);
   * });
   * ```
   */
  readonly exited: Promise<MockExit>;
}

/**
 * The running stateful mock: its URL, its controls ({@link MockControl}) and `stop()`.
 *
 * @example
 * ```ts
 * const mock = await startMock();
 * await mock.configure({ throttle: { every: 3, retryAfter: 0 } });
 * const { requests, violations } = await mock.stats();
 * await mock.stop();
 * ```
 */
export interface RunningStatefulMock extends RunningMock, MockControl {
  /**
   * The token of this run's control routes: `mockControl(url, { token })`, or
   * `Authorization: Bearer <token>` on a state-changing `/__mock/` request.
   */
  controlToken: string;
  /**
   * Allows one more web page origin on the control routes (as `controlOrigins`), for a page whose
   * origin is known only once the mock runs, such as a docs server pointed at it.
   */
  allowControlOrigin(origin: string): void;
  /**
   * The service itself, without Prism in front: nothing is checked against the spec there. For
   * benchmarks and debugging; tests should use {@link RunningMock.url}.
   */
  serviceUrl: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_START_TIMEOUT_MS = 30_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Options shared by every mode, after validation, with defaults filled in. */
export interface ResolvedOptions {
  port: number;
  host: string;
  specPath: string;
  startTimeoutMs: number;
  requestTimeoutMs: number;
  /** Prism's log level. */
  logLevel: PrismLogLevel;
}

const STATEFUL_ONLY = [
  'groups',
  'keys',
  'allowSimpleAuthOverHttp',
  'throttle',
  'fail',
  'latencyMs',
  'responseViolations',
  'now',
  'controlOrigins',
  'controlToken',
] as const;
const EXAMPLES_ONLY = ['dynamic', 'errors'] as const;

/**
 * The mode asked for: `mode`, or `'examples'` when `dynamic` or `errors` is given (only Prism's
 * example server has them), else `'stateful'`. Options of the other mode are refused by name.
 */
export function mockMode(options: MockOptions): 'stateful' | 'examples' {
  const given = (key: string) => (options as Record<string, unknown>)[key] !== undefined;
  const mode = options.mode ?? (EXAMPLES_ONLY.some(given) ? 'examples' : 'stateful');
  if (mode !== 'stateful' && mode !== 'examples') {
    throw new TypeError(`Invalid mode ${JSON.stringify(mode)}: expected 'stateful' (the default) or 'examples'.`);
  }
  const foreign = (mode === 'stateful' ? EXAMPLES_ONLY : STATEFUL_ONLY).filter(given);
  if (foreign.length > 0) {
    throw new TypeError(
      `${foreign.join(', ')} only applies to mode '${mode === 'stateful' ? 'examples' : 'stateful'}'.`,
    );
  }
  return mode;
}

/**
 * Checks the options every mode shares, before anything is started, so a mistake is reported by
 * name rather than as a Prism stack trace.
 */
export async function resolveCommonOptions(
  options: CommonMockOptions,
  defaultSpecPath: string,
): Promise<ResolvedOptions> {
  const { port = 0, host = DEFAULT_HOST, startTimeoutMs = DEFAULT_START_TIMEOUT_MS } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`Invalid port ${String(port)}: expected an integer from 0 to 65535 (0 picks a free port).`);
  }
  if (typeof host !== 'string' || host.trim() === '') {
    throw new TypeError(`Invalid host ${JSON.stringify(host)}: expected a host name or IP address.`);
  }
  if (typeof startTimeoutMs !== 'number' || !Number.isFinite(startTimeoutMs) || startTimeoutMs <= 0) {
    throw new TypeError(
      `Invalid startTimeoutMs ${String(startTimeoutMs)}: expected a positive number of milliseconds.`,
    );
  }
  const { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS, verbose = false } = options;
  if (
    typeof requestTimeoutMs !== 'number' ||
    !Number.isInteger(requestTimeoutMs) ||
    requestTimeoutMs <= 0 ||
    requestTimeoutMs > 2_147_483_647
  ) {
    throw new TypeError(
      `Invalid requestTimeoutMs ${String(requestTimeoutMs)}: expected a positive whole number of milliseconds.`,
    );
  }
  if (typeof verbose !== 'boolean')
    throw new TypeError(`Invalid verbose ${JSON.stringify(verbose)}: expected true or false.`);
  const specPath = options.specPath ?? defaultSpecPath;
  await assertReadableFile(specPath);
  return { port, host, specPath, startTimeoutMs, requestTimeoutMs, logLevel: verbose ? 'info' : 'warn' };
}

/** Checks Prism's `errors` option. */
export function resolveErrors(errors: unknown = false): boolean {
  if (typeof errors !== 'boolean') {
    throw new TypeError(`Invalid errors option ${JSON.stringify(errors)}: expected true or false.`);
  }
  return errors;
}

/** Checks the options only the examples mode takes. */
export function resolveDynamicOptions(options: ExamplesMockOptions): { dynamic: boolean; seed: string | undefined } {
  const { dynamic = false, seed } = options;
  if (typeof dynamic !== 'boolean') {
    throw new TypeError(`Invalid dynamic option ${JSON.stringify(dynamic)}: expected true or false.`);
  }
  if (seed === undefined) return { dynamic, seed: undefined };
  if ((typeof seed !== 'string' && typeof seed !== 'number') || String(seed) === '') {
    throw new TypeError(`Invalid seed ${JSON.stringify(seed)}: expected a non-empty string or a number.`);
  }
  // Prism silently ignores a seed without --dynamic; a test relying on it would be fooled.
  if (!dynamic) {
    throw new TypeError(
      "In mode 'examples' the seed option only applies to dynamic responses: also set dynamic: true.",
    );
  }
  return { dynamic, seed: String(seed) };
}

/** Checks the proxy's upstream URL. */
export function resolveUpstream(upstream: unknown): string {
  if (typeof upstream !== 'string' || upstream === '') {
    throw new TypeError('startProxy needs an upstream: the base URL of the server to forward requests to.');
  }
  let parsed: URL;
  try {
    parsed = new URL(upstream);
  } catch {
    throw new TypeError(`Invalid upstream ${JSON.stringify(upstream)}: expected an absolute http(s) URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Invalid upstream ${JSON.stringify(upstream)}: only http: and https: URLs can be proxied.`);
  }
  return upstream;
}

async function assertReadableFile(path: string): Promise<void> {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError('Invalid specPath: expected the path of an OpenAPI document.');
  }
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TypeError(
      code === 'ENOENT'
        ? `OpenAPI document not found: ${path} does not exist.`
        : `OpenAPI document ${path} cannot be read (${code ?? String(error)}).`,
    );
  }
  if (!isFile) throw new TypeError(`OpenAPI document ${path} is not a file.`);
}
