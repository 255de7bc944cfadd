// Retries and per-try timeouts, given to openapi-fetch as its `fetch`: it sits
// under the middleware, so auth and headers run once per call, and every try
// sends a clone of the one Request openapi-fetch built (bodies are single-use;
// the template is never sent when it has one).
//
// Each try is four named steps: `sendTry` (one request, its body read under
// the per-try timeout), `judge` (what the try came to), `plan` (another try,
// and after what wait?) and `conclude` (the Response, or a typed error).
//
// Two kinds of caller. `client.raw` gets `transport.fetch` and a readable
// Response, as openapi-fetch expects. A wrapper call passes an `Exchange` to
// `transport.fetchFor(x)`: the 2xx body is parsed here, once, where it is
// buffered, checked against the kind the operation declares and left in
// `x.data` (openapi-fetch is told `parseAs: "stream"` and reads nothing);
// anything else ends as a typed error thrown from here.
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisTimeoutError,
  errorFromResponse,
  type RequestLine,
} from "../errors.js";
import type { BodyKind } from "../spec-data-types.js";
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
  input: Request,
  init?: RequestInit,
) => Promise<Response>;

/** What one call may set for itself. */
export interface CallSettings {
  /** Cancels the call at once, also during a backoff wait; rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Per-try timeout in ms (`Infinity` for none). */
  timeoutMs?: number | undefined;
  /** Retry policy for this call; `false` or `0` for exactly one try. */
  retries?: RetrySetting | undefined;
}

/** One wrapper call: what it expects, and (filled in here) what came of it. */
export interface Exchange extends CallSettings {
  /** The declared kind of the 2xx body; undefined when there is none (204). */
  readonly returns: BodyKind | undefined;
  /** Strings to redact from server text besides the transport's (a password sent). */
  readonly secrets: readonly string[];
  /** Out: the URL path of the request, e.g. `/groups/9`. */
  path: string;
  /** Out: tries made so far. */
  tries: number;
  /** Out: the parsed 2xx body. */
  data: unknown;
}

/** Options of `createTransport`. */
export interface TransportOptions {
  /** Underlying fetch; defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike | undefined;
  /** Retry policy; `false` or `0` for exactly one try. */
  retries?: RetrySetting | undefined;
  /** Per-try timeout covering headers and body, in ms; `Infinity` for none. Default 60 000. */
  timeoutMs?: number | undefined;
  /** The wait between tries; must reject with `signal.reason` when aborted. */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  /** Redacted from server text in errors (the API key). */
  secrets?: readonly string[] | undefined;
}

export interface Transport {
  /** For openapi-fetch (`client.raw`): a readable Response after the retries. */
  readonly fetch: FetchLike;
  /** For one wrapper call: fills `x`, throws a typed error for anything but a valid 2xx. */
  fetchFor(x: Exchange): FetchLike;
}

/** Per-try timeout used when none is given. */
export const defaultTimeoutMs = 60_000;

/** The per-try timeout, checked: a positive number of ms (or Infinity). */
export function checkTimeout(ms: number): number {
  if (!(ms > 0))
    throw new RangeError("timeoutMs must be a positive number (or Infinity)");
  return ms;
}

// Larger delays overflow setTimeout into ~1 ms.
const MAX_TIMER_MS = 2_147_483_647;

// Statuses whose Response may not carry a body, not even an empty one.
const NULL_BODY = new Set([101, 204, 205, 304]);

// Handed to `sleep` when the caller gave no signal: nothing links to it.
const NEVER = new AbortController().signal;

const noop = (): void => {};

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
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function innermost(error: unknown): unknown {
  let e = error;
  while (e instanceof Error && e.cause !== undefined) e = e.cause;
  return e;
}

// The runtime forbids the request, so no retry can help: Deno without
// --allow-net (`PermissionDenied`, `NotCapable` in Deno 2), a port fetch
// refuses ("bad port"), a URL it cannot parse.
function isBlocked(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (e.name === "PermissionDenied" || e.name === "NotCapable") return true;
    if (e.message === "bad port" || code === "ERR_INVALID_URL") return true;
  }
  return false;
}

// Failures that prove the request never left: nothing listened, no address.
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** A try that failed; an `invalid` one has its response. */
interface Failed {
  failure: TryFailure;
  cause?: unknown;
  /** For `invalid`: what is wrong with the body. */
  problem?: string;
  /** A timeout or a lost connection: the request may have reached the server. */
  mayHaveArrived?: boolean;
  response?: Response;
  text?: string;
}
/** What one try came to: a response with its body read, or a failure. */
type Verdict =
  { response: Response; text: string; failure?: undefined } | Failed;

// A 2xx body checked against the declared kind: the data, or what is wrong.
function parseBody(
  text: string,
  kind: BodyKind,
): { data: unknown } | { problem: string } {
  if (text === "") return { problem: "the body is empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: "the body is not JSON, or was cut short" };
  }
  const got = Array.isArray(data)
    ? "array"
    : data !== null && typeof data === "object"
      ? "object"
      : undefined;
  if (got && (kind === "any" || kind === got)) return { data };
  const declared = kind === "any" ? "an object or array" : `an ${kind}`;
  return {
    problem: `the body is ${got ? `an ${got}` : "neither object nor array"}, not ${declared}`,
  };
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

/** Makes the transport of one client. */
export function createTransport(options: TransportOptions = {}): Transport {
  const baseRetry = resolveRetryOptions(options.retries);
  const baseTimeout = checkTimeout(options.timeoutMs ?? defaultTimeoutMs);
  const fetchImpl: FetchLike =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const secrets = options.secrets ?? [];

  /** One call's fixed facts. */
  interface Call {
    template: Request;
    ext: RequestInit | undefined;
    line: RequestLine;
    retry: RetryOptions;
    timeoutMs: number;
    signal: AbortSignal | undefined;
    started: number;
    x: Exchange | undefined;
    /** An earlier try timed out or lost its connection: it may have reached the server. */
    mayHaveArrived: boolean;
  }

  async function run(
    template: Request,
    ext: RequestInit | undefined,
    x?: Exchange,
  ): Promise<Response> {
    const call: Call = {
      template,
      // openapi-fetch passes its `requestInitExt` (e.g. an undici dispatcher):
      // forwarded on every try, minus a signal, which is the try's.
      ext: ext && { ...ext, signal: undefined },
      line: {
        method: template.method,
        path: new URL(template.url).pathname,
        tries: 0,
      },
      retry:
        x?.retries === undefined
          ? baseRetry
          : resolveRetryOptions(x.retries, baseRetry),
      timeoutMs:
        x?.timeoutMs === undefined ? baseTimeout : checkTimeout(x.timeoutMs),
      // A wrapper passes its caller's signal; raw openapi-fetch puts it on the Request.
      signal: x ? x.signal : template.signal,
      started: now(),
      x,
      mayHaveArrived: false,
    };
    if (x) x.path = call.line.path;
    for (let attempt = 1; ; attempt++) {
      if (call.signal?.aborted) throw call.signal.reason;
      call.line.tries = attempt;
      if (x) x.tries = attempt;
      const verdict = judge(call, await sendTry(call));
      const delayMs = plan(call, verdict, attempt);
      if (delayMs === undefined) return conclude(call, verdict);
      await sleep(delayMs, call.signal ?? NEVER);
    }
  }

  /** One request, its body read under the same timeout (a stalled body fails the try). */
  async function sendTry(call: Call): Promise<Verdict> {
    const controller = new AbortController();
    const { signal } = controller;
    const onCallerAbort = (): void => controller.abort(call.signal!.reason);
    call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    const timer =
      call.timeoutMs <= MAX_TIMER_MS
        ? setTimeout(
            () =>
              controller.abort(
                new DOMException(
                  `Try exceeded ${call.timeoutMs} ms`,
                  "TimeoutError",
                ),
              ),
            call.timeoutMs,
          )
        : undefined;
    // Rejects on abort even when an injected fetch ignores its signal.
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener("abort", () => reject(signal.reason), {
        once: true,
      }),
    );
    aborted.catch(noop);
    // Outside the try: a used or invalid template is a bug, not a failed try.
    const request =
      call.template.body === null ? call.template : call.template.clone();
    const pending = fetchImpl(request, { ...call.ext, signal });
    try {
      const response = await Promise.race([pending, aborted]);
      const text = await Promise.race([response.text(), aborted]);
      return { response, text };
    } catch (cause) {
      if (call.signal?.aborted) throw call.signal.reason;
      // A response that arrives after all the same is not read: release it.
      pending.then((r) => r.body?.cancel().catch(noop), noop);
      if (signal.aborted)
        return { failure: "timeout", cause, mayHaveArrived: true };
      if (isBlocked(cause)) return { failure: "blocked", cause };
      const code = (innermost(cause) as { code?: unknown } | null)?.code;
      const mayHaveArrived = !NEVER_SENT.has(code as string);
      return { failure: "network", cause, mayHaveArrived };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  /** A wrapper's 2xx body checked against the declared kind; notes tries that may have arrived. */
  function judge(call: Call, v: Verdict): Verdict {
    if (v.failure && v.mayHaveArrived) call.mayHaveArrived = true;
    const { x } = call;
    if (v.failure || !x?.returns || !v.response.ok) return v;
    const parsed = parseBody(v.text, x.returns);
    if ("problem" in parsed) return { ...v, failure: "invalid", ...parsed };
    x.data = parsed.data;
    return v;
  }

  /** The wait before another try, or undefined for none. */
  function plan(call: Call, v: Verdict, attempt: number): number | undefined {
    const retry = shouldRetry({
      method: call.line.method,
      status: v.failure ? undefined : v.response.status,
      error: v.failure,
      attempt,
      maxRetries: call.retry.maxRetries,
    });
    if (!retry) return undefined;
    const delayMs = backoffMs({
      attempt,
      baseMs: call.retry.baseDelayMs,
      maxMs: call.retry.maxDelayMs,
      retryAfterMs: parseRetryAfter(v.response?.headers.get("retry-after")),
    });
    // Give up rather than wait past the budget (or less than Retry-After asks).
    return now() - call.started + delayMs > call.retry.maxElapsedMs
      ? undefined
      : delayMs;
  }

  /** The last try's Response, or its typed error. */
  function conclude(call: Call, v: Verdict): Response {
    const line = {
      ...call.line,
      requestId: v.response?.headers.get("x-request-id") ?? null,
    };
    if (v.failure === "timeout")
      throw new CivisTimeoutError(
        { ...line, timeoutMs: call.timeoutMs },
        v.cause,
      );
    if (v.failure === "invalid")
      throw new CivisInvalidResponseError({
        ...line,
        status: v.response!.status,
        problem: v.problem!,
      });
    if (v.failure) throw new CivisConnectionError(line, v.cause);
    const { response, text } = v;
    if (!call.x) {
      const body = NULL_BODY.has(response.status) ? null : text;
      const { status, statusText, headers } = response;
      return new Response(body, { status, statusText, headers });
    }
    if (response.ok) return response;
    // A retried DELETE whose earlier try may have done it: the 404 is its success.
    if (
      line.method === "DELETE" &&
      response.status === 404 &&
      call.mayHaveArrived
    )
      return new Response(null, { status: 404, headers: response.headers });
    throw errorFromResponse({
      ...line,
      status: response.status,
      text,
      headers: response.headers,
      secrets: [...secrets, ...call.x.secrets],
    });
  }

  return {
    fetch: (input, init) => run(input, init),
    fetchFor: (x) => (input, init) => run(input, init, x),
  };
}
