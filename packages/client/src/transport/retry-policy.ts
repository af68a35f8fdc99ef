/**
 * Which answers are worth another attempt, and how long to wait before it.
 *
 * Retrying is safe here because every operation of this API is idempotent: GET reads,
 * PUT …/storage/ marks files stored (again is a no-op) and DELETE of a deleted group answers
 * 404 at worst. The one non-idempotent operation, `POST /group/`, is retried only on
 * {@link notCarriedOut} (see `OutgoingRequest.idempotent`).
 */

/** The form of a `Retry-After` the spec documents (generated `OPERATIONS[…].retryAfter`). */
export type RetryAfterForm = 'seconds' | 'http-date' | 'either';

/** An operation's answers documented with `Retry-After`: status -> the form of the wait. */
export type RetryAfterForms = Readonly<Record<string, RetryAfterForm>>;

/**
 * Retried whatever the spec says: 408 and the transient failures of a server and of the proxies
 * and gateways in front of it (500/502/503/504). These are HTTP's, not the service's contract.
 */
const TRANSIENT_STATUSES = [408, 500, 502, 503, 504];

/**
 * Whether an answer is retried: a status the operation documents with a `Retry-After` header
 * (the service's "try later", 429 in this spec; a 503 the spec adds with one is retried the
 * same way), or a transient failure.
 */
export const isRetryable = (status: number, documented: RetryAfterForms = {}) =>
  Object.hasOwn(documented, String(status)) || TRANSIENT_STATUSES.includes(status);

/** The form the operation documents for this status's `Retry-After` (`either` when it documents none). */
export const retryAfterFormOf = (status: number, documented: RetryAfterForms = {}): RetryAfterForm =>
  Object.hasOwn(documented, String(status)) ? (documented[String(status)] as RetryAfterForm) : 'either';

/**
 * Whether an answer says the request was not carried out: 408 (the server timed out waiting for
 * it) or a status the operation documents with `Retry-After` (throttled: "try later"). The only
 * answers a non-idempotent operation (`POST /group/`, which makes a new group each time) is
 * retried on.
 */
export const notCarriedOut = (status: number, documented: RetryAfterForms = {}) =>
  status === 408 || Object.hasOwn(documented, String(status));

/** Default for `maxRetryWaitMs`: the longest `Retry-After` the client is willing to wait. */
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

/**
 * Exponential backoff with full jitter (a uniformly random wait below a doubling ceiling: 0.5 s
 * before the first retry, then 1 s, 2 s, 4 s and 8 s at most), which spreads the retries of
 * many clients hit by the same outage. `retryIndex` is 0 before the first retry.
 */
export const backoffDelayMs = (retryIndex: number) => Math.random() * Math.min(8000, 500 * 2 ** retryIndex);
