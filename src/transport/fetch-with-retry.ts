// A fetch with retries and per-try timeouts, given to openapi-fetch as its
// `fetch` option. It sits under the middleware: auth and headers run once per
// call, and every try sends a clone of the one Request openapi-fetch built
// (bodies are single-use, so the original is never sent and stays cloneable).
//
// Per-call options: openapi-fetch 0.17 accepts a per-call `fetch` in a call's
// init (it destructures `fetch = baseFetch` from it), so a wrapper passes
// `{ fetch: retryingFetch.withOptions({ timeoutMs, retries, signal }) }`. No
// header or side table is needed. A `signal` in the call's init works too:
// openapi-fetch puts it on the Request, and this fetch obeys `request.signal`.
//
// Try count: the final Response is recorded in a WeakMap (`tryInfoOf`,
// `triesOf`). Keyed by the Response object itself, it cannot race between
// concurrent calls the way a shared "last response" would, and it frees itself
// with the Response.
import { CivisConnectionError, CivisTimeoutError } from "../errors.js";
import {
  backoffMs,
  parseRetryAfter,
  resolveRetryOptions,
  shouldRetry,
  type RetryOptions,
  type RetrySetting,
} from "./retry-policy.js";

/** The fetch this wraps: the platform's, or an injected one. */
export type FetchLike = (
  input: Request,
  init?: RequestInit,
) => Promise<Response>;

/** Options a single call may override. */
export interface PerCallOptions {
  /** Cancels the call at once, also during a backoff wait; rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Per-try timeout in ms (`Infinity` for none). */
  timeoutMs?: number | undefined;
  /** Retry policy for this call; `false` or `0` for exactly one try. */
  retries?: RetrySetting | undefined;
}

/** Reported to `onTry` after every try. */
export interface TryEvent {
  /** 1 for the first try. */
  attempt: number;
  /** HTTP method. */
  method: string;
  /** URL path without query. */
  path: string;
  /** Response status, when a response arrived. */
  status?: number;
  /** Set when no response arrived. */
  error?: "network" | "timeout";
  /** Whether another try follows. */
  willRetry: boolean;
  /** Wait before the next try, when `willRetry`. */
  delayMs?: number;
}

/** Options of `createRetryingFetch`. */
export interface RetryingFetchOptions {
  /** Underlying fetch; defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike | undefined;
  /** Retry policy; `false` or `0` for exactly one try. Default `defaultRetryOptions`. */
  retry?: RetrySetting | undefined;
  /** Per-try timeout covering headers and body, in ms; `Infinity` for none. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Wait that rejects with `signal.reason` when aborted; injectable for tests. */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  /** Randomness in [0, 1) for the jitter; injectable for tests. */
  random?: (() => number) | undefined;
  /** Monotonic clock in ms for the total-time budget; injectable for tests. */
  now?: (() => number) | undefined;
  /** Called after every try, e.g. for a debug log. Must not throw. */
  onTry?: ((event: TryEvent) => void) | undefined;
}

/** A fetch-compatible function with per-call overrides. */
export interface RetryingFetch {
  (input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The same fetch with some options overridden for one call (or a few). */
  withOptions(options: PerCallOptions): RetryingFetch;
}

/** How the final Response of a call came about. */
export interface TryInfo {
  /** Tries made, retries included. */
  readonly tries: number;
  /** HTTP method. */
  readonly method: string;
  /** URL path without origin or query. */
  readonly path: string;
}

/** Per-try timeout used when none is given. */
export const defaultTimeoutMs = 60_000;

// Larger delays overflow setTimeout into ~1 ms.
const MAX_TIMER_MS = 2_147_483_647;

const tryInfos = new WeakMap<Response, TryInfo>();

// Statuses whose Response may not carry a body, not even an empty one.
const NULL_BODY = new Set([101, 204, 205, 304]);

/** Tries, method and path of a Response returned by a retrying fetch, else undefined. */
export function tryInfoOf(response: Response): TryInfo | undefined {
  return tryInfos.get(response);
}

/** Tries made to get this Response (1 when it did not come from a retrying fetch). */
export function triesOf(response: Response): number {
  return tryInfos.get(response)?.tries ?? 1;
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
export function abortableSleep(
  ms: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// One signal aborted by the first of `signals`; `unlink` drops the listeners so
// a long-lived caller signal does not collect one per try. (AbortSignal.any
// needs Node 20.3 and cannot be unlinked.)
function linkSignals(signals: readonly (AbortSignal | undefined)[]): {
  signal: AbortSignal;
  unlink: () => void;
} {
  const controller = new AbortController();
  const undo: (() => void)[] = [];
  for (const s of signals) {
    if (!s) continue;
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    const onAbort = (): void => controller.abort(s.reason);
    s.addEventListener("abort", onAbort, { once: true });
    undo.push(() => s.removeEventListener("abort", onAbort));
  }
  return { signal: controller.signal, unlink: () => undo.forEach((f) => f()) };
}

// Rejects as soon as `signal` aborts, even if an injected fetch ignores signals.
function raceAbort(
  promise: Promise<Response>,
  signal: AbortSignal,
): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason);
      // A response that arrives after all the same is not read: release it.
      promise.then(
        (r) => r.body?.cancel().catch(() => {}),
        () => {},
      );
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (r) => {
        signal.removeEventListener("abort", onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? "";
  }
}

const defaultNow = (): number => globalThis.performance?.now() ?? Date.now();

/** Makes the fetch to pass as openapi-fetch's `fetch` option. */
export function createRetryingFetch(
  options: RetryingFetchOptions = {},
): RetryingFetch {
  const base = {
    retry: resolveRetryOptions(options.retry),
    timeoutMs: checkTimeout(options.timeoutMs ?? defaultTimeoutMs),
  };
  const fetchImpl: FetchLike =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? defaultNow;

  function make(
    retry: RetryOptions,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): RetryingFetch {
    const retryingFetch = (
      input: Request | string | URL,
      init?: RequestInit,
    ): Promise<Response> => run(input, init, retry, timeoutMs, signal);
    retryingFetch.withOptions = (call: PerCallOptions): RetryingFetch =>
      make(
        call.retries === undefined
          ? retry
          : resolveRetryOptions(call.retries, retry),
        call.timeoutMs === undefined ? timeoutMs : checkTimeout(call.timeoutMs),
        call.signal ?? signal,
      );
    return retryingFetch;
  }

  async function run(
    input: Request | string | URL,
    init: RequestInit | undefined,
    retry: RetryOptions,
    timeoutMs: number,
    callSignal: AbortSignal | undefined,
  ): Promise<Response> {
    // The template: never sent, cloned for every try.
    const request = input instanceof Request ? input : new Request(input, init);
    // openapi-fetch passes its `requestInitExt` (e.g. an undici dispatcher) as
    // the second argument: forward it, minus a signal, which is ours to set.
    let ext: RequestInit | undefined;
    let initSignal: AbortSignal | null | undefined;
    if (input instanceof Request && init)
      ({ signal: initSignal, ...ext } = init);
    const method = request.method.toUpperCase();
    const path = pathOf(request.url);
    const caller = linkSignals([
      request.signal,
      initSignal ?? undefined,
      callSignal,
    ]);
    const started = now();
    try {
      for (let attempt = 1; ; attempt++) {
        if (caller.signal.aborted) throw caller.signal.reason;
        const timeout = new AbortController();
        const trySignal = linkSignals([caller.signal, timeout.signal]);
        // Outside the try: a used or invalid Request is a bug, not a network
        // failure. A body can be read once, so each try gets a clone; without
        // one the template itself can be sent again. The try's signal goes in
        // the init, which overrides the request's.
        const tryRequest = request.body === null ? request : request.clone();
        const timer =
          timeoutMs <= MAX_TIMER_MS
            ? setTimeout(
                () =>
                  timeout.abort(
                    new DOMException(
                      `Try exceeded ${timeoutMs} ms`,
                      "TimeoutError",
                    ),
                  ),
                timeoutMs,
              )
            : undefined;
        let response: Response | undefined;
        let failure: "network" | "timeout" | undefined;
        let cause: unknown;
        try {
          response = await raceAbort(
            fetchImpl(tryRequest, { ...ext, signal: trySignal.signal }),
            trySignal.signal,
          );
          // Read the body under the same timeout, so a stalled body is a failed
          // try too; the buffered copy is what the caller reads (cheaper than a
          // tee, which would read it twice).
          if (response.body) {
            const { status, statusText, headers } = response;
            response = await raceAbort(
              response.arrayBuffer().then(
                (buf) =>
                  new Response(NULL_BODY.has(status) ? null : buf, {
                    status,
                    statusText,
                    headers,
                  }),
              ),
              trySignal.signal,
            );
          }
        } catch (error) {
          if (caller.signal.aborted) throw caller.signal.reason;
          response?.body?.cancel().catch(() => {});
          response = undefined;
          failure = timeout.signal.aborted ? "timeout" : "network";
          cause = error;
        } finally {
          clearTimeout(timer);
          trySignal.unlink();
        }

        let willRetry = shouldRetry({
          method,
          status: response?.status,
          error: failure,
          attempt,
          maxRetries: retry.maxRetries,
        });
        let delayMs = 0;
        if (willRetry) {
          delayMs = backoffMs({
            attempt,
            baseMs: retry.baseDelayMs,
            maxMs: retry.maxDelayMs,
            retryAfterMs: parseRetryAfter(response?.headers.get("retry-after")),
            random: options.random,
          });
          // Give up rather than wait past the budget (or less than Retry-After asks).
          if (now() - started + delayMs > retry.maxElapsedMs) willRetry = false;
        }
        options.onTry?.({
          attempt,
          method,
          path,
          ...(response ? { status: response.status } : { error: failure }),
          willRetry,
          ...(willRetry ? { delayMs } : {}),
        });

        if (!willRetry) {
          if (response) {
            tryInfos.set(
              response,
              Object.freeze({ tries: attempt, method, path }),
            );
            return response;
          }
          throw failure === "timeout"
            ? new CivisTimeoutError({
                method,
                path,
                timeoutMs,
                tries: attempt,
                cause,
              })
            : new CivisConnectionError({ method, path, tries: attempt, cause });
        }
        await response?.body?.cancel().catch(() => {});
        await sleep(delayMs, caller.signal);
      }
    } finally {
      caller.unlink();
    }
  }

  return make(base.retry, base.timeoutMs, undefined);
}

/** The per-try timeout, checked: a positive number of ms (or Infinity). */
export function checkTimeout(ms: number): number {
  if (!(ms > 0))
    throw new RangeError("timeoutMs must be a positive number (or Infinity)");
  return ms;
}
