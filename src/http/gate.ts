// The gate every try of a client passes before it is sent: at most
// `maxConcurrency` tries in flight (and no more than 10 before a first
// response has said whether there is a limit), and none sent into a rate
// limit the server has announced as spent. It learns from every response:
// `X-RateLimit-Limit` / `-Remaining` (as the Civis API sends them),
// `X-RateLimit-Reset` (the window's end: epoch seconds, or seconds from now
// when small) and, on a 429 without it, `Retry-After`. A retry spends the
// same budget as a new call (else it collides with the calls a new window
// admits, and meets another 429), but waits ahead of them. Waiting tries
// queue in order; a caller's abort takes its try out at once. A window that
// ends further ahead than the client will wait refuses the tries at once.
import { headerNumber, parseRetryAfter } from "../text/header-values.js";

/** A spent limit with no word on when it ends: one try probes after this. */
const PROBE_AFTER_MS = 1000;
/** Tries in flight at once before any response came: a burst runs no further blind. */
const MAX_IN_FLIGHT_BEFORE_ANY_RESPONSE = 10;
/** A timer that ends less than this before the window does fired early. */
const EARLY_MS = 50;
const noop = (): void => {};

/**
 * The clock the gate reads, in epoch ms, as the server's `X-RateLimit-Reset`
 * is. Replaced only by tests, which drive one fake clock for the client's
 * `sleep` and the emulator's rate limit instead of waiting out real windows.
 */
export const clock = { now: (): number => Date.now() };

export interface Gate {
  /**
   * Takes a slot for one try: undefined when it may go at once (no promise,
   * the common case), else a promise that resolves when it may go, or
   * rejects with `signal.reason` when the caller aborts first, or with a
   * `LongWait` when the window it waits for ends past the bound. A retry
   * gives the time its wait ran to (epoch ms): a window that ends by then is
   * over, though an injected sleep may have returned at once.
   */
  enter(
    signal: AbortSignal | undefined,
    retryAt: number | undefined,
  ): Promise<void> | undefined;
  /** Gives the slot back once the try is over, with its response if any. */
  leave(response: Response | undefined): void;
}

/**
 * Why the gate refused a try: the spent window ends in `waitMs`, past the
 * bound. Never seen outside: the transport turns it into its error.
 */
export class LongWait {
  constructor(readonly waitMs: number) {}
}

type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** A try waiting at the gate: let go, or refused. */
type Waiter = (refusal?: LongWait) => void;

const count = (h: Headers, name: string): number | undefined => {
  const n = headerNumber(h, name);
  return n !== null && n >= 0 ? n : undefined;
};

/**
 * The end of the window that an `X-RateLimit-Reset` value names, in epoch
 * ms: epoch seconds (GitHub's form, with a fraction as Discord sends it),
 * epoch ms, or seconds from now (the IETF draft's form) when small.
 */
export function resetAtMs(value: number, nowMs: number): number {
  if (value >= 1e12) return value;
  if (value >= 1e9) return value * 1000;
  return nowMs + value * 1000;
}

/**
 * A client's gate; `maxConcurrency` may be Infinity (no bound), and so may
 * `maxWaitMs`, the longest wait for a spent window to end.
 */
export function createGate(
  maxConcurrency: number,
  sleep: Sleep,
  maxWaitMs: number,
): Gate {
  let inFlight = 0;
  // What the server says is left in this window (the lowest figure seen, as
  // answers may arrive out of order), the window's size and its end.
  // `guessed`: `remaining` is ours (a fresh window), not the server's.
  let remaining: number | undefined;
  let guessed = false;
  let limit: number | undefined;
  let resetAt: number | undefined;
  const queue: Waiter[] = [];
  let sleeping: AbortController | undefined;

  // Tries in flight at once, at most: lower until a first response came.
  let cap = Math.min(maxConcurrency, MAX_IN_FLIGHT_BEFORE_ANY_RESPONSE);
  // Every try in flight may still count against what is left.
  const open = () =>
    inFlight < cap && (remaining === undefined || remaining > inFlight);

  // A new window: as large as the last one, or one try to learn its size.
  const renew = (known: boolean) => {
    remaining = known && limit !== undefined ? limit : 1;
    guessed = true;
    resetAt = undefined;
  };

  const pump = (nowMs = clock.now()) => {
    if (!open() && resetAt !== undefined && resetAt <= nowMs) renew(true);
    while (queue.length && open()) {
      inFlight++;
      queue.shift()!();
    }
    if (!queue.length) return;
    // How long a spent window still lasts: past the bound, nobody waits.
    const waitMs =
      remaining === 0 && resetAt !== undefined
        ? Math.ceil(resetAt - clock.now())
        : 0;
    if (waitMs > maxWaitMs) {
      for (const w of queue.splice(0)) w(new LongWait(waitMs));
      sleeping?.abort();
      sleeping = undefined;
      return;
    }
    // Spent, and no try in flight to say more: wait for the window's end.
    if (!inFlight && !sleeping) wait();
  };

  const wait = () => {
    const controller = new AbortController();
    sleeping = controller;
    const known = resetAt !== undefined;
    const until = resetAt ?? clock.now() + PROBE_AFTER_MS;
    // A timer may fire a few ms before the clock reaches `until`: one more
    // short wait then (an injected sleep that returns at once is trusted).
    const nap = (ms: number, again: boolean): Promise<void> =>
      sleep(ms, controller.signal).then(() => {
        const left = until - clock.now();
        if (again && left > 0 && left < EARLY_MS) return nap(left, false);
      });
    nap(Math.max(1, until - clock.now()), true).then(() => {
      if (sleeping !== controller) return; // called off meanwhile
      sleeping = undefined;
      renew(known);
      pump();
    }, noop);
  };

  const learn = (h: Headers, status: number) => {
    const left = count(h, "x-ratelimit-remaining");
    const reset = count(h, "x-ratelimit-reset");
    const end = reset === undefined ? undefined : resetAtMs(reset, clock.now());
    if (status === 429) {
      // Refused: nothing new goes until the window it names ends, or its
      // Retry-After; with neither, until a probe.
      const after = parseRetryAfter(h.get("retry-after"));
      remaining = 0;
      guessed = false;
      resetAt = end ?? (after === undefined ? undefined : clock.now() + after);
      return;
    }
    if (left === undefined) return;
    limit = count(h, "x-ratelimit-limit") ?? limit;
    // Seconds-from-now values drift by under a second within one window.
    const slack = reset !== undefined && reset < 1e9 ? 1000 : 0;
    if (end !== undefined && resetAt !== undefined && end < resetAt - slack)
      return; // an answer from a window that is over
    // A later end (or none to compare) is a new window: its figure counts.
    const fresh =
      end === undefined || resetAt === undefined || end > resetAt + slack;
    remaining = guessed || fresh ? left : Math.min(remaining ?? left, left);
    guessed = false;
    if (fresh) resetAt = end;
  };

  return {
    enter(signal, retryAt) {
      if (retryAt !== undefined) pump(retryAt);
      if (!queue.length && open()) {
        inFlight++;
        return undefined;
      }
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          queue.splice(queue.indexOf(w), 1);
          // Nobody left to wait for: no timer keeps the process alive.
          if (!queue.length) {
            sleeping?.abort();
            sleeping = undefined;
          }
          reject(signal!.reason);
        };
        const w: Waiter = (refusal) => {
          signal?.removeEventListener("abort", onAbort);
          if (refusal) reject(refusal);
          else resolve();
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        if (retryAt !== undefined) queue.unshift(w);
        else queue.push(w);
        pump();
      });
    },
    leave(response) {
      inFlight--;
      if (response) {
        cap = maxConcurrency;
        learn(response.headers, response.status);
      }
      if (queue.length) pump();
    },
  };
}
