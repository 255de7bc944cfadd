// Header values as the client reads them: numbers (rate limit, pagination)
// and `Retry-After`. A value that does not parse is absent, never a guess.

/** A header's value as a finite number, or null when absent, empty or not a number. */
export const headerNumber = (h: Headers, name: string): number | null => {
  const v = h.get(name);
  return v === null || v.trim() === "" || !Number.isFinite(Number(v))
    ? null
    : Number(v);
};

/**
 * `Retry-After` in milliseconds: delta-seconds (`120`) or an HTTP-date (time
 * left, at least 0). Undefined when absent or unparsable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.ceil(Number(v) * 1000);
  // Date.parse accepts bare numbers as years; only accept something date-like.
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
