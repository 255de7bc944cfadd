// Retries, per-try timeouts and the gate (concurrency, rate limit), for the
// two kinds of caller of one client:
//
// - `transport.fetch(request, init)` is openapi-fetch's fetch (`client.raw`):
//   under its middleware, so auth and headers run once per call; every try
//   sends a clone of the one Request openapi-fetch built (the template itself
//   is never sent when it has a body, which is single-use), and the caller
//   gets a readable Response after the retries.
// - `transport.send(x)` is a wrapper call, built without openapi-fetch: URL,
//   headers and body are ready, so each try is `fetch(url, init)`. The 2xx
//   body is parsed here, once, where it is read, and anything but a valid
//   2xx ends in a typed error thrown from here.
//
// Each try is four named steps: `sendTry` (one request, its body read under
// the per-try timeout), `judge` (what the try came to), `plan` (another try,
// after what wait?) and `conclude` (the result, or a typed error).
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisTimeoutError,
  errorFromResponse,
} from "../errors.js";
import type { CallOptions } from "../call-options.js";
import type { BodyKind } from "../method-spec.js";
import { classifyFailure } from "./failure.js";
import { createGate, type Gate } from "./gate.js";
import { abortableSleep, checkTimeout, MAX_TIMER_MS } from "./timing.js";
import { readBody } from "./read-body.js";
import {
  backoffMs,
  parseRetryAfter,
  resolveRetryOptions,
  shouldRetry,
  type RetryOptions,
  type RetrySetting,
  type TryFailure,
} from "./retry-policy.js";

/** The fetch this wraps: the platform's, or an injected one. */
export type FetchLike = (
  input: Request | string,
  init?: RequestInit,
) => Promise<Response>;

/** One wrapper call, ready to send; `tries` is filled in as it goes. */
export interface Exchange extends Pick<
  CallOptions,
  "signal" | "timeoutMs" | "retries"
> {
  method: string;
  url: string;
  /** The URL path, e.g. `/groups/9`: for errors and the log. */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The declared kind of the 2xx body; undefined when there is none (204). */
  returns: BodyKind | undefined;
  /** Redacted from server text besides the transport's secrets (a password sent). */
  secrets: readonly string[];
  tries: number;
}

/** What a wrapper call came to: the last response (body read) and its parsed body. */
export interface Outcome {
  response: Response;
  data: unknown;
}

/** Options of `createTransport`. */
export interface TransportOptions {
  /** Underlying fetch; default `globalThis.fetch`. */
  fetch?: FetchLike | undefined;
  retries?: RetrySetting | undefined;
  /** Per-try timeout covering headers and body, in ms; `Infinity` for none. */
  timeoutMs?: number | undefined;
  /** The wait between tries and at the gate; must reject with `signal.reason` on abort. */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  /** Redacted from server text in errors (the API key). */
  secrets?: readonly string[] | undefined;
  /** Tries in flight at once, at most (default 10; Infinity for no bound). */
  maxConcurrency?: number | undefined;
}

export interface Transport {
  /** For openapi-fetch (`client.raw`): a readable Response after the retries. */
  readonly fetch: FetchLike;
  /** One wrapper call: its outcome, or a typed error for anything but a valid 2xx. */
  send(x: Exchange): Promise<Outcome>;
}

/** Tries in flight at once by default: what Octokit's throttling allows. */
const DEFAULT_MAX_CONCURRENCY = 10;

// Handed to `sleep` when the caller gave no signal: nothing links to it.
const NEVER = new AbortController().signal;
const noop = (): void => {};
const now = (): number => globalThis.performance?.now() ?? Date.now();

/** A client's transport settings, resolved once. */
interface Settings {
  fetch: FetchLike;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  secrets: readonly string[];
  retry: RetryOptions;
  timeoutMs: number;
  gate: Gate;
}

/** One call's facts and state. */
interface Call {
  settings: Settings;
  method: string;
  path: string;
  /** What each try sends: a Request to clone (`client.raw`), or a URL. */
  input: Request | string;
  clone: boolean;
  init: RequestInit;
  /** The wrapper call, or undefined for `client.raw`. */
  x: Exchange | undefined;
  retry: RetryOptions;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  tries: number;
  /** Set when the first try is sent: the retry budget counts from there. */
  started: number;
  /** An earlier try timed out or lost its connection: it may have arrived. */
  mayHaveArrived: boolean;
  /** Ends the try in flight (the caller aborted). */
  stop: ((reason: unknown) => void) | undefined;
}

/** What one try came to: a response with its body read, or a failure. */
interface Verdict {
  /** The response (also of an `invalid` try) and its body's text. */
  response?: Response;
  text?: string;
  data?: unknown;
  failure?: TryFailure;
  /** What was thrown; for `invalid`, what is wrong with the body. */
  cause?: unknown;
  problem?: string;
  mayHaveArrived?: boolean;
}

/** The transport of one client. */
export function createTransport(options: TransportOptions = {}): Transport {
  const sleep = options.sleep ?? abortableSleep;
  const max = options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY;
  if (!(max >= 1) || (max !== Infinity && !Number.isInteger(max)))
    throw new RangeError(
      "maxConcurrency must be a positive integer (or Infinity)",
    );
  const settings: Settings = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep,
    secrets: options.secrets ?? [],
    retry: resolveRetryOptions(options.retries),
    timeoutMs: checkTimeout(options.timeoutMs ?? 60_000),
    gate: createGate(max, sleep),
  };
  return {
    async fetch(template, ext) {
      const request = template as Request;
      const call = newCall(settings, undefined, {
        method: request.method,
        path: new URL(request.url).pathname,
        input: request,
        clone: request.body !== null,
        // openapi-fetch's `requestInitExt` (an undici dispatcher, say) goes
        // with every try, minus a signal: that is the try's.
        init: { ...ext, signal: undefined },
        signal: request.signal,
      });
      return conclude(call, await run(call)) as Response;
    },
    async send(x) {
      const call = newCall(settings, x, {
        method: x.method,
        path: x.path,
        input: x.url,
        clone: false,
        init: { method: x.method, headers: x.headers, body: x.body },
        signal: x.signal,
      });
      return conclude(call, await run(call)) as Outcome;
    },
  };
}

function newCall(
  settings: Settings,
  x: Exchange | undefined,
  what: Pick<Call, "method" | "path" | "input" | "clone" | "init" | "signal">,
): Call {
  return {
    settings,
    ...what,
    x,
    retry:
      x?.retries === undefined
        ? settings.retry
        : resolveRetryOptions(x.retries, settings.retry),
    timeoutMs:
      x?.timeoutMs === undefined
        ? settings.timeoutMs
        : checkTimeout(x.timeoutMs),
    tries: 0,
    started: 0,
    mayHaveArrived: false,
    stop: undefined,
  };
}

async function run(call: Call): Promise<Verdict> {
  const { signal, settings } = call;
  const onAbort = () => call.stop?.(signal!.reason);
  signal?.addEventListener("abort", onAbort);
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const entry = settings.gate.enter(signal, call.tries > 0);
      if (entry) await entry;
      if (!call.tries) call.started = now();
      call.tries++;
      if (call.x) call.x.tries = call.tries;
      let verdict: Verdict | undefined;
      try {
        verdict = judge(call, await sendTry(call));
      } finally {
        settings.gate.leave(verdict?.response);
      }
      const delayMs = plan(call, verdict);
      if (delayMs === undefined) return verdict;
      await settings.sleep(delayMs, signal ?? NEVER);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * One request, its body read under the same timeout (a stalled body fails
 * the try). Settles on the timer or the caller's abort even when an injected
 * fetch ignores its signal.
 */
function sendTry(call: Call): Promise<Verdict> {
  const controller = new AbortController();
  let timedOut = false;
  // Outside the promise: a used or invalid template is a bug, not a failed try.
  const { input } = call;
  const request = call.clone ? (input as Request).clone() : input;
  return new Promise<Verdict>((resolve, reject) => {
    let done = false;
    const settle = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      call.stop = undefined;
      return true;
    };
    const fail = (cause: unknown) => {
      if (!settle()) return;
      if (call.signal?.aborted) reject(call.signal.reason);
      else resolve({ ...classifyFailure(cause, timedOut), cause });
    };
    const end = (reason: unknown) => {
      controller.abort(reason);
      fail(reason);
    };
    const timer =
      call.timeoutMs > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            const message = `Try exceeded ${call.timeoutMs} ms`;
            end(new DOMException(message, "TimeoutError"));
          }, call.timeoutMs);
    call.stop = end;
    let pending: Promise<Response>;
    try {
      pending = call.settings.fetch(request, {
        ...call.init,
        signal: controller.signal,
      });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then((response) => {
      // A response that arrives after the try ended is not read: released.
      if (done) return void response.body?.cancel().catch(noop);
      response.text().then((text) => {
        if (settle()) resolve({ response, text });
      }, fail);
    }, fail);
  });
}

/** A wrapper's 2xx body checked against the declared kind. */
function judge(call: Call, v: Verdict): Verdict {
  if (v.mayHaveArrived) call.mayHaveArrived = true;
  const returns = call.x?.returns;
  if (v.failure || !returns || !v.response!.ok) return v;
  const body = readBody(v.text!, returns);
  if ("problem" in body)
    return { ...body, failure: "invalid", response: v.response };
  v.data = body.data;
  return v;
}

/** The wait before another try, or undefined for none. */
function plan(call: Call, v: Verdict): number | undefined {
  const { retry } = call;
  const again = shouldRetry({
    method: call.method,
    status: v.failure ? undefined : v.response!.status,
    error: v.failure,
    attempt: call.tries,
    maxRetries: retry.maxRetries,
  });
  if (!again) return undefined;
  const delayMs = backoffMs({
    attempt: call.tries,
    baseMs: retry.baseDelayMs,
    maxMs: retry.maxDelayMs,
    retryAfterMs: parseRetryAfter(v.response?.headers.get("retry-after")),
  });
  // Give up rather than wait past the budget (or less than Retry-After asks).
  const spent = now() - call.started;
  return spent + delayMs > retry.maxElapsedMs ? undefined : delayMs;
}

/** The last try's Response (`client.raw`) or Outcome (a wrapper), or its typed error. */
function conclude(call: Call, v: Verdict): Response | Outcome {
  const requestId = v.response?.headers.get("x-request-id") ?? null;
  const line = {
    method: call.method,
    path: call.path,
    tries: call.tries,
    requestId,
  };
  if (v.failure === "timeout")
    throw new CivisTimeoutError(
      { ...line, timeoutMs: call.timeoutMs },
      v.cause,
    );
  if (v.failure === "invalid") {
    const { status } = v.response!;
    throw new CivisInvalidResponseError({
      ...line,
      status,
      problem: v.problem!,
    });
  }
  if (v.failure) throw new CivisConnectionError(line, v.cause);
  const response = v.response!;
  const { status, statusText, headers } = response;
  if (!call.x)
    // Empty as null: a 204 may not carry a body, not even an empty one.
    return new Response(v.text || null, { status, statusText, headers });
  // A retried DELETE whose earlier try may have done it: the 404 is its success.
  const deleted =
    call.method === "DELETE" && status === 404 && call.mayHaveArrived;
  if (response.ok || deleted) return { response, data: v.data };
  const all = [...call.settings.secrets, ...call.x.secrets];
  throw errorFromResponse({
    ...line,
    status,
    text: v.text!,
    headers,
    secrets: all,
  });
}
