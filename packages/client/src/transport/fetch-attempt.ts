/**
 * One HTTP attempt with its own timeout timer, combined by hand with the caller's signal
 * (AbortSignal.any is missing from older runtimes). The body is read inside the attempt, so
 * the timeout also covers a server that sends headers and then stalls. The attempt settles
 * as soon as the timer or the caller's signal fires, so even a custom `fetch` that ignores
 * `signal` cannot hang the client.
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

/**
 * An answer read to the end: the caller may use it any number of times, with no socket left
 * open. Plain data rather than a Response, which would cost a stream and a Headers copy.
 */
export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}

export function fetchAttempt(
  fetchImpl: FetchLike,
  request: AttemptRequest,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<HttpAnswer> {
  const description = { method: request.method, url: request.url };
  const abortError = () => new AbortError(`${request.method} ${request.url}`, { cause: callerSignal?.reason });
  if (callerSignal?.aborted) return Promise.reject(abortError());

  // One promise per attempt, settled by whichever comes first: the answer, a fetch failure,
  // the timer or the caller's abort. The controller also cancels the socket in the last two.
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const stop = (error: Error) => {
      finish();
      controller.abort(callerSignal?.aborted ? callerSignal.reason : undefined);
      reject(error);
    };
    const onAbort = () => stop(abortError());
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => stop(new TimeoutError({ ...description, timeoutMs })), timeoutMs)
      : undefined;
    const finish = () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    };
    callerSignal?.addEventListener('abort', onAbort);

    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
    if (request.body && request.body.length > 0) init.body = request.body;
    // fetchImpl is called inside a then() so that one throwing synchronously is a ConnectionError too.
    Promise.resolve()
      .then(() => fetchImpl(request.url, init))
      .then(async (response) => {
        const { status, statusText, headers } = response;
        const body = new Uint8Array(await response.arrayBuffer());
        finish();
        resolve({ status, statusText, headers, body });
      })
      .catch((error: unknown) => {
        // After stop() this rejection is the fetch's own abort error: the promise is settled already.
        finish();
        reject(new ConnectionError(description, { cause: error }));
      });
  });
}
