/**
 * Which answers are worth another attempt, and how long to wait before it.
 *
 * Retrying is safe here because every operation of this API is idempotent: GET reads,
 * PUT …/storage/ marks files stored (again is a no-op) and DELETE of a deleted group answers
 * 404 at worst. The one non-idempotent operation, `POST /group/`, is retried only on
 * {@link NOT_CARRIED_OUT} (see `OutgoingRequest.idempotent`).
 */

/** 408 and 429 say "try later"; 500/502/503/504 are the transient server and proxy failures. */
const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];

export const isRetryable = (status: number) => RETRYABLE_STATUSES.includes(status);

/**
 * The answers that say the request was not carried out (timed out waiting for it, throttled):
 * the only ones a non-idempotent operation (`POST /group/`, which makes a new group each time)
 * is retried on.
 */
export const NOT_CARRIED_OUT: readonly number[] = [408, 429];

/** Default for `maxRetryWaitMs`: the longest `Retry-After` the client is willing to wait. */
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

/**
 * Exponential backoff with full jitter (a uniformly random wait below a doubling ceiling: 0.5 s
 * before the first retry, then 1 s, 2 s, 4 s and 8 s at most), which spreads the retries of
 * many clients hit by the same outage. `retryIndex` is 0 before the first retry.
 */
export const backoffDelayMs = (retryIndex: number) => Math.random() * Math.min(8000, 500 * 2 ** retryIndex);
