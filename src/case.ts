// Response keys from the wire's camelCase to the seeds' snake_case. Every key
// is converted, as civis-python does, so a field the server adds later still
// arrives snake_case; opaque user data is never touched.

// civis-python's camel_to_snake: "totalUserShares" -> "total_user_shares",
// "someURL" -> "some_url". For the spec's keys (plain camelCase) it agrees
// with the generator's snakeCase (scripts/schema-to-ts.ts), which names the
// result types' fields.
const WORDS = /(.)([A-Z][a-z]+)/g;
const BOUNDARY = /([a-z0-9])([A-Z])/g;

// Responses repeat the same few keys, so each is converted once. Bounded, so
// that a server sending ever new keys cannot grow it without end.
const MAX_CACHED = 4096;
const cache = new Map<string, string>();

/** One key, camelCase to snake_case (cached). */
function snakeKey(key: string): string {
  let out = cache.get(key);
  if (out === undefined) {
    out = key.replace(WORDS, "$1_$2").replace(BOUNDARY, "$1_$2").toLowerCase();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, out);
  }
  return out;
}

/** Converts a parsed response body; `opaque` keys keep their value as is. */
export function toSnake(value: unknown, opaque?: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => toSnake(v, opaque));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    const key = snakeKey(k);
    const converted = opaque?.includes(k) ? v : toSnake(v, opaque);
    // A "__proto__" key from JSON must stay data, not become a prototype.
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: converted,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = converted;
  }
  return out;
}
