// The transport's clock work: the per-try timeout's check and the wait
// between tries, which a caller's abort ends at once.

// Larger delays overflow setTimeout into ~1 ms.
export const MAX_TIMER_MS = 2_147_483_647;

/** The per-try timeout, checked: a positive number of ms (or Infinity). */
export function checkTimeout(ms: number): number {
  if (!(ms > 0))
    throw new RangeError("timeoutMs must be a positive number (or Infinity)");
  return ms;
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
