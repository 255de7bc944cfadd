import { describe, expect, it } from "vitest";
import {
  backoffMs,
  defaultRetryOptions,
  resolveRetryOptions,
  shouldRetry,
  type RetrySetting,
  type TryFailure,
} from "../../src/http/retry-policy.js";
import { parseRetryAfter } from "../../src/text/header-values.js";

// The policy of civis-python, written out method by method: GET/PUT/DELETE/
// HEAD retry on 429/502/503/504 and on network errors and timeouts; POST only
// on 429 and 503; PATCH never. Besides: an invalid 2xx body is retried like a
// 502, and what the runtime forbids never is.
type Outcome = number | TryFailure;
/** (method, status or failure, tries made so far, retried?) */
type Row = [
  method: string,
  outcome: Outcome,
  attempt: number,
  retried: boolean,
];

// After the first try, with the default 3 retries. Lower-case methods are
// the same methods.
const afterFirstTry: Record<string, { retried: Outcome[]; not: Outcome[] }> = {
  GET: {
    retried: [429, 502, 503, 504, "network", "timeout", "invalid"],
    not: ["blocked", 200, 400, 401, 403, 404, 409, 500, 501],
  },
  get: { retried: [503], not: [] },
  HEAD: { retried: [502], not: [] },
  PUT: {
    retried: [429, 502, 503, 504, "network", "timeout", "invalid"],
    not: [404, 500],
  },
  DELETE: {
    retried: [429, 502, 503, 504, "network", "timeout"],
    not: ["blocked", 404],
  },
  POST: {
    retried: [429, 503],
    not: [502, 504, 500, "network", "timeout", "invalid", "blocked"],
  },
  post: { retried: [503], not: [] },
  PATCH: {
    retried: [],
    not: [429, 502, 503, 504, "network", "timeout", "invalid"],
  },
};

// The budget of 3 retries: the third try may still be retried, the fourth
// may not.
const laterTries: Row[] = [
  ["GET", 503, 3, true],
  ["GET", 503, 4, false],
  ["GET", "network", 4, false],
  ["DELETE", 503, 4, false],
  ["POST", 503, 3, true],
  ["POST", 503, 4, false],
];

const policy: Row[] = [
  ...Object.entries(afterFirstTry).flatMap(([method, { retried, not }]) => [
    ...retried.map((outcome): Row => [method, outcome, 1, true]),
    ...not.map((outcome): Row => [method, outcome, 1, false]),
  ]),
  ...laterTries,
];

describe("shouldRetry: the civis-python policy, row by row", () => {
  it.each(policy)(
    "%s %s after try %i -> %s",
    (method, outcome, attempt, retried) => {
      const input =
        typeof outcome === "string"
          ? { method, error: outcome, attempt, maxRetries: 3 }
          : { method, status: outcome, attempt, maxRetries: 3 };
      expect(shouldRetry(input)).toBe(retried);
    },
  );

  it("retries nothing with maxRetries 0", () => {
    expect(
      shouldRetry({ method: "GET", status: 503, attempt: 1, maxRetries: 0 }),
    ).toBe(false);
    expect(
      shouldRetry({
        method: "PUT",
        error: "network",
        attempt: 1,
        maxRetries: 0,
      }),
    ).toBe(false);
  });
});

describe("backoffMs", () => {
  const opts = { baseMs: 500, maxMs: 20_000 };

  it("is 0 with random 0 and no Retry-After", () => {
    expect(backoffMs({ ...opts, attempt: 1, random: () => 0 })).toBe(0);
  });

  it("stays under the doubling cap", () => {
    const almostOne = () => 0.999_999;
    expect(backoffMs({ ...opts, attempt: 1, random: almostOne })).toBe(499);
    expect(backoffMs({ ...opts, attempt: 2, random: almostOne })).toBe(999);
    expect(backoffMs({ ...opts, attempt: 3, random: almostOne })).toBe(1999);
    expect(backoffMs({ ...opts, attempt: 3, random: () => 0.5 })).toBe(1000);
  });

  it("is capped by maxMs", () => {
    expect(backoffMs({ ...opts, attempt: 30, random: () => 0.999_999 })).toBe(
      19_999,
    );
    expect(backoffMs({ ...opts, attempt: 1000, random: () => 0.5 })).toBe(
      10_000,
    );
  });

  it("never waits less than Retry-After", () => {
    expect(
      backoffMs({
        ...opts,
        attempt: 1,
        retryAfterMs: 7000,
        random: () => 0.999,
      }),
    ).toBe(7000);
    expect(
      backoffMs({ ...opts, attempt: 6, retryAfterMs: 100, random: () => 0.5 }),
    ).toBe(8000);
  });

  it("returns a Retry-After above maxMs as is (the caller weighs it against the budget)", () => {
    expect(
      backoffMs({ ...opts, attempt: 1, retryAfterMs: 90_000, random: () => 0 }),
    ).toBe(90_000);
  });

  it("stays within [0, cap) over many draws", () => {
    let seed = 42;
    const lcg = () =>
      (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const caps = [500, 1000, 2000, 4000, 8000, 16_000, 20_000, 20_000];
    caps.forEach((cap, i) => {
      for (let draw = 0; draw < 200; draw++) {
        const d = backoffMs({ ...opts, attempt: i + 1, random: lcg });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(cap);
      }
    });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-04-17T18:21:00.000Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 3 ", now)).toBe(3000);
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("2026", now)).toBe(2_026_000);
  });

  it("reads an HTTP-date relative to now", () => {
    expect(parseRetryAfter("Fri, 17 Apr 2026 18:21:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 17 Apr 2026 18:20:00 GMT", now)).toBe(0);
  });

  it("ignores absent and garbage values", () => {
    for (const v of [null, undefined, "", "soon", "-1", "1e3", "12abc!"]) {
      expect(parseRetryAfter(v, now)).toBeUndefined();
    }
  });
});

describe("resolveRetryOptions", () => {
  it("defaults", () => {
    expect(resolveRetryOptions(undefined)).toEqual(defaultRetryOptions);
    expect(defaultRetryOptions.maxRetries).toBe(3);
  });

  it("false and 0 both mean one try", () => {
    expect(resolveRetryOptions(false).maxRetries).toBe(0);
    expect(resolveRetryOptions(0).maxRetries).toBe(0);
    expect(resolveRetryOptions({ maxRetries: 0 }).maxRetries).toBe(0);
  });

  it("a number sets maxRetries; an object overrides only what it gives", () => {
    expect(resolveRetryOptions(5)).toEqual({
      ...defaultRetryOptions,
      maxRetries: 5,
    });
    expect(
      resolveRetryOptions({ baseDelayMs: 10, maxDelayMs: undefined }),
    ).toEqual({
      ...defaultRetryOptions,
      baseDelayMs: 10,
    });
  });

  it("merges over a given base", () => {
    const base = resolveRetryOptions({ maxRetries: 7, baseDelayMs: 1 });
    expect(resolveRetryOptions({ maxElapsedMs: 5 }, base)).toEqual({
      ...base,
      maxElapsedMs: 5,
    });
    expect(resolveRetryOptions(false, base)).toEqual({
      ...base,
      maxRetries: 0,
    });
  });

  it("refuses an unknown key, naming it, instead of ignoring it", () => {
    const misspelt = { maxRetrys: 5 } as unknown as RetrySetting;
    expect(() => resolveRetryOptions(misspelt)).toThrow(TypeError);
    expect(() => resolveRetryOptions(misspelt)).toThrow(
      /unknown option "maxRetrys"/,
    );
  });

  it("rejects nonsense", () => {
    expect(() => resolveRetryOptions(-1)).toThrow(RangeError);
    expect(() => resolveRetryOptions(1.5)).toThrow(RangeError);
    expect(() => resolveRetryOptions(Number.NaN)).toThrow(RangeError);
    expect(() => resolveRetryOptions({ baseDelayMs: -5 })).toThrow(RangeError);
    expect(resolveRetryOptions({ maxElapsedMs: Infinity }).maxElapsedMs).toBe(
      Infinity,
    );
  });
});
