// Fault injection for client tests: scripted statuses, seeded random 503/429,
// and added latency. Everything is per instance and deterministic: the same
// options and the same request order give the same answers.
import { errorBody } from "../model/api-errors.js";

/** One scripted answer. A status below 400 lets the request through. */
export interface FaultStep {
  status: number;
  /**
   * `Retry-After` seconds on this answer. Default: the options'
   * `retryAfterSeconds` on 429 and 503, none on other statuses; `null` omits it.
   */
  retryAfterSeconds?: number | null;
  /** The body: default a Civis error body (none for 502); `null` sends none. */
  body?: unknown;
  /** Extra delay before this answer (also when the request passes). */
  latencyMs?: number;
}

/**
 * Fault injection options (all off by default). Only requests for which
 * `only(method, path)` is true are affected; CORS preflights never are.
 *
 * - `script`: the next matching requests are answered in order, e.g.
 *   `[503, 502, 429, 200]` answers 503, 502, 429, then lets the fourth through;
 *   after the script, requests pass (or meet the random rates). A number is
 *   shorthand for `{ status }`.
 * - `rate503`, `rate429`: probabilities (0..1) of answering 503 or 429, drawn
 *   from a mulberry32 PRNG seeded by `seed` (default 1), so reruns repeat.
 * - `retryAfterSeconds`: `Retry-After` on injected 429/503 (default 1; 0 keeps
 *   client tests fast).
 * - `latencyMs`: delay added to every matching request.
 *
 * For a retry test: `setFaults({ script: [503, 503] })`, call the client, then
 * assert `requestCount() === 3`.
 */
export interface FaultOptions {
  script?: Array<number | FaultStep>;
  rate503?: number;
  rate429?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  seed?: number;
  only?: (method: string, path: string) => boolean;
}

/** What to do with one request. */
export interface FaultDecision {
  latencyMs: number;
  /** The injected answer, or null to let the request through. */
  fault: {
    status: number;
    body: unknown;
    headers: Record<string, string>;
  } | null;
}

export interface FaultInjector {
  decide(method: string, path: string): FaultDecision;
  /** Scripted answers not yet used. */
  readonly scriptRemaining: number;
}

const PASS: FaultDecision = { latencyMs: 0, fault: null };

/** A fault injector; `undefined` options inject nothing. */
export function createFaults(options: FaultOptions = {}): FaultInjector {
  const script = (options.script ?? []).map((s) =>
    typeof s === "number" ? { status: s } : s,
  );
  let next = 0;
  const random = mulberry32(options.seed ?? 1);
  const rate503 = options.rate503 ?? 0;
  const rate429 = options.rate429 ?? 0;
  const retryAfter = options.retryAfterSeconds ?? 1;
  const latency = options.latencyMs ?? 0;

  const answer = (step: FaultStep): FaultDecision => {
    const latencyMs = step.latencyMs ?? latency;
    if (step.status < 400) return { latencyMs, fault: null };
    const headers: Record<string, string> = {};
    const seconds =
      step.retryAfterSeconds !== undefined
        ? step.retryAfterSeconds
        : step.status === 429 || step.status === 503
          ? retryAfter
          : null;
    if (seconds !== null) headers["Retry-After"] = String(seconds);
    const body = step.body !== undefined ? step.body : defaultBody(step.status);
    return { latencyMs, fault: { status: step.status, body, headers } };
  };

  return {
    get scriptRemaining() {
      return script.length - next;
    },
    decide(method, path) {
      if (options.only && !options.only(method, path)) return PASS;
      const step = script[next];
      if (step) {
        next += 1;
        return answer(step);
      }
      if (rate503 > 0 || rate429 > 0) {
        const r = random();
        if (r < rate503) return answer({ status: 503 });
        if (r < rate503 + rate429) return answer({ status: 429 });
      }
      return latency > 0 ? { latencyMs: latency, fault: null } : PASS;
    },
  };
}

// A Civis error body for an injected status; a 502 comes from a proxy in
// front of the API and has no body, which clients must cope with.
function defaultBody(status: number): unknown {
  const known: Record<number, [string, string]> = {
    429: ["too_many_requests", "Rate limit exceeded. Retry later."],
    500: ["internal_server_error", "An unexpected error occurred."],
    503: ["service_unavailable", "The service is temporarily unavailable."],
    504: ["gateway_timeout", "The upstream server timed out."],
  };
  if (status === 502) return null;
  const [error, errorDescription] = known[status] ?? [
    "injected_fault",
    `Injected fault ${status}.`,
  ];
  return errorBody(status, error, errorDescription);
}

/** mulberry32: a tiny, good-enough seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
