// Every error the fake answers, in one table: kind -> status + `{ "detail" }`. Statuses come
// from the spec's named error answers and details from its documented examples; where the spec
// documents no words (a bad parameter, a stale date), the detail names the true reason.
import { ERROR_EXAMPLES } from '../../generated/error-examples.js';
import { ERROR_RESPONSES } from '../../generated/error-responses.js';
import { DEMO_KEYS } from '../auth/keys.js';
import type { ApiErrorBody } from '../types.js';

export interface ApiError {
  status: number;
  body: ApiErrorBody;
  headers?: Record<string, string>;
  /** The Upload API's name of the error (`GroupFilesNotFoundError`), sent in its JSON errors. */
  code?: string;
}

/**
 * The public key in the spec's UnknownPublicKeyError example, replaced by the key a request
 * used: the demo key, the mock's default (a test pins that the example names it).
 */
export const EXAMPLE_PUBLIC_KEY = DEMO_KEYS.publicKey;

const documented = (name: keyof typeof ERROR_EXAMPLES): ApiError => ({
  status: ERROR_EXAMPLES[name].status,
  body: { detail: ERROR_EXAMPLES[name].detail },
});

const error = (status: number, detail: string): ApiError => ({ status, body: { detail } });

export const apiErrors = {
  simpleAuthOverHttp: () => documented('SimpleAuthOverHttpError'),
  missingCredentials: () => documented('MissingCredentialsError'),
  unknownPublicKey: (publicKey: string) =>
    error(
      ERROR_EXAMPLES.UnknownPublicKeyError.status,
      ERROR_EXAMPLES.UnknownPublicKeyError.detail.replace(EXAMPLE_PUBLIC_KEY, publicKey),
    ),
  invalidSignature: () => documented('InvalidSignatureError'),
  /** A signed request without a usable date: missing, not an HTTP date, or outside the window. */
  badRequestDate: (reason: string) => error(ERROR_RESPONSES.Unauthorized.status, reason),
  notAcceptable: () => documented('NotAcceptableError'),
  /** The Accept header names an API version the spec knows, but not one this operation takes. */
  wrongVersion: (operation: string, accepted: readonly string[]) =>
    error(
      ERROR_RESPONSES.NotAcceptable.status,
      `${ERROR_EXAMPLES.NotAcceptableError.detail} ${operation} takes Accept: ${accepted.join(' or ')}.`,
    ),
  /**
   * The throttling answer; `Retry-After` in the form the spec documents for it on this
   * operation (`http-date`: the date `now` plus the wait; otherwise whole seconds).
   */
  throttled: (retryAfterSeconds: number, form: string | undefined = 'seconds', now: Date = new Date()) => ({
    status: ERROR_EXAMPLES.ThrottledError.status,
    body: { detail: throttledDetail(retryAfterSeconds) },
    headers: { 'Retry-After': retryAfterValue(retryAfterSeconds, form, now) },
  }),
  notFound: () => documented('NotFoundError'),
  /** A query or path parameter the service cannot use; `detail` names it and says what it takes. */
  badParameter: (detail: string) => error(ERROR_RESPONSES.BadRequest.status, detail),
  /** A method the path does not serve (not part of the contract, so no documented status). */
  methodNotAllowed: (method: string, allowed: readonly string[]) => ({
    status: 405,
    body: { detail: `Method "${method}" not allowed.` },
    headers: { Allow: allowed.join(', ') },
  }),
  /**
   * An outage injected with the `fail` fault. When the spec documents a `Retry-After` for this
   * status (`form`), the answer carries one (a second), in that form.
   */
  injectedFailure: (status: number, form?: string, now: Date = new Date()): ApiError => ({
    ...error(status, `Server error ${status}, injected by the mock's fail fault (configure({ fail: null }) ends it).`),
    ...(form === undefined ? {} : { headers: { 'Retry-After': retryAfterValue(1, form, now) } }),
  }),
  /** A request body larger than the fake reads. */
  tooLarge: (limitBytes: number) => error(413, `Request body larger than ${limitBytes} bytes.`),
} satisfies Record<string, (...args: never[]) => ApiError>;

/** A `Retry-After` value in the documented form: whole seconds, or (`http-date`) the date `now` plus the wait. */
export function retryAfterValue(seconds: number, form: string | undefined, now: Date): string {
  return form === 'http-date' ? new Date(now.getTime() + seconds * 1000).toUTCString() : String(seconds);
}

/** The documented throttling detail with the real wait: "… Expected available in 3 seconds." */
function throttledDetail(seconds: number): string {
  const text = ERROR_EXAMPLES.ThrottledError.detail.replace(/\d+/, String(seconds));
  return seconds === 1 ? text.replace(/\bseconds\b/, 'second') : text;
}
