/** The options of `createGroupsClient`, checked up front so a misconfiguration fails before any request. */
import { fail, headerValue, httpUrl, integerIn, knownKeys, object, oneOf } from './argument-checks.js';
import { type Authenticate, type DateHeaderName, signedAuth, simpleAuth } from './auth/request-auth.js';
import { createHmacSigner, type Signer } from './auth/sign-request.js';
import { API_VERSIONS, type ApiVersion } from './generated/media-types.js';
import { OPERATIONS } from './generated/operations.js';
import { redactor } from './redact.js';
import type { FetchLike } from './transport/fetch-attempt.js';
import { DEFAULT_MAX_RETRY_WAIT_MS } from './transport/retry-policy.js';
import type { TransportConfig } from './transport/transport-config.js';

export const DEFAULT_BASE_URL = 'https://api.uploadcare.com';
export const DEFAULT_USER_AGENT = 'UploadcareGroupsClient (JavaScript; @uploadcare-groups/client)';
/** Room for the largest real group with all its files, many times over; far below what hurts a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 33_554_432; // 32 MiB
/** Far longer than any real key (Uploadcare's are 20 characters): a longer one is a mistake, not a key. */
export const MAX_KEY_LENGTH = 256;
/** The longest delay timers support (2^31 − 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Options of {@link createGroupsClient}: the {@link CommonClientOptions} and at most one way
 * to sign, `secretKey` or `signer` (both is a type error before it is a run-time one; neither
 * makes a client for the Upload API only). Every optional option also takes `undefined` (its default), so
 * `baseUrl: process.env.UPLOADCARE_API_URL` type-checks under `exactOptionalPropertyTypes`.
 *
 * @example
 * ```ts
 * const onServer: GroupsClientOptions = { publicKey: 'pk', secretKey: process.env.UPLOADCARE_SECRET_KEY! };
 * const inBrowser: GroupsClientOptions = { publicKey: 'pk', signer: (text) => signOnMyServer(text) };
 * ```
 */
export type GroupsClientOptions = CommonClientOptions & (SecretKeyOptions | SignerOptions | PublicKeyOnlyOptions);

/** Signing with the secret key in this process (servers), or simple auth. */
export interface SecretKeyOptions {
  /** The project's secret key (at most 256 characters). Keep it on servers; in a browser pass `signer` instead. */
  secretKey: string;
  signer?: undefined;
}

/**
 * Neither secret key nor signer: a client for the Upload API only (a browser making groups).
 * `create` and `uploadInfo` work, sending the public key only; the REST API methods fail with
 * `InvalidArgumentError` before sending anything.
 */
export interface PublicKeyOnlyOptions {
  secretKey?: undefined;
  signer?: undefined;
  /** No secret to send: simple auth needs one. */
  auth?: 'signed' | undefined;
}

/** Signing elsewhere (a browser asks your server): signed auth only, and no secret key here. */
export interface SignerOptions {
  /**
   * Signs requests without the secret key in this process: receives the five-line string to
   * sign and resolves to its hex HMAC-SHA1 (compute it on your server). Signed auth only.
   * Signing counts against the attempt's `timeoutMs` and stops with the caller's `signal`.
   */
  signer: Signer;
  secretKey?: undefined;
  /** A signer is for signed auth only. */
  auth?: 'signed' | undefined;
}

/** The options every client takes, however it signs. */
export interface CommonClientOptions {
  /** The project's public key (Uploadcare's have 20 characters; no spaces, tabs or colons; at most 256). */
  publicKey: string;
  /** `'signed'` (default, production) or `'simple'` (sends the secret key in clear; quick tests only). */
  auth?: 'signed' | 'simple' | undefined;
  /** API root; default `https://api.uploadcare.com`. May carry a path prefix (a proxy). */
  baseUrl?: string | undefined;
  /**
   * Upload API root, where groups are made (`create`, `uploadInfo`); default the spec's server
   * of those operations, `https://upload.uploadcare.com`. A mock serving both APIs on one port
   * is given as both `baseUrl` and `uploadBaseUrl`.
   */
  uploadBaseUrl?: string | undefined;
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
  /**
   * The API version every request asks for (its media type goes in `Accept`): one the spec
   * names, such as `'0.7'`. Default: the newest version each operation takes. A call whose
   * operation does not take this version fails with `InvalidArgumentError` before anything is
   * sent, naming the versions it takes (`store` takes only the older ones). The Upload API's
   * operations (`create`, `uploadInfo`) are not versioned: they send their own type whatever it is.
   *
   * @example
   * ```ts
   * const groups = createGroupsClient({ publicKey, secretKey, apiVersion: '0.7' });
   * ```
   */
  apiVersion?: ApiVersion | undefined;
}

const OPTION_NAMES = [
  'publicKey',
  'secretKey',
  'signer',
  'auth',
  'baseUrl',
  'uploadBaseUrl',
  'fetch',
  'maxRetries',
  'timeoutMs',
  'userAgent',
  'dateHeader',
  'maxRetryWaitMs',
  'maxResponseBytes',
  'apiVersion',
] as const satisfies readonly (keyof GroupsClientOptions)[];

/** The API root as `origin` and path `prefix` (no trailing slash), to append an operation's path to. */
export interface ResolvedClientOptions {
  origin: string;
  prefix: string;
  transport: TransportConfig;
  /** Undefined: the newest version each operation takes. */
  apiVersion: ApiVersion | undefined;
  /** The Upload API's root, like origin and prefix, and its transport: no Authorization, ever. */
  upload: { origin: string; prefix: string; transport: TransportConfig };
}

/** An API root as origin and path prefix; anything else (a query, a fragment, credentials) is refused. */
function apiRoot(url: URL, argument: string): { origin: string; prefix: string } {
  // Anything but origin and path (a query, a fragment, credentials) would change every request.
  if (url.href !== url.origin + url.pathname) fail(argument, 'must have no query, fragment or credentials');
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

/** Who sends a REST request without a secret key or signer: refused before anything is sent. */
const noRestCredentials: Authenticate = async () =>
  fail('secretKey', 'the REST API methods need secretKey or signer (create and uploadInfo need the public key only)');

/** True where the runtime drops a `Date` request header (browsers and their workers forbid it). */
function dropsDateHeader(): boolean {
  try {
    return !new Request('http://localhost/', { headers: { Date: 'x' } }).headers.has('date');
  } catch {
    return false;
  }
}

/** Where the date of a signed request goes; `Date` only where the runtime lets scripts set it. */
function dateHeader(value: unknown): DateHeaderName {
  const name = oneOf<DateHeaderName>(value ?? 'X-Uploadcare-Date', 'dateHeader', ['X-Uploadcare-Date', 'Date']);
  if (name === 'Date' && dropsDateHeader()) {
    fail('dateHeader', 'this runtime does not let scripts set the Date header: use "X-Uploadcare-Date"');
  }
  return name;
}

/**
 * A key that can travel in `Authorization: <scheme> <publicKey>:<secret>`. The public key can
 * hold no space, tab or colon: those separate the header's parts, so the service would read
 * another key (or none) than the one given.
 */
function key(value: unknown, argument: 'publicKey' | 'secretKey'): string {
  const text = headerValue(value, argument);
  if (text.length > MAX_KEY_LENGTH) {
    fail(argument, `must be at most ${MAX_KEY_LENGTH} characters (real keys have 20), got ${text.length}`);
  }
  if (argument === 'publicKey' && /[\s:]/.test(text)) {
    fail(argument, 'must not contain spaces, tabs or colons: they separate the parts of the Authorization header');
  }
  return text;
}

export function resolveClientOptions(options: GroupsClientOptions): ResolvedClientOptions {
  const given = object(options, 'options');
  knownKeys(given, OPTION_NAMES);
  const baseUrl = httpUrl(given.baseUrl ?? DEFAULT_BASE_URL, 'baseUrl');
  const { origin, prefix } = apiRoot(baseUrl, 'baseUrl');
  const publicKey = key(given.publicKey, 'publicKey');
  const { secretKey, signer } = given;
  const simple = oneOf(given.auth ?? 'signed', 'auth', ['signed', 'simple']) === 'simple';
  if (signer !== undefined) {
    if (simple) fail('signer', 'needs auth "signed"');
    if (secretKey !== undefined) fail('signer', 'pass secretKey or signer, not both');
    if (typeof signer !== 'function') fail('signer', 'must be a function');
  }
  // No secret key and no signer: a client for the Upload API only (a browser making groups).
  const uploadOnly = signer === undefined && secretKey === undefined && !simple;
  const secret = signer || uploadOnly ? undefined : key(secretKey, 'secretKey');
  // The secret travels in clear text with simple auth; the service refuses it over HTTP
  // anyway, so refuse before the secret leaves the process (loopback mocks excepted).
  if (simple && baseUrl.protocol === 'http:' && !/^(localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(baseUrl.hostname)) {
    fail('baseUrl', 'simple auth needs https');
  }
  const authenticate = uploadOnly
    ? noRestCredentials
    : simple
      ? simpleAuth(publicKey, secret as string)
      : signedAuth(publicKey, signer ?? createHmacSigner(secret as string), dateHeader(given.dateHeader));
  if (given.fetch !== undefined && typeof given.fetch !== 'function') fail('fetch', 'must be a function');
  const timeoutMs = given.timeoutMs ?? 30_000;
  const transport: TransportConfig = {
    authenticate,
    userAgent: headerValue(given.userAgent ?? DEFAULT_USER_AGENT, 'userAgent'),
    fetch: given.fetch,
    maxRetries: integerIn(given.maxRetries ?? 2, 'maxRetries', 0),
    timeoutMs: timeoutMs === Infinity ? timeoutMs : integerIn(timeoutMs, 'timeoutMs', 1, MAX_TIMER_MS),
    maxRetryWaitMs: integerIn(given.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS, 'maxRetryWaitMs', 0, MAX_TIMER_MS),
    maxResponseBytes: integerIn(given.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, 'maxResponseBytes', 1),
    redact: redactor(secret),
  };
  return {
    origin,
    prefix,
    apiVersion: given.apiVersion === undefined ? undefined : oneOf(given.apiVersion, 'apiVersion', API_VERSIONS),
    transport,
    // The Upload API takes the public key in the form or query: no Authorization header.
    upload: {
      ...apiRoot(httpUrl(given.uploadBaseUrl ?? OPERATIONS.createGroup.server, 'uploadBaseUrl'), 'uploadBaseUrl'),
      transport: { ...transport, authenticate: async () => {} },
    },
  };
}
