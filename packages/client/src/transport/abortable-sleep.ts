/** Resolves after `ms`, or rejects with `onAbort()` as soon as `signal` aborts. Leaves no listener behind. */
import { onAbort } from './on-abort.js';

export function abortableSleep(ms: number, signal: AbortSignal | undefined, abortError: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const unsubscribe = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(abortError());
        })
      : () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
  });
}
