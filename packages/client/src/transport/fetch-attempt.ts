/**
 * One HTTP attempt with its own timeout timer, combined by hand with the caller's signal
 * (AbortSignal.any is missing from older runtimes). The body is read inside the attempt, so
 * the timeout also covers a server that sends headers and then stalls. Both waits are raced
 * against the abort, so even a custom `fetch` that ignores `signal` cannot hang the client.
 */
import { AbortError, ConnectionError, TimeoutError } from '../errors.js';

/** The `fetch` the client calls: the standard signature, always with a URL string and a plain headers object. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface AttemptRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | undefined;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export async function fetchAttempt(
  fetchImpl: FetchLike,
  request: AttemptRequest,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Response> {
  const description = { method: request.method, url: request.url };
  const abortError = () => new AbortError(`${request.method} ${request.url}`, { cause: callerSignal?.reason });
  if (callerSignal?.aborted) throw abortError();

  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  // The listener needs no removal: the controller is this attempt's own and is dropped with it.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  // The race loser must not surface as an unhandled rejection.
  aborted.catch(() => {});

  try {
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
    if (request.body && request.body.length > 0) init.body = request.body;
    const response = await Promise.race([fetchImpl(request.url, init), aborted]);
    const bytes = new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
    // A buffered copy: the caller may read it any number of times, with no socket left open.
    return new Response(NULL_BODY_STATUSES.has(response.status) || bytes.length === 0 ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    if (callerSignal?.aborted) throw abortError();
    if (timedOut) throw new TimeoutError({ ...description, timeoutMs });
    throw new ConnectionError(description, { cause: error });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}
