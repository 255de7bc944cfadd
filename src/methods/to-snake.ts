// Response keys from the wire's camelCase to the seeds' snake_case. Every key
// is converted, as civis-python does, so a field the server adds later still
// arrives snake_case; opaque user data is never touched.
import { snakeCase } from "../spec/name-case.js";

// Responses repeat the same few keys, so each is converted once, into an
// object with no prototype (a lookup there is cheaper than a Map's). Bounded,
// so that a server sending ever new keys cannot grow it without end.
const MAX_CACHED = 4096;
let cache: Record<string, string> = Object.create(null);
let cached = 0;

/** One key, camelCase to snake_case (cached). */
function snakeKey(key: string): string {
  let out = cache[key];
  if (out === undefined) {
    if (++cached > MAX_CACHED) {
      cache = Object.create(null);
      cached = 1;
    }
    out = cache[key] = snakeCase(key);
  }
  return out;
}

// A list's items share their keys. For such a list a converter per key
// sequence ("shape") is compiled once, an object literal with the snake_case
// keys: filling a literal is many times cheaper than adding keys one by one
// (`npm run bench`: a 50-item list call costs about a fifth of a bare
// openapi-fetch call more without it).
// Keys enter the code only as JSON string literals. Where the runtime forbids
// compiling (a CSP without 'unsafe-eval', Cloudflare Workers), or for a
// "__proto__" key, the item takes the walk below; the result is the same.
type Make = (o: unknown, convert: (v: unknown) => unknown) => unknown;
interface Shape {
  keys: string[];
  make: Make;
}
const MIN_ITEMS = 8;
const MAX_SHAPES = 256;
const shapes = new Map<string, Shape | null>();

function shapeOf(item: object): Shape | null {
  const keys = Object.keys(item);
  const id = keys.join("\0");
  let shape = shapes.get(id);
  if (shape !== undefined) return shape;
  shape = null;
  const fields = keys.map(
    (k) => `${JSON.stringify(snakeKey(k))}:c(o[${JSON.stringify(k)}])`,
  );
  if (!fields.some((f) => f.startsWith('"__proto__"')))
    try {
      shape = {
        keys,
        make: new Function("o", "c", `return{${fields}}`) as Make,
      };
    } catch {
      // Compiling is forbidden here: the walk it is.
    }
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(id, shape);
  return shape;
}

/** Whether `item` has exactly `keys`, in that order. */
function fits(item: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in item) if (k !== keys[i++]) return false;
  return i === keys.length;
}

const nested = (v: unknown): unknown =>
  typeof v === "object" && v !== null ? toSnake(v) : v;

/** Converts a parsed response body; `opaque` keys keep their value as is. */
export function toSnake(value: unknown, opaque?: readonly string[]): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    const shape =
      !opaque &&
      value.length >= MIN_ITEMS &&
      typeof first === "object" &&
      first !== null &&
      !Array.isArray(first)
        ? shapeOf(first)
        : null;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] =
        shape && typeof v === "object" && v !== null && fits(v, shape.keys)
          ? shape.make(v, nested)
          : toSnake(v, opaque);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  // A parsed body's keys are all its own: `for...in` is the fast walk.
  for (const k in value) {
    let v = (value as Record<string, unknown>)[k];
    if (typeof v === "object" && v !== null && !opaque?.includes(k))
      v = toSnake(v, opaque);
    const key = snakeKey(k);
    // A "__proto__" key from JSON must stay data, not become a prototype.
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = v;
  }
  return out;
}
