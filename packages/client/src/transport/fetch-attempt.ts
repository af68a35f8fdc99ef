/**
 * One HTTP attempt, under its own timer from signing to the last byte of the body, and under
 * the caller's signal. The attempt settles as soon as the timer or the signal fires, so neither
 * a signer nor a custom `fetch` that never answers can hang the client; the attempt's own
 * controller then cancels the socket. Redirects are not followed: the API never redirects, so a
 * 3xx comes back as an answer and fails the call.
 */
import { CONTENT_TYPE } from '../auth/request-auth.js';
import { ConnectionError, InvalidResponseError, TimeoutError } from '../errors.js';
import { race } from './race.js';
import { readBody } from './read-body.js';
import type { RetryAfterForms } from './retry-policy.js';
import type { TransportConfig } from './transport-config.js';

/** The `fetch` the client calls: the standard signature, always with a URL string and a plain headers object. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One request, as the operations describe it; the transport adds the headers it owns. */
export interface OutgoingRequest {
  method: string;
  /** Absolute URL, exactly as it will be sent. */
  url: string;
  /** Its path and query, exactly as sent: what the signature covers. */
  uri: string;
  /** The `Accept` media type: the API version the operation takes. */
  accept: string;
  /**
   * The `Content-Type` to send: default `application/json` (what REST signatures are made
   * with); `null` sends none (the Upload API's GET, which a browser then sends without the
   * content-type part of a CORS preflight).
   */
  contentType?: string | null | undefined;
  /**
   * False for an operation that is not safe to repeat (creating a group): it is then retried
   * only on answers saying it was not carried out (408, 429), never after a lost attempt.
   */
  idempotent?: boolean | undefined;
  signal?: AbortSignal | undefined;
  /** More headers (the raw client's, its `Content-Type` included); the transport's own always win. */
  headers?: Record<string, string> | undefined;
  /** A body that is not empty (a GET or DELETE must have none). */
  body?: Uint8Array | undefined;
  /** The hex MD5 of `body`, when there is one. */
  bodyMd5?: string | undefined;
  /** The operation's answers the spec documents with `Retry-After` (retried, the wait read in that form). */
  retryAfter?: RetryAfterForms | undefined;
}

/** An answer read to the end, as plain data: no stream, no socket left open. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** An earlier attempt of this call may have reached the service (it timed out, lost its connection or got a 5xx). */
  lost: boolean;
}

export function fetchAttempt(config: TransportConfig, request: OutgoingRequest): Promise<HttpAnswer> {
  const { method, url } = request;
  const { timeoutMs, maxResponseBytes } = config;
  return race(
    `${method} ${url}`,
    request.signal,
    timeoutMs,
    async (signal) => {
      const headers: Record<string, string> = {
        ...(request.contentType === null ? {} : { 'Content-Type': request.contentType ?? CONTENT_TYPE }),
        ...request.headers,
        Accept: request.accept,
        'X-UC-User-Agent': config.userAgent,
      };
      await config.authenticate(headers, method, request.uri, request.bodyMd5);
      let response: Response;
      let text: string | undefined;
      try {
        // `(a ?? b)(…)` calls with no `this`, as a browser's own fetch requires.
        response = await (config.fetch ?? fetch)(url, {
          method,
          headers,
          // A plain Uint8Array (not the generic of TypeScript 5.7+), so the .d.ts works on older TypeScript.
          ...(request.body !== undefined && { body: request.body as unknown as BodyInit }),
          signal,
          redirect: 'manual',
        });
        text = await readBody(response, maxResponseBytes);
      } catch (cause) {
        throw new ConnectionError({ method, url }, { cause: config.redact(cause) });
      }
      const { status } = response;
      if (text === undefined) {
        throw new InvalidResponseError(
          { method, url, status },
          `a body over ${maxResponseBytes} bytes (maxResponseBytes)`,
        );
      }
      return { status, statusText: response.statusText, headers: response.headers, text, lost: false };
    },
    () => new TimeoutError({ method, url, timeoutMs }),
  );
}
