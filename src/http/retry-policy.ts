// The whole retry policy, as pure functions: civis-python's (which verbs
// retry on which statuses), with jittered backoff under a total budget. The
// transport is the only caller; nothing else decides whether to retry.
import { quoted } from "../text/redact.js";

/** Retry limits. */
export interface RetryOptions {
  /** Retries after the first try; 0 means exactly one try. */
  maxRetries: number;
  /** Backoff cap of the first retry; doubles per retry (full jitter below it). */
  baseDelayMs: number;
  /** Cap of the exponential backoff (a longer `Retry-After` is still honoured, within the budget). */
  maxDelayMs: number;
  /** Total budget from the first try: a retry whose wait would end past it is not made. */
  maxElapsedMs: number;
}

/** What callers may pass: options (missing fields default), a retry count, or `false` for one try. */
export type RetrySetting = Partial<RetryOptions> | number | false;

/**
 * Defaults: up to 4 tries, waits of at most 0.5, 1, 2 s (or `Retry-After`), and
 * no retry that would end past 60 s. civis-python retries longer (10 tries); an
 * interactive client should fail sooner and let the caller decide, and a 429
 * whose `Retry-After` exceeds the budget surfaces as `CivisRateLimitError` with
 * `retryAfterMs`.
 */
export const defaultRetryOptions: Readonly<RetryOptions> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxElapsedMs: 60_000,
});

function check(name: string, value: number, integer: boolean): void {
  if (!(value >= 0) || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `retries.${name} must be a non-negative ${integer ? "integer" : "number"}`,
    );
  }
}

/**
 * Merges a `RetrySetting` over `base`; `false` and `0` both mean exactly one
 * try. An unknown key (a misspelt `maxRetrys`) is a TypeError, not ignored.
 */
export function resolveRetryOptions(
  setting: RetrySetting | undefined,
  base: Readonly<RetryOptions> = defaultRetryOptions,
): RetryOptions {
  const out = { ...base };
  if (setting === false) out.maxRetries = 0;
  else if (typeof setting === "number") out.maxRetries = setting;
  else if (setting) {
    for (const [key, v] of Object.entries(setting)) {
      if (!Object.hasOwn(defaultRetryOptions, key))
        throw new TypeError(
          `retries: unknown option ${quoted(key)}; known: ${Object.keys(defaultRetryOptions).join(", ")}`,
        );
      if (v !== undefined) out[key as keyof RetryOptions] = v as number;
    }
  }
  check("maxRetries", out.maxRetries, true);
  check("baseDelayMs", out.baseDelayMs, false);
  check("maxDelayMs", out.maxDelayMs, false);
  check("maxElapsedMs", out.maxElapsedMs, false);
  return out;
}

/**
 * How a try failed without a usable response: `network` (no response, or it
 * was cut off), `timeout` (the per-try timeout), `invalid` (a 2xx whose body
 * is not what the operation declares), `blocked` (the runtime forbids the
 * request: a Deno permission, a blocked port, an invalid URL), `redirect` (a
 * 3xx, which the API never sends and the client never follows).
 */
export type TryFailure =
  "network" | "timeout" | "invalid" | "blocked" | "redirect";

/** Input of `shouldRetry`. */
export interface RetryDecision {
  /** HTTP method of the request. */
  method: string;
  /** Status of the response, when one arrived. */
  status?: number | undefined;
  /** Set when the try failed without a usable response; see `TryFailure`. */
  error?: TryFailure | undefined;
  /** Tries made so far, this one included (1 after the first). */
  attempt: number;
  /** Retries allowed (`RetryOptions.maxRetries`). */
  maxRetries: number;
}

// Safe to resend: the server treats a repeat like the first (RFC 9110 9.2.2).
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * The civis-python policy. Idempotent verbs retry on 429/502/503/504, on a
 * network failure or timeout, and on an invalid 2xx body (like a 502). POST
 * retries only on 429 and 503, which say the request was not processed; after
 * 502/504, a reset, a timeout or an invalid body the write may have happened.
 * PATCH (and anything else) never retries, and nothing retries what the
 * runtime forbids or a redirect (the same answer would come again).
 */
export function shouldRetry({
  method,
  status,
  error,
  attempt,
  maxRetries,
}: RetryDecision): boolean {
  if (attempt > maxRetries || error === "blocked" || error === "redirect")
    return false;
  const verb = method.toUpperCase();
  if (IDEMPOTENT.has(verb)) {
    return (
      error !== undefined ||
      status === 429 ||
      status === 502 ||
      status === 503 ||
      status === 504
    );
  }
  if (verb === "POST")
    return error === undefined && (status === 429 || status === 503);
  return false;
}

/** Input of `backoffMs`. */
export interface BackoffInput {
  /** Tries made so far (1 before the first retry). */
  attempt: number;
  /** `RetryOptions.baseDelayMs`. */
  baseMs: number;
  /** `RetryOptions.maxDelayMs`. */
  maxMs: number;
  /** Parsed `Retry-After`, when the response had one. */
  retryAfterMs?: number | undefined;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/**
 * Wait before the next try: full jitter, uniform in [0, min(maxMs, baseMs *
 * 2^(attempt-1))), but never less than `Retry-After`. A `Retry-After` above
 * `maxMs` is returned as is: the caller compares it with the total budget and
 * gives up rather than retry early against the server's word.
 */
export function backoffMs({
  attempt,
  baseMs,
  maxMs,
  retryAfterMs,
  random = Math.random,
}: BackoffInput): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.floor(random() * cap), retryAfterMs ?? 0);
}
