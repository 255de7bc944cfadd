// Retries and per-try timeouts, given to openapi-fetch as its `fetch`: under
// the middleware, so auth and headers run once per call, and every try sends
// a clone of the one Request openapi-fetch built (the template itself is
// never sent when it has a body, which is single-use).
//
// Each try is four named steps: `sendTry` (one request, its body read under
// the per-try timeout), `judge` (what the try came to), `plan` (another try,
// after what wait?) and `conclude` (the Response, or a typed error).
//
// Two kinds of caller. `client.raw` gets `transport.fetch` and a readable
// Response, as openapi-fetch expects. A wrapper call passes an `Exchange` to
// `transport.fetchFor(x)`: the 2xx body is parsed here, once, where it is
// buffered, and left in `x.data` (openapi-fetch is told `parseAs: "stream"`
// and reads nothing); anything else ends in a typed error thrown from here.
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisTimeoutError,
  errorFromResponse,
} from "../errors.js";
import type { CallOptions } from "../call-options.js";
import type { BodyKind } from "../method-spec.js";
import { classifyFailure } from "./failure.js";
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
  input: Request,
  init?: RequestInit,
) => Promise<Response>;

/** One wrapper call: what it expects, and (filled in here) what came of it. */
export interface Exchange extends Pick<
  CallOptions,
  "signal" | "timeoutMs" | "retries"
> {
  /** The declared kind of the 2xx body; undefined when there is none (204). */
  returns: BodyKind | undefined;
  /** Redacted from server text besides the transport's secrets (a password sent). */
  secrets: readonly string[];
  /** Out: the URL path, e.g. `/groups/9`; tries made; the parsed 2xx body. */
  path: string;
  tries: number;
  data: unknown;
}

/** Options of `createTransport`. */
export interface TransportOptions {
  /** Underlying fetch; default `globalThis.fetch`. */
  fetch?: FetchLike | undefined;
  retries?: RetrySetting | undefined;
  /** Per-try timeout covering headers and body, in ms; `Infinity` for none. */
  timeoutMs?: number | undefined;
  /** The wait between tries; must reject with `signal.reason` on abort. */
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
}

/** One call's facts. */
interface Call {
  settings: Settings;
  template: Request;
  ext: RequestInit | undefined;
  line: { method: string; path: string; tries: number };
  retry: RetryOptions;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  started: number;
  x: Exchange | undefined;
  /** An earlier try timed out or lost its connection: it may have arrived. */
  mayHaveArrived: boolean;
}

/** What one try came to: a response with its body read, or a failure. */
interface Verdict {
  /** The response (also of an `invalid` try) and its body's text. */
  response?: Response;
  text?: string;
  failure?: TryFailure;
  /** What was thrown; for `invalid`, what is wrong with the body. */
  cause?: unknown;
  problem?: string;
  mayHaveArrived?: boolean;
}

/** The transport of one client. */
export function createTransport(options: TransportOptions = {}): Transport {
  const settings: Settings = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep: options.sleep ?? abortableSleep,
    secrets: options.secrets ?? [],
    retry: resolveRetryOptions(options.retries),
    timeoutMs: checkTimeout(options.timeoutMs ?? 60_000),
  };
  return {
    fetch: (input, init) => run(settings, input, init),
    fetchFor: (x) => (input, init) => run(settings, input, init, x),
  };
}

async function run(
  settings: Settings,
  template: Request,
  ext?: RequestInit,
  x?: Exchange,
): Promise<Response> {
  const call: Call = {
    settings,
    template,
    // openapi-fetch's `requestInitExt` (an undici dispatcher, say) goes
    // with every try, minus a signal: that is the try's.
    ext: ext && { ...ext, signal: undefined },
    line: {
      method: template.method,
      path: new URL(template.url).pathname,
      tries: 0,
    },
    retry:
      x?.retries === undefined
        ? settings.retry
        : resolveRetryOptions(x.retries, settings.retry),
    timeoutMs:
      x?.timeoutMs === undefined
        ? settings.timeoutMs
        : checkTimeout(x.timeoutMs),
    // A wrapper passes its caller's signal; openapi-fetch puts it on the Request.
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
    const delayMs = plan(call, verdict);
    if (delayMs === undefined) return conclude(call, verdict);
    await settings.sleep(delayMs, call.signal ?? NEVER);
  }
}

/** One request, its body read under the same timeout (a stalled body fails the try). */
async function sendTry(call: Call): Promise<Verdict> {
  const controller = new AbortController();
  const { signal } = controller;
  const onCallerAbort = () => controller.abort(call.signal!.reason);
  call.signal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer =
    call.timeoutMs > MAX_TIMER_MS
      ? undefined
      : setTimeout(() => {
          const message = `Try exceeded ${call.timeoutMs} ms`;
          controller.abort(new DOMException(message, "TimeoutError"));
        }, call.timeoutMs);
  // Rejects on abort even when an injected fetch ignores its signal.
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason)),
  );
  aborted.catch(noop);
  // Outside the try: a used or invalid template is a bug, not a failed try.
  const { template } = call;
  const request = template.body === null ? template : template.clone();
  const pending = call.settings.fetch(request, { ...call.ext, signal });
  try {
    const response = await Promise.race([pending, aborted]);
    return { response, text: await Promise.race([response.text(), aborted]) };
  } catch (cause) {
    if (call.signal?.aborted) throw call.signal.reason;
    // A response that arrives after all the same is not read: release it.
    pending.then((r) => r.body?.cancel().catch(noop), noop);
    return { ...classifyFailure(cause, signal.aborted), cause };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener("abort", onCallerAbort);
  }
}

/** A wrapper's 2xx body checked against the declared kind. */
function judge(call: Call, v: Verdict): Verdict {
  if (v.mayHaveArrived) call.mayHaveArrived = true;
  if (v.failure || !call.x?.returns || !v.response!.ok) return v;
  const body = readBody(v.text!, call.x.returns);
  if ("problem" in body)
    return { ...body, failure: "invalid", response: v.response };
  call.x.data = body.data;
  return v;
}

/** The wait before another try, or undefined for none. */
function plan({ line, retry, started }: Call, v: Verdict): number | undefined {
  const again = shouldRetry({
    method: line.method,
    status: v.failure ? undefined : v.response!.status,
    error: v.failure,
    attempt: line.tries,
    maxRetries: retry.maxRetries,
  });
  if (!again) return undefined;
  const delayMs = backoffMs({
    attempt: line.tries,
    baseMs: retry.baseDelayMs,
    maxMs: retry.maxDelayMs,
    retryAfterMs: parseRetryAfter(v.response?.headers.get("retry-after")),
  });
  // Give up rather than wait past the budget (or less than Retry-After asks).
  return now() - started + delayMs > retry.maxElapsedMs ? undefined : delayMs;
}

/** The last try's Response, or its typed error. */
function conclude(call: Call, v: Verdict): Response {
  const requestId = v.response?.headers.get("x-request-id") ?? null;
  const line = { ...call.line, requestId };
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
    return new Response(v.text || null, {
      status,
      statusText,
      headers,
    });
  if (response.ok) return response;
  // A retried DELETE whose earlier try may have done it: the 404 is its success.
  if (line.method === "DELETE" && status === 404 && call.mayHaveArrived)
    return new Response(null, { status, headers });
  const all = [...call.settings.secrets, ...call.x.secrets];
  throw errorFromResponse({
    ...line,
    status,
    text: v.text!,
    headers,
    secrets: all,
  });
}
