/** The options of `createGroupsClient`, checked up front so a misconfiguration fails before any request. */
import { fail, headerValue, httpUrl, integerIn, knownKeys, oneOf } from './argument-checks.js';
import { type Authenticate, type DateHeaderName, signedAuth, simpleAuth } from './auth/request-auth.js';
import { createHmacSigner, type Signer } from './auth/sign-request.js';
import type { FetchLike } from './transport/fetch-attempt.js';
import { DEFAULT_MAX_RETRY_WAIT_MS } from './transport/retry-policy.js';
import type { TransportConfig } from './transport/transport-config.js';

export const DEFAULT_BASE_URL = 'https://api.uploadcare.com';
export const DEFAULT_USER_AGENT = 'UploadcareGroupsClient (JavaScript; @uploadcare-groups/client)';
/** Room for the largest real group with all its files, many times over; far below what hurts a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** The longest delay timers support (2^31 − 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Options of {@link createGroupsClient}. Every optional option also takes `undefined` (its
 * default), so `baseUrl: process.env.UPLOADCARE_API_URL` type-checks under
 * `exactOptionalPropertyTypes`.
 */
export interface GroupsClientOptions {
  /** The project's public key. */
  publicKey: string;
  /** The project's secret key. Keep it on servers; in a browser pass `signer` instead. */
  secretKey?: string | undefined;
  /**
   * Signs requests without the secret key in this process: receives the five-line string to
   * sign and resolves to its hex HMAC-SHA1 (compute it on your server). Signed auth only.
   * Signing counts against the attempt's `timeoutMs` and stops with the caller's `signal`.
   */
  signer?: Signer | undefined;
  /** `'signed'` (default, production) or `'simple'` (sends the secret key in clear; quick tests only). */
  auth?: 'signed' | 'simple' | undefined;
  /** API root; default `https://api.uploadcare.com`. May carry a path prefix (a proxy). */
  baseUrl?: string | undefined;
  /** The `fetch` to use; default `globalThis.fetch`. Called as `fetch(urlString, init)` with plain-object headers. */
  fetch?: FetchLike | undefined;
  /** Retries after the first attempt; default 2, so at most 3 requests per call. 0 disables retrying. */
  maxRetries?: number | undefined;
  /** Time limit of each attempt in ms (signing, headers and body); default 30000. `Infinity` disables it. */
  timeoutMs?: number | undefined;
  /** Sent as `X-UC-User-Agent` (browsers do not let scripts set `User-Agent`). */
  userAgent?: string | undefined;
  /** Where the signed request's date goes; default `X-Uploadcare-Date` (browsers forbid setting `Date`). */
  dateHeader?: DateHeaderName | undefined;
  /** The longest `Retry-After` the client waits for; a longer one ends retrying at once. Default 60000. */
  maxRetryWaitMs?: number | undefined;
  /** The largest answer body read, in bytes; a bigger one fails with `InvalidResponseError`. Default 32 MiB. */
  maxResponseBytes?: number | undefined;
}

const OPTION_NAMES = [
  'publicKey',
  'secretKey',
  'signer',
  'auth',
  'baseUrl',
  'fetch',
  'maxRetries',
  'timeoutMs',
  'userAgent',
  'dateHeader',
  'maxRetryWaitMs',
  'maxResponseBytes',
] as const satisfies readonly (keyof GroupsClientOptions)[];

/** The API root as `origin` and path `prefix` (no trailing slash), to append an operation's path to. */
export interface ResolvedClientOptions {
  origin: string;
  prefix: string;
  transport: TransportConfig;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** True where the runtime drops a `Date` request header (browsers and their workers forbid it). */
function dropsDateHeader(): boolean {
  try {
    return !new Request('http://localhost/', { headers: { Date: 'x' } }).headers.has('date');
  } catch {
    return false;
  }
}

function resolveAuth(options: Partial<GroupsClientOptions>, baseUrl: URL): [Authenticate, string | undefined] {
  const publicKey = headerValue(options.publicKey, 'publicKey');
  const { secretKey, signer } = options;
  if (oneOf(options.auth ?? 'signed', 'auth', ['signed', 'simple']) === 'simple') {
    if (signer !== undefined) fail('signer', 'only works with auth: "signed"');
    const secret = headerValue(secretKey, 'secretKey');
    // The secret travels in clear text with simple auth; the service refuses it over HTTP
    // anyway, so refuse before the secret leaves the process (loopback mocks excepted).
    if (baseUrl.protocol === 'http:' && !isLoopback(baseUrl.hostname)) {
      fail('baseUrl', 'simple auth over http sends the secret key in clear text: use https or auth "signed"');
    }
    return [simpleAuth(publicKey, secret), secret];
  }
  if (signer !== undefined && secretKey !== undefined) fail('signer', 'pass either secretKey or signer, not both');
  if (signer !== undefined && typeof signer !== 'function') fail('signer', 'must be a function');
  if (signer === undefined && secretKey === undefined) fail('secretKey', 'is required (or pass a signer)');
  const dateHeader = oneOf<DateHeaderName>(options.dateHeader ?? 'X-Uploadcare-Date', 'dateHeader', [
    'X-Uploadcare-Date',
    'Date',
  ]);
  if (dateHeader === 'Date' && dropsDateHeader()) {
    fail('dateHeader', 'this runtime does not let scripts set the Date header: use "X-Uploadcare-Date"');
  }
  const secret = signer ? undefined : headerValue(secretKey, 'secretKey');
  return [signedAuth(publicKey, signer ?? createHmacSigner(secret as string), dateHeader), secret];
}

/** Milliseconds above 0 that a timer can wait; `Infinity` where `infinite` allows it. */
function duration(value: unknown, argument: string, infinite: boolean): number {
  if (infinite && value === Number.POSITIVE_INFINITY) return value;
  return integerIn(value, argument, 1, MAX_TIMER_MS);
}

/**
 * `value` with `secret` cut out of every string in it: answers (text, header values) and errors
 * from a custom `fetch`, which may quote the request. An error is rebuilt only when it (or its
 * cause) holds the secret, so an ordinary one keeps its class and fields (`code`…).
 */
function redactor(secret: string | undefined): <T>(value: T) => T {
  const cut = (value: unknown, depth: number): unknown => {
    if (!secret || depth > 4) return value;
    if (typeof value === 'string') return value.split(secret).join('[redacted]');
    if (value instanceof Error) {
      const cause = cut(value.cause, depth + 1);
      if (cause === value.cause && !`${value.message}${value.stack}`.includes(secret)) return value;
      const copy = new Error(cut(value.message, depth) as string, { cause });
      copy.name = value.name;
      copy.stack = cut(value.stack, depth) as string;
      return copy;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cut(item, depth + 1)]));
    }
    return value;
  };
  return (value) => cut(value, 0) as typeof value;
}

export function resolveClientOptions(options: GroupsClientOptions): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('options', 'expected an object with publicKey and secretKey (or signer)');
  }
  const given: Partial<GroupsClientOptions> = options;
  knownKeys(given, OPTION_NAMES);
  const baseUrl = httpUrl(given.baseUrl ?? DEFAULT_BASE_URL, 'baseUrl');
  if (baseUrl.search || baseUrl.hash || baseUrl.username || baseUrl.password) {
    fail('baseUrl', 'must not carry a query, a fragment or credentials');
  }
  const [authenticate, secret] = resolveAuth(given, baseUrl);
  if (given.fetch !== undefined && typeof given.fetch !== 'function') fail('fetch', 'must be a function');
  return {
    origin: baseUrl.origin,
    prefix: baseUrl.pathname.replace(/\/+$/, ''),
    transport: {
      authenticate,
      userAgent: headerValue(given.userAgent ?? DEFAULT_USER_AGENT, 'userAgent'),
      fetch: given.fetch,
      maxRetries: integerIn(given.maxRetries ?? 2, 'maxRetries', 0),
      timeoutMs: duration(given.timeoutMs ?? 30_000, 'timeoutMs', true),
      maxRetryWaitMs: integerIn(given.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS, 'maxRetryWaitMs', 0, MAX_TIMER_MS),
      maxResponseBytes: integerIn(given.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, 'maxResponseBytes', 1),
      redact: redactor(secret),
    },
  };
}
