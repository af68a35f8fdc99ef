/**
 * Every error this package throws is an {@link UploadcareError}. None of them holds the secret
 * key: the request's headers are never kept (only its method and URL), and every error leaves
 * the client through a redaction (`redact.ts`) that replaces the secret, as written or
 * percent-encoded, in every string it carries at any depth: message, detail, URL, headers,
 * body, a custom fetch's error and its causes, hidden properties included.
 *
 * @example
 * ```ts
 * try {
 *   await groups.get(id);
 * } catch (err) {
 *   if (err instanceof NotFoundError) return null;
 *   if (err instanceof RateLimitError) console.warn(`throttled, retry in ${err.retryAfter}s`);
 *   throw err;
 * }
 * ```
 */
export class UploadcareError extends Error {
  override name = 'UploadcareError';

  /** `fields` are recorded on the error as they are: every subclass sets its fields here. */
  constructor(message: string, fields?: object, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }

  /**
   * A plain, credential-free description, so `JSON.stringify(err)` is safe to log: the name,
   * the message and the fields the class records (never the request's headers).
   */
  toJSON(): Record<string, unknown> {
    // `name` and the fields are the error's own enumerable properties; `message` is not.
    return { message: this.message, ...(this as object) };
  }
}

/** What every error about one HTTP request knows about it. */
export interface RequestDescription {
  /** The HTTP method, upper case. */
  method: string;
  /** The absolute URL requested (never carries credentials). */
  url: string;
}

/** Details of a non-2xx answer, as read by the client. */
export interface ApiErrorInit extends RequestDescription {
  status: number;
  /**
   * The `detail` of the JSON error body, or a short excerpt of a non-JSON body, or the status
   * text; at most 500 characters (the whole body is in `body`).
   */
  detail: string;
  /** The response headers, lower-case names. */
  headers: Record<string, string>;
  /** The whole body of the answer, as text. */
  body: string;
}

/** A message about one request: `GET https://… <text>`. */
const about = (request: RequestDescription, text: string) => `${request.method} ${request.url} ${text}`;

/**
 * The service answered with an error status. Subclasses cover the documented cases; other
 * statuses (3xx, which the client never follows, a REST API 403, 409, 413…) are thrown as this class itself.
 */
export class UploadcareApiError extends UploadcareError {
  override name = 'UploadcareApiError';
  declare readonly status: number;
  declare readonly detail: string;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly headers: Record<string, string>;
  declare readonly body: string;

  constructor(init: ApiErrorInit) {
    super(about(init, `answered ${init.status}: ${init.detail}`), init);
  }
}

/** 400: the request was malformed, or simple auth was used over plain HTTP. */
export class BadRequestError extends UploadcareApiError {
  override name = 'BadRequestError';
}

/**
 * 401: missing, unknown or wrong credentials, a wrong signature, or a date too far from the
 * server's clock; from the Upload API (`create`, `uploadInfo`), 403: a missing or unknown public
 * key, or a wrong or expired upload signature.
 */
export class AuthenticationError extends UploadcareApiError {
  override name = 'AuthenticationError';
}

/** 404: no group with this id in the project. */
export class NotFoundError extends UploadcareApiError {
  override name = 'NotFoundError';
}

/** 406: the `Accept` header names no API version or one the service does not accept for this operation. */
export class NotAcceptableError extends UploadcareApiError {
  override name = 'NotAcceptableError';
}

/** 429: throttled, and retries are exhausted or the wait asked for exceeds `maxRetryWaitMs`. */
export class RateLimitError extends UploadcareApiError {
  override name = 'RateLimitError';
  /** Seconds the service asked to wait (from `Retry-After`), when it said. */
  declare readonly retryAfter: number | undefined;

  // Narrows the parameter: the base constructor records every field of `init`, retryAfter included.
  constructor(init: ApiErrorInit & { retryAfter: number | undefined }) {
    super(init);
  }
}

/** 5xx: the service (or a proxy in front of it) failed; thrown once retries are exhausted. */
export class ServerError extends UploadcareApiError {
  override name = 'ServerError';
}

/** The request never got an answer: DNS, refused or reset connection, TLS, CORS… (`cause` holds the fetch error). */
export class ConnectionError extends UploadcareError {
  override name = 'ConnectionError';
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: RequestDescription, options?: { cause?: unknown }) {
    super(about(init, 'failed: could not reach the service'), init, options);
  }
}

/** An attempt took longer than `timeoutMs`, signing included (thrown when it was the last attempt allowed). */
export class TimeoutError extends UploadcareError {
  override name = 'TimeoutError';
  declare readonly method: string;
  declare readonly url: string;
  declare readonly timeoutMs: number;

  constructor(init: RequestDescription & { timeoutMs: number }) {
    super(about(init, `timed out after ${init.timeoutMs} ms`), init);
  }
}

/**
 * The caller's `signal` aborted the operation (during a request or a wait between retries).
 * `cause` is the signal's `reason`. Its `name` is `'AbortError'`, like the DOMException
 * fetch throws, so `err.name === 'AbortError'` checks keep working.
 */
export class AbortError extends UploadcareError {
  override name = 'AbortError';

  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what} was aborted by the caller`, undefined, options);
  }
}

/** The `signer` threw or resolved to something that is not a signature (`cause` holds what it threw). */
export class SignerError extends UploadcareError {
  override name = 'SignerError';
}

/** Bad input, caught before any request is sent. `argument` names the offending argument or option. */
export class InvalidArgumentError extends UploadcareError {
  override name = 'InvalidArgumentError';
  declare readonly argument: string;

  constructor(argument: string, problem: string) {
    super(`${argument}: ${problem}`, { argument });
  }
}

/**
 * A 2xx answer that is not what the spec documents: not JSON, a field missing or of the wrong
 * type, a body over `maxResponseBytes`, or a page whose `next` link cannot be followed.
 */
export class InvalidResponseError extends UploadcareError {
  override name = 'InvalidResponseError';
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: RequestDescription & { status: number }, problem: string) {
    super(about(init, `answered ${init.status} with ${problem}`), init);
  }
}
