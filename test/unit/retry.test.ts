import { describe, expect, it } from "vitest";
import {
  backoffMs,
  defaultRetryOptions,
  parseRetryAfter,
  resolveRetryOptions,
  shouldRetry,
} from "../../src/transport/retry-policy.js";

describe("shouldRetry policy table", () => {
  const idempotent = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"];
  const statuses = [
    200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 503, 504,
  ];
  const expected = (
    method: string,
    outcome: number | "network" | "timeout",
  ): boolean => {
    if (idempotent.includes(method)) {
      return (
        typeof outcome === "string" || [429, 502, 503, 504].includes(outcome)
      );
    }
    if (method === "POST") return outcome === 429 || outcome === 503;
    return false;
  };
  const verbs = [...idempotent, "POST", "PATCH", "TRACE"];
  const outcomes: (number | "network" | "timeout")[] = [
    ...statuses,
    "network",
    "timeout",
  ];
  const rows = verbs.flatMap((method) =>
    outcomes.map((o) => [method, o, expected(method, o)] as const),
  );

  it.each(rows)("%s %s -> %s", (method, outcome, retry) => {
    const input =
      typeof outcome === "string"
        ? { method, error: outcome, attempt: 1, maxRetries: 3 }
        : { method, status: outcome, attempt: 1, maxRetries: 3 };
    expect(shouldRetry(input)).toBe(retry);
  });

  it("spells out the civis-python essentials", () => {
    expect(
      shouldRetry({ method: "POST", status: 502, attempt: 1, maxRetries: 3 }),
    ).toBe(false);
    expect(
      shouldRetry({ method: "POST", status: 504, attempt: 1, maxRetries: 3 }),
    ).toBe(false);
    expect(
      shouldRetry({
        method: "POST",
        error: "network",
        attempt: 1,
        maxRetries: 3,
      }),
    ).toBe(false);
    expect(
      shouldRetry({
        method: "POST",
        error: "timeout",
        attempt: 1,
        maxRetries: 3,
      }),
    ).toBe(false);
    expect(
      shouldRetry({ method: "PATCH", status: 429, attempt: 1, maxRetries: 3 }),
    ).toBe(false);
    expect(
      shouldRetry({
        method: "GET",
        error: "timeout",
        attempt: 1,
        maxRetries: 3,
      }),
    ).toBe(true);
  });

  it("accepts lower-case verbs", () => {
    expect(
      shouldRetry({ method: "get", status: 503, attempt: 1, maxRetries: 1 }),
    ).toBe(true);
    expect(
      shouldRetry({ method: "post", status: 503, attempt: 1, maxRetries: 1 }),
    ).toBe(true);
  });

  it("stops after maxRetries retries", () => {
    const base = { method: "GET", status: 503 };
    expect(shouldRetry({ ...base, attempt: 3, maxRetries: 3 })).toBe(true);
    expect(shouldRetry({ ...base, attempt: 4, maxRetries: 3 })).toBe(false);
  });

  it("never retries with maxRetries 0", () => {
    for (const method of verbs) {
      expect(
        shouldRetry({ method, status: 503, attempt: 1, maxRetries: 0 }),
      ).toBe(false);
      expect(
        shouldRetry({ method, error: "network", attempt: 1, maxRetries: 0 }),
      ).toBe(false);
    }
  });

  it("does not retry without a status or an error", () => {
    expect(shouldRetry({ method: "GET", attempt: 1, maxRetries: 3 })).toBe(
      false,
    );
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
    for (let attempt = 1; attempt <= 8; attempt++) {
      const cap = Math.min(20_000, 500 * 2 ** (attempt - 1));
      for (let i = 0; i < 200; i++) {
        const d = backoffMs({ ...opts, attempt, random: lcg });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(cap);
      }
    }
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
