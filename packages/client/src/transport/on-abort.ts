/**
 * Subscribes to a signal's abort with one listener per signal, however many calls share it:
 * 200 concurrent calls on one signal add one listener (no MaxListenersExceededWarning), and
 * each call's unsubscribe leaves nothing behind.
 */
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

export const noop = () => {};

/** Calls `listener` when `signal` aborts; returns the unsubscribe. No signal, nothing to do. */
export function onAbort(signal: AbortSignal | undefined, listener: () => void): () => void {
  if (!signal) return noop;
  let listeners = subscribers.get(signal);
  if (!listeners) {
    const created = new Set<() => void>();
    subscribers.set(signal, created);
    signal.addEventListener('abort', () => {
      for (const each of created) each();
    });
    listeners = created;
  }
  listeners.add(listener);
  const own = listeners;
  return () => own.delete(listener);
}
