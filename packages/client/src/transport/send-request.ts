/**
 * Sends one logical request: authenticates each attempt afresh, applies the per-attempt
 * timeout, and retries what the retry policy allows. `maxRetries: N` means at most N + 1 HTTP
 * requests, never more. Returns the final answer, read to the end, whatever its status; throws
 * ConnectionError / TimeoutError when the last attempt got no answer, AbortError when the
 * caller's signal fired (also during a wait between attempts).
 */
import { ConnectionError, TimeoutError } from '../errors.js';
import { fetchAttempt, type HttpAnswer, type OutgoingRequest } from './fetch-attempt.js';
import { forever, race } from './race.js';
import { parseRetryAfterMs } from './retry-after.js';
import { backoffDelayMs, isRetryable, notCarriedOut, retryAfterFormOf } from './retry-policy.js';
import type { TransportConfig } from './transport-config.js';

export type SendRequest = (request: OutgoingRequest) => Promise<HttpAnswer>;

export function createSendRequest(config: TransportConfig): SendRequest {
  return async (request) => {
    let lost = false;
    for (let attempt = 0; ; attempt++) {
      const isLast = attempt >= config.maxRetries;
      let waitMs: number | undefined;
      try {
        const answer = await fetchAttempt(config, request);
        answer.lost = lost;
        const retryable =
          request.idempotent === false
            ? notCarriedOut(answer.status, request.retryAfter)
            : isRetryable(answer.status, request.retryAfter);
        if (isLast || !retryable) return answer;
        lost ||= answer.status > 499;
        const retryAfterMs = parseRetryAfterMs(
          answer.headers.get('retry-after'),
          retryAfterFormOf(answer.status, request.retryAfter),
        );
        // Retrying before the service's stated time is certain to be throttled again: give
        // the answer back (a RateLimitError with retryAfter) rather than wait that long.
        if (retryAfterMs > config.maxRetryWaitMs) return answer;
        if (retryAfterMs >= 0) waitMs = retryAfterMs;
      } catch (error) {
        if (isLast || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
        // The attempt may have reached the service: repeating what is not idempotent could do it twice.
        if (request.idempotent === false) throw error;
        lost = true;
      }
      await race(`${request.method} ${request.url}`, request.signal, waitMs ?? backoffDelayMs(attempt), forever);
    }
  };
}
