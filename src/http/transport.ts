// Retries, per-try timeouts, the gate, body checks and the log line of one
// client's calls. `transport.fetch` is the fetch openapi-fetch calls, under
// its middleware (which so runs once per call, not per try), for
// `client.raw` and the methods alike. A method passes it as the call's own
// fetch with a slot: the call's options, and where the transport leaves the
// 2xx body it parsed (once) and the typed error of an error status. The slot
// travels with the call, not on the Request, so it survives a middleware
// that returns a new Request.
//
// The first try sends the Request openapi-fetch built; a retry sends a clone
// of it, taken before the body is used. Each try is four named steps:
// `sendTry` (one request, its body read under the per-try timeout), `judge`
// (what the try came to), `plan` (another try, after what wait?) and
// `conclude` (the Response for openapi-fetch, or a typed error).
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisRateLimitError,
  CivisTimeoutError,
  errorFromResponse,
  type CivisAPIError,
} from "../errors.js";
import { createAbortHub, type OnAbort } from "./abort-hub.js";
import { classifyFailure } from "./failure.js";
import { clock, createGate, LongWait, type Gate } from "./gate.js";
import { errorName, writeLog, type LogEntry } from "./log-entry.js";
import { abortableSleep, checkTimeout, MAX_TIMER_MS } from "./timing.js";
import { clip } from "../text/redact.js";
import { requestIdOf } from "./response-meta.js";
import { readBody, type BodyKind } from "./read-body.js";
import { parseRetryAfter } from "../text/header-values.js";
import {
  backoffMs,
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

/** A method's call as the transport sees it: its options, then what it came to. */
export interface CallSlot {
  /** The call's own options, where it gave them (else the client's). */
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  retries?: RetrySetting | undefined;
  /** The declared kind of the 2xx body; undefined when there is none (204). */
  returns: BodyKind | undefined;
  /**
   * Redacted from server text: all of it, the transport's secrets (the API
   * key) and a password the call sends, so the slot's list replaces them.
   */
  secrets: readonly string[];
  /** Set by the transport: tries made. */
  tries: number;
  /** Set by the transport: the URL path, e.g. `/groups/9`. */
  path: string;
  /** Set by the transport: the Response it handed to openapi-fetch. */
  response: Response | undefined;
  /** The parsed 2xx body. */
  data: unknown;
  /** The error of an error status. */
  error: CivisAPIError | undefined;
  /**
   * Set by the transport when there is an `onLog`: the call's line, which the
   * method writes (with `Transport.log`) once it has ended, so that a failure
   * after the response (its conversion, its `onResponse`) is in it.
   */
  log?: LogEntry | undefined;
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
  /** The longest wait for a rate limit (default 300000 ms; Infinity for no bound). */
  maxRateLimitWaitMs?: number | undefined;
  /** Called once per call with what happened. */
  onLog?: ((entry: LogEntry) => void) | undefined;
  /** The declared 2xx body kind of a `client.raw` call, by method and URL path. */
  returnsOf?:
    ((method: string, path: string) => BodyKind | undefined) | undefined;
}

export interface Transport {
  /**
   * The fetch openapi-fetch calls. Without a slot (`client.raw`), it
   * resolves to a readable Response, whatever its status; with one (a
   * method), a 2xx comes back with its body already read into the slot.
   * A timeout, a failed connection or an invalid 2xx body (after the
   * retries) and the caller's abort reject.
   */
  readonly fetch: (
    request: Request,
    ext?: RequestInit,
    slot?: CallSlot,
  ) => Promise<Response>;
  /** Writes a method's log line (`CallSlot.log`) to `onLog`. */
  readonly log: (entry: LogEntry) => void;
}

/** Tries in flight at once by default: what Octokit's throttling allows. */
const DEFAULT_MAX_CONCURRENCY = 10;
/**
 * The longest wait for a rate limit by default: five minutes, longer than a
 * window of the usual sizes (a minute, five), short of a stall.
 */
const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 300_000;

// Handed to `sleep` when the caller gave no signal: nothing links to it.
const NEVER_ABORTED = new AbortController().signal;
const noop = (): void => {};
const now = (): number => globalThis.performance?.now() ?? Date.now();
const NO_SECRETS: readonly string[] = [];

/** The path of an absolute URL (a Request's), without query or fragment. */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const query = url.indexOf("?", start);
  const hash = url.indexOf("#", start);
  const end = Math.min(
    query < 0 ? url.length : query,
    hash < 0 ? url.length : hash,
  );
  return url.slice(start, end);
}

/** A client's transport settings, resolved once. */
interface Settings {
  fetch: FetchLike;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  secrets: readonly string[];
  retry: RetryOptions;
  timeoutMs: number;
  gate: Gate;
  maxWaitMs: number;
  onAbort: OnAbort;
  returnsOf: (method: string, path: string) => BodyKind | undefined;
}

/** One call's facts and state. */
interface Call {
  settings: Settings;
  method: string;
  path: string;
  /** What the next try sends. */
  request: Request;
  /** openapi-fetch's `requestInitExt` (an undici dispatcher, say), for every try. */
  ext: RequestInit | undefined;
  slot: CallSlot | undefined;
  returns: BodyKind | undefined;
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
  /** The error of the error status the call ended with, if any. */
  error: CivisAPIError | undefined;
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
  const maxWaitMs =
    options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
  if (!(maxWaitMs >= 0))
    throw new RangeError("maxRateLimitWaitMs must be a non-negative number");
  const settings: Settings = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep,
    secrets: options.secrets ?? NO_SECRETS,
    retry: resolveRetryOptions(options.retries),
    timeoutMs: checkTimeout(options.timeoutMs ?? 60_000),
    gate: createGate(max, sleep, maxWaitMs),
    maxWaitMs,
    onAbort: createAbortHub(),
    returnsOf: options.returnsOf ?? (() => undefined),
  };
  const { onLog } = options;
  return {
    fetch: (request, ext, slot) =>
      run(newCall(settings, request, ext, slot), onLog),
    log: onLog ? (entry) => writeLog(onLog, entry) : noop,
  };
}

function newCall(
  settings: Settings,
  request: Request,
  ext: RequestInit | undefined,
  slot: CallSlot | undefined,
): Call {
  const method = request.method;
  const path = pathOf(request.url);
  return {
    settings,
    method,
    path,
    request,
    ext,
    slot,
    returns: slot ? slot.returns : settings.returnsOf(method, path),
    retry:
      slot?.retries === undefined
        ? settings.retry
        : resolveRetryOptions(slot.retries, settings.retry),
    timeoutMs:
      slot?.timeoutMs === undefined
        ? settings.timeoutMs
        : checkTimeout(slot.timeoutMs),
    signal: slot ? slot.signal : request.signal,
    tries: 0,
    started: 0,
    mayHaveArrived: false,
    stop: undefined,
    error: undefined,
  };
}

/** The tries of one call, then what it came to, and its log line. */
async function run(
  call: Call,
  onLog: ((entry: LogEntry) => void) | undefined,
): Promise<Response> {
  const { settings } = call;
  const started = onLog ? now() : 0;
  // The caller's signal, through the client's one listener on it, aborts
  // what the call is doing: its try (`stop`), or its wait at the gate or
  // between tries (the call's own signal).
  const outer = call.signal;
  const own = outer && !outer.aborted ? new AbortController() : undefined;
  const unsubscribe =
    own &&
    settings.onAbort(outer!, () => {
      call.stop?.(outer!.reason);
      own.abort(outer!.reason);
    });
  const signal = own ? own.signal : outer;
  // The try the call ended with: its response is the one logged.
  let last: Verdict | undefined;
  let failed: string | null = null;
  // Set when a retry's wait begins: when it is to end.
  let retryAt: number | undefined;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const entry = settings.gate.enter(signal, retryAt);
      if (entry) await entry.catch((e: unknown) => refusedAtGate(call, e));
      if (!call.tries) call.started = now();
      call.tries++;
      let verdict: Verdict | undefined;
      try {
        verdict = judge(call, await sendTry(call));
      } finally {
        settings.gate.leave(verdict?.response);
      }
      const delayMs = plan(call, verdict);
      if (delayMs === undefined) return conclude(call, (last = verdict));
      retryAt = clock.now() + delayMs;
      await settings.sleep(delayMs, signal ?? NEVER_ABORTED);
    }
  } catch (e) {
    failed = errorName(e);
    throw e;
  } finally {
    unsubscribe?.();
    const { slot } = call;
    if (slot) {
      slot.tries = call.tries;
      slot.path = call.path;
    }
    if (onLog) {
      const entry: LogEntry = {
        method: call.method,
        path: call.path,
        status: last?.response?.status ?? null,
        error: failed ?? call.error?.name ?? null,
        tries: call.tries,
        requestId: requestIdOf(last?.response?.headers, secretsOf(call)),
        ms: Math.round(now() - started),
      };
      // A method's call may still fail after this (its conversion, its
      // `onResponse`): it writes the line when it has ended.
      if (slot) slot.log = entry;
      else writeLog(onLog, entry);
    }
  }
}

/**
 * What the gate refused a try with: a spent rate limit whose window ends
 * past `maxRateLimitWaitMs` is a `CivisRateLimitError`, with nothing sent;
 * anything else (the caller's abort) as it is.
 */
function refusedAtGate(call: Call, e: unknown): never {
  if (!(e instanceof LongWait)) throw e;
  const seconds = Math.ceil(e.waitMs / 1000);
  throw new CivisRateLimitError({
    method: call.method,
    path: call.path,
    tries: call.tries,
    status: 429,
    text: "",
    headers: new Headers(),
    summary: `Rate limit spent for ${seconds} s, over maxRateLimitWaitMs: not sent`,
    retryAfterMs: e.waitMs,
  });
}

/** What is redacted from the server's text: the key, and a password sent. */
const secretsOf = ({ settings, slot }: Call): readonly string[] =>
  slot?.secrets ?? settings.secrets;

/**
 * One request, its body read under the same timeout (a stalled body fails
 * the try). Settles on the timer or the caller's abort even when an injected
 * fetch ignores its signal.
 */
function sendTry(call: Call): Promise<Verdict> {
  const controller = new AbortController();
  let timedOut = false;
  // A body is single-use: when another try may follow, it gets a copy taken
  // now. Outside the promise: a used Request is a bug, not a failed try.
  const request = call.request;
  if (request.body !== null && call.tries <= call.retry.maxRetries)
    call.request = request.clone();
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
    // Aborted while the try was let through the gate: nothing is sent.
    if (call.signal?.aborted) return fail(call.signal.reason);
    let pending: Promise<Response>;
    try {
      const { signal } = controller;
      // Never followed: a redirect could carry the request, its
      // credentials and its body, to anywhere.
      pending = call.settings.fetch(
        request,
        call.ext
          ? { ...call.ext, signal, redirect: "manual" }
          : { signal, redirect: "manual" },
      );
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

/**
 * A 3xx, named by where it would have led: its scheme, host and port only
 * (its path or query may hold a token). A browser does not say (status 0).
 */
function redirectProblem(response: Response, url: string): string {
  const location = response.headers.get("location");
  let to = "";
  try {
    const target = location && new URL(location, url);
    if (target) to = ` to ${clip(`${target.protocol}//${target.host}`)}`;
  } catch {
    // Not a URL: named as no place.
  }
  return `a redirect${to}, not followed`;
}

/** A 2xx body checked against the declared kind, parsed once here. */
function judge(call: Call, v: Verdict): Verdict {
  if (v.mayHaveArrived) call.mayHaveArrived = true;
  const response = v.response;
  // `redirect: "manual"`: a 3xx, or in a browser an opaque one (status 0).
  const status = response?.status;
  if (status === 0 || (status! >= 300 && status! < 400))
    return {
      ...v,
      failure: "redirect",
      problem: redirectProblem(response!, call.request.url),
    };
  const { returns } = call;
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
  const retryAfterMs = parseRetryAfter(v.response?.headers.get("retry-after"));
  const delayMs = backoffMs({
    attempt: call.tries,
    baseMs: retry.baseDelayMs,
    maxMs: retry.maxDelayMs,
    retryAfterMs,
  });
  // Give up rather than wait past the budget (or less than Retry-After asks),
  // or than wait for a Retry-After longer than a rate limit's wait may be
  // (the bound is on what the server asks, not on the backoff).
  const spent = now() - call.started;
  return spent + delayMs > retry.maxElapsedMs ||
    (retryAfterMs ?? 0) > call.settings.maxWaitMs
    ? undefined
    : delayMs;
}

/**
 * The last try's Response for openapi-fetch, or its typed error. A method's
 * 2xx is handed back as it came, its body already read into the slot;
 * any other response is rebuilt readable around its text.
 */
function conclude(call: Call, v: Verdict): Response {
  const { slot } = call;
  const response = v.response;
  if (slot && !v.failure && response!.ok) {
    slot.data = v.data;
    return (slot.response = response!);
  }
  // No request id: a timeout and a lost connection have no response, and
  // an error status's error reads its own from the headers.
  const line = { method: call.method, path: call.path, tries: call.tries };
  if (v.failure === "timeout")
    throw new CivisTimeoutError(
      { ...line, timeoutMs: call.timeoutMs },
      v.cause,
    );
  if (v.failure === "invalid" || v.failure === "redirect")
    throw new CivisInvalidResponseError({
      ...line,
      requestId: requestIdOf(response?.headers, secretsOf(call)),
      status: response!.status,
      problem: v.problem!,
    });
  if (v.failure) throw new CivisConnectionError(line, v.cause);
  const { status, statusText, headers } = response!;
  // A retried DELETE whose earlier try may have done it: the 404 is its success.
  const deleted =
    call.method === "DELETE" && status === 404 && call.mayHaveArrived;
  if (!response!.ok && !deleted)
    call.error = errorFromResponse({
      ...line,
      status,
      text: v.text!,
      headers,
      secrets: secretsOf(call),
    });
  // Empty as null: a 204 may not carry a body, not even an empty one.
  const readable = new Response(v.text || null, {
    status,
    statusText,
    headers,
  });
  if (slot) {
    slot.response = readable;
    slot.error = call.error;
  }
  return readable;
}
