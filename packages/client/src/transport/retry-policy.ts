/**
 * Which answers are worth another attempt, and how long to wait before it.
 *
 * Retrying is safe here because every operation of this API is idempotent: GET reads,
 * PUT …/storage/ marks files stored (again is a no-op) and DELETE of a deleted group answers
 * 404 at worst. A future non-idempotent operation (a POST) must not go through this policy.
 */

/** 408 and 429 say "try later"; 500/502/503/504 are the transient server and proxy failures. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** First backoff ceiling: the first retry waits a random time in [0, 500) ms. */
export const BACKOFF_BASE_MS = 500;
/** The backoff ceiling stops doubling here. */
export const BACKOFF_MAX_MS = 8_000;
/** Default for `maxRetryWaitMs`: the longest `Retry-After` the client is willing to wait. */
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

/**
 * Exponential backoff with full jitter (a uniformly random wait below a doubling ceiling),
 * which spreads the retries of many clients hit by the same outage.
 * `retryIndex` is 0 before the first retry.
 */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}
