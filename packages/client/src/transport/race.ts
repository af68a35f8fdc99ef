/**
 * What an attempt and a wait between attempts share: they end as soon as the caller's signal
 * aborts or their timer fires, whatever the work under them does. Neither a signer nor a custom
 * `fetch` that never answers can hang the client; the work's own signal then cancels it.
 */
import { AbortError } from '../errors.js';
import { noop, onAbort } from './on-abort.js';

/**
 * Settles with `work`, unless the caller's `signal` aborts first (an AbortError about `what`,
 * with the signal's reason as cause) or `ms` pass first: then it rejects with `timedOut()`, or,
 * without one, resolves (a plain wait). The signal handed to `work` aborts when `work` lost;
 * `ms` of `Infinity` sets no timer.
 */
export function race<T>(
  what: string,
  signal: AbortSignal | undefined,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  timedOut?: () => Error,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (ok: boolean, outcome?: unknown) => {
      clearTimeout(timer);
      unsubscribe();
      if (ok) return resolve(outcome as T);
      controller.abort();
      reject(outcome);
    };
    const aborted = () => settle(false, new AbortError(what, { cause: signal?.reason }));
    const unsubscribe = onAbort(signal, aborted);
    if (signal?.aborted) return aborted();
    if (ms < Infinity) timer = setTimeout(() => settle(!timedOut, timedOut?.()), ms);
    work(controller.signal).then(
      (value) => settle(true, value),
      (error: unknown) => settle(false, error),
    );
  });
}

/** Never settles: the work of a plain wait, which only its timer or the signal ends. */
export const forever = () => new Promise<never>(noop);
