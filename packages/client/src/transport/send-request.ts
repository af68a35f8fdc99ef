/**
 * Sends one logical request: authenticates each attempt afresh, applies the per-attempt
 * timeout, and retries what the retry policy allows. `maxRetries: N` means at most N + 1
 * HTTP requests, never more. Returns the final answer, read to the end, whatever its status;
 * throws ConnectionError / TimeoutError when the last attempt got no answer, AbortError when
 * the caller's signal fired (also during a wait between attempts).
 */
import { authenticationHeaders, type RequestAuth } from '../auth/request-auth.js';
import { AbortError, ConnectionError, TimeoutError } from '../errors.js';
import { abortableSleep } from './abortable-sleep.js';
import { type FetchLike, fetchAttempt, type HttpAnswer } from './fetch-attempt.js';
import { parseRetryAfterMs } from './retry-after.js';
import { backoffDelayMs, RETRYABLE_STATUSES } from './retry-policy.js';

export interface TransportConfig {
  auth: RequestAuth;
  /** The default `Accept` value: `application/vnd.uploadcare-v0.7+json` for apiVersion 0.7. */
  accept: string;
  userAgent: string;
  fetch: FetchLike | undefined;
  maxRetries: number;
  timeoutMs: number;
  maxRetryWaitMs: number;
}

export interface OutgoingRequest {
  method: string;
  /** Absolute URL, exactly as it will be sent. */
  url: string;
  /** Extra headers (e.g. the v0.6 `Accept` of store). Auth headers are always computed here. */
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer> | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sent on every request, body or not, like the official clients do: the service is known to
 * verify signatures over this value, and a constant value keeps the signed string identical
 * for every operation.
 */
export const CONTENT_TYPE = 'application/json';

/** Header names the transport owns; a caller's copy of them is dropped. */
const OWNED_HEADERS = new Set(['authorization', 'date', 'x-uploadcare-date']);

export type SendRequest = (request: OutgoingRequest) => Promise<HttpAnswer>;

export function createSendRequest(config: TransportConfig): SendRequest {
  return async function sendRequest(request) {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const uri = `${url.pathname}${url.search}`;
    const href = url.href;
    const headers: Record<string, string> = {
      Accept: config.accept,
      'Content-Type': CONTENT_TYPE,
      'X-UC-User-Agent': config.userAgent,
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      const lowerName = name.toLowerCase();
      if (OWNED_HEADERS.has(lowerName)) continue;
      // Request objects lower-case header names; keep the canonical spelling of ours.
      headers[Object.keys(headers).find((key) => key.toLowerCase() === lowerName) ?? name] = value;
    }
    const contentType = headers['Content-Type'];
    // Resolved on each call so a fetch polyfilled after the client was created is still found.
    const fetchImpl: FetchLike = config.fetch ?? ((input, init) => globalThis.fetch(input, init));

    for (let attempt = 0; ; attempt++) {
      const isLast = attempt >= config.maxRetries;
      const auth = await authenticationHeaders(config.auth, { method, body: request.body, contentType, uri });
      let waitMs: number | undefined;
      try {
        const response = await fetchAttempt(
          fetchImpl,
          { method, url: href, headers: { ...headers, ...auth }, body: request.body },
          config.timeoutMs,
          request.signal,
        );
        if (isLast || !RETRYABLE_STATUSES.has(response.status)) return response;
        const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
        // Retrying before the service's stated time is certain to be throttled again: give
        // the answer back (a RateLimitError with retryAfter) rather than wait that long.
        if (retryAfterMs !== undefined && retryAfterMs > config.maxRetryWaitMs) return response;
        waitMs = retryAfterMs ?? backoffDelayMs(attempt);
      } catch (error) {
        const retryable = error instanceof ConnectionError || error instanceof TimeoutError;
        if (isLast || !retryable) throw error;
        waitMs = backoffDelayMs(attempt);
      }
      await abortableSleep(
        waitMs,
        request.signal,
        () => new AbortError(`${method} ${href}`, { cause: request.signal?.reason }),
      );
    }
  };
}
