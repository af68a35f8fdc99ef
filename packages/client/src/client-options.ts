/** The options of `createGroupsClient`, checked up front so a misconfiguration fails before any request. */
import { httpUrl, integerIn, nonEmptyString, oneOf, urlRoot } from './argument-checks.js';
import type { DateHeaderName, RequestAuth } from './auth/request-auth.js';
import { createHmacSigner, type Signer } from './auth/sign-request.js';
import { InvalidArgumentError } from './errors.js';
import type { FetchLike } from './transport/fetch-attempt.js';
import { DEFAULT_MAX_RETRY_WAIT_MS } from './transport/retry-policy.js';
import type { TransportConfig } from './transport/send-request.js';

export const DEFAULT_BASE_URL = 'https://api.uploadcare.com';
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = 'UploadcareGroupsClient (JavaScript; @uploadcare-groups/client)';
export type ApiVersion = '0.5' | '0.6' | '0.7';

/** Options of {@link createGroupsClient}. */
export interface GroupsClientOptions {
  /** The project's public key. */
  publicKey: string;
  /** The project's secret key. Keep it on servers; in a browser pass `signer` instead. */
  secretKey?: string;
  /**
   * Signs requests without the secret key in this process: receives the five-line string to
   * sign and resolves to its hex HMAC-SHA1 (compute it on your server). Signed auth only.
   */
  signer?: Signer;
  /** `'signed'` (default, production) or `'simple'` (sends the secret key in clear; quick tests only). */
  auth?: 'signed' | 'simple';
  /** API root; default `https://api.uploadcare.com`. May carry a path prefix (a proxy). */
  baseUrl?: string;
  /** The API version sent in `Accept`; default `'0.7'`. `store()` always sends 0.6. */
  apiVersion?: ApiVersion;
  /** The `fetch` to use; default `globalThis.fetch`. Called as `fetch(urlString, init)` with plain-object headers. */
  fetch?: FetchLike;
  /** Retries after the first attempt; default 2, so at most 3 requests per call. 0 disables retrying. */
  maxRetries?: number;
  /** Time limit of each attempt in ms (headers and body); default 30000. `Infinity` disables it. */
  timeoutMs?: number;
  /** Sent as `X-UC-User-Agent` (browsers do not let scripts set `User-Agent`). */
  userAgent?: string;
  /** Where the signed request's date goes; default `X-Uploadcare-Date` (browsers forbid setting `Date`). */
  dateHeader?: DateHeaderName;
  /** The longest `Retry-After` the client waits for; a longer one ends retrying at once. Default 60000. */
  maxRetryWaitMs?: number;
}

export interface ResolvedClientOptions {
  baseUrl: string;
  transport: TransportConfig;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function resolveBaseUrl(value: unknown): URL {
  if (value === undefined) return new URL(DEFAULT_BASE_URL);
  const url = httpUrl(value, 'baseUrl');
  if (url.search || url.hash || url.username || url.password) {
    throw new InvalidArgumentError('baseUrl', 'must not carry a query, a fragment or credentials');
  }
  return url;
}

function resolveAuth(options: GroupsClientOptions, mode: 'signed' | 'simple', baseUrl: URL): RequestAuth {
  const { publicKey, secretKey, signer } = options;
  if (mode === 'simple') {
    if (signer !== undefined) throw new InvalidArgumentError('signer', 'only works with auth: "signed"');
    const secret = nonEmptyString(secretKey, 'secretKey');
    // The secret travels in clear text with simple auth; the service refuses it over HTTP
    // anyway, so refuse before the secret leaves the process (loopback mocks excepted).
    if (baseUrl.protocol === 'http:' && !isLoopback(baseUrl.hostname)) {
      throw new InvalidArgumentError(
        'baseUrl',
        'simple auth sends the secret key in clear text: use https or auth "signed"',
      );
    }
    return { kind: 'simple', publicKey, secretKey: secret };
  }
  if (signer !== undefined && secretKey !== undefined) {
    throw new InvalidArgumentError('signer', 'pass either secretKey or signer, not both');
  }
  if (signer !== undefined && typeof signer !== 'function')
    throw new InvalidArgumentError('signer', 'must be a function');
  if (signer === undefined && secretKey === undefined) {
    throw new InvalidArgumentError('secretKey', 'is required (or pass a signer for signed auth)');
  }
  return {
    kind: 'signed',
    publicKey,
    signer: signer ?? createHmacSigner(nonEmptyString(secretKey, 'secretKey')),
    dateHeader: oneOf(options.dateHeader ?? 'X-Uploadcare-Date', 'dateHeader', ['X-Uploadcare-Date', 'Date']),
  };
}

/** A number of milliseconds above 0 (`Infinity` allowed where it means "no limit"). */
function duration(value: unknown, argument: string): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new InvalidArgumentError(argument, `must be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

export function resolveClientOptions(options: GroupsClientOptions): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', 'expected an object with at least publicKey and secretKey (or signer)');
  }
  nonEmptyString(options.publicKey, 'publicKey');
  const mode = oneOf(options.auth ?? 'signed', 'auth', ['signed', 'simple']);
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const auth = resolveAuth(options, mode, baseUrl);
  const apiVersion = oneOf(options.apiVersion ?? '0.7', 'apiVersion', ['0.7', '0.6', '0.5']);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new InvalidArgumentError('fetch', 'must be a function');
  }
  const {
    userAgent = DEFAULT_USER_AGENT,
    maxRetries = DEFAULT_MAX_RETRIES,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxRetryWaitMs = DEFAULT_MAX_RETRY_WAIT_MS,
  } = options;

  return {
    baseUrl: urlRoot(baseUrl),
    transport: {
      auth,
      accept: acceptFor(apiVersion),
      userAgent: nonEmptyString(userAgent, 'userAgent'),
      fetch: options.fetch,
      maxRetries: integerIn(maxRetries, 'maxRetries', 0),
      timeoutMs: duration(timeoutMs, 'timeoutMs'),
      maxRetryWaitMs: integerIn(maxRetryWaitMs, 'maxRetryWaitMs', 0),
    },
  };
}

/** The vendor media type that selects an API version. */
export function acceptFor(apiVersion: ApiVersion): string {
  return `application/vnd.uploadcare-v${apiVersion}+json`;
}
