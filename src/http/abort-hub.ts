// One abort listener per signal, however many calls of a client share it. A
// listener per call would pile up on a signal shared by a whole batch (a
// queued call holds it while it waits), and Node warns past a bound
// (MaxListenersExceededWarning), as for a leak. The one listener stays as
// long as the signal does: one per client, whatever the number of calls.

/** Calls `fn` when `signal` aborts; returns the function that stops it. */
export type OnAbort = (signal: AbortSignal, fn: () => void) => () => void;

/** A client's hub: its calls subscribe here, it alone listens to each signal. */
export function createAbortHub(): OnAbort {
  const subscribers = new WeakMap<AbortSignal, Set<() => void>>();
  return (signal, fn) => {
    let fns = subscribers.get(signal);
    if (!fns) {
      const all = (fns = new Set());
      subscribers.set(signal, all);
      signal.addEventListener("abort", () => all.forEach((f) => f()), {
        once: true,
      });
    }
    fns.add(fn);
    return () => fns.delete(fn);
  };
}
