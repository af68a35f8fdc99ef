import { stat } from 'node:fs/promises';

/**
 * How to start the mock server.
 *
 * @example
 * ```ts
 * const mock = await startMock({ dynamic: true, seed: 42 });
 * ```
 */
export interface MockOptions {
  /** Port to listen on. Default `0`: any free port (read back from {@link RunningMock.port}). */
  port?: number;
  /** Interface to listen on. Default `'127.0.0.1'`. */
  host?: string;
  /** Generate response bodies from the schemas instead of serving the documented examples (Prism `--dynamic`). */
  dynamic?: boolean;
  /** Seed for dynamic bodies, so repeated runs give the same answers (Prism `--seed`). Needs `dynamic: true`. */
  seed?: string | number;
  /** Turn request violations into error responses instead of only reporting them (Prism `--errors`). */
  errors?: boolean;
  /** OpenAPI document to serve. Default: {@link bundledSpecPath}, the spec shipped in this package. */
  specPath?: string;
  /** How long to wait for Prism to listen before giving up, in milliseconds. Default `30000`. */
  startTimeoutMs?: number;
}

/**
 * How to start the validating proxy: the {@link MockOptions} that apply to a proxy, plus the
 * server to forward to.
 *
 * @example
 * ```ts
 * const proxy = await startProxy({ upstream: 'https://api.uploadcare.com', errors: true });
 * ```
 */
export interface ProxyOptions extends Omit<MockOptions, 'dynamic' | 'seed'> {
  /** Base URL of the real server (or your own fake) that requests are forwarded to, `http:` or `https:`. */
  upstream: string;
}

/**
 * A running mock or proxy.
 *
 * @example
 * ```ts
 * const mock = await startMock();
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
  /** Ends the Prism process and resolves once it has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_START_TIMEOUT_MS = 30_000;

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  port: number;
  host: string;
  errors: boolean;
  specPath: string;
  startTimeoutMs: number;
}

/**
 * Checks the options shared by the mock and the proxy, before anything is spawned, so a mistake
 * is reported by name rather than as a Prism stack trace.
 */
export async function resolveCommonOptions(options: MockOptions, defaultSpecPath: string): Promise<ResolvedOptions> {
  const { port = 0, host = DEFAULT_HOST, errors = false, startTimeoutMs = DEFAULT_START_TIMEOUT_MS } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`Invalid port ${String(port)}: expected an integer from 0 to 65535 (0 picks a free port).`);
  }
  if (typeof host !== 'string' || host.trim() === '') {
    throw new TypeError(`Invalid host ${JSON.stringify(host)}: expected a host name or IP address.`);
  }
  if (typeof errors !== 'boolean') {
    throw new TypeError(`Invalid errors option ${JSON.stringify(errors)}: expected true or false.`);
  }
  if (typeof startTimeoutMs !== 'number' || !Number.isFinite(startTimeoutMs) || startTimeoutMs <= 0) {
    throw new TypeError(
      `Invalid startTimeoutMs ${String(startTimeoutMs)}: expected a positive number of milliseconds.`,
    );
  }
  const specPath = options.specPath ?? defaultSpecPath;
  await assertReadableFile(specPath);
  return { port, host, errors, specPath, startTimeoutMs };
}

/** Checks the options only the mock takes. */
export function resolveDynamicOptions(options: MockOptions): { dynamic: boolean; seed: string | undefined } {
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
    throw new TypeError('The seed option only applies to dynamic responses: also set dynamic: true.');
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
