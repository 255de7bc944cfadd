// Checks arguments against the spec's constraints before anything is sent.
// A bad argument throws a TypeError (wrong kind, missing, unknown) or a
// RangeError (out of bounds, not one of the allowed values) naming the
// method and the argument. String values are never echoed (they may be
// secrets: a password passed where the type goes).
import type { ArgInfo } from "./method-spec.js";

const encoder = new TextEncoder();

// No value the API takes is documented longer than `value_str`'s 1,000,000
// bytes; a longer string can never succeed, so it is not sent at all.
const MAX_STRING_BYTES = 1_000_000;

// Lone surrogates cannot be encoded as UTF-8: a path would throw a URIError
// and a body would silently carry U+FFFD instead.
const LONE_SURROGATE = /\p{Surrogate}/u;
const isWellFormed = (s: string): boolean =>
  (s as { isWellFormed?: () => boolean }).isWellFormed?.() ??
  !LONE_SURROGATE.test(s);

const kindOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v;

// Numbers and booleans are shown; strings, arrays and objects only by kind.
const show = (v: unknown) =>
  ["number", "boolean", "bigint"].includes(typeof v)
    ? `${typeof v} ${String(v)}`
    : kindOf(v);

/** Validates one argument; `where` reads like `groups.list: limit`. */
export function checkArg(where: string, info: ArgInfo, value: unknown): void {
  switch (info.type) {
    case "integer":
      // Safe integers only: 1e21 would reach the URL as "1e+21".
      if (typeof value !== "number" || !Number.isSafeInteger(value))
        throw new TypeError(`${where} must be an integer (got ${show(value)})`);
      if (info.min !== undefined && value < info.min)
        throw new RangeError(
          `${where} must be at least ${info.min} (got ${value})`,
        );
      if (info.max !== undefined && value > info.max)
        throw new RangeError(
          `${where} must be at most ${info.max} (got ${value})`,
        );
      break;
    case "boolean":
      if (typeof value !== "boolean")
        throw new TypeError(`${where} must be a boolean (got ${show(value)})`);
      break;
    case "string":
      if (typeof value !== "string")
        throw new TypeError(`${where} must be a string (got ${kindOf(value)})`);
      if (!isWellFormed(value))
        throw new TypeError(
          `${where} must be well-formed Unicode (it holds a lone surrogate)`,
        );
      if (info.minLength !== undefined && value.length < info.minLength)
        throw new RangeError(`${where} must not be empty`);
      if (info.maxLength !== undefined && value.length > info.maxLength)
        throw new RangeError(
          `${where} must be at most ${info.maxLength} characters`,
        );
      // A UTF-8 byte is at least a third of a UTF-16 unit: short strings need no count.
      const maxBytes = info.maxBytes ?? MAX_STRING_BYTES;
      if (value.length * 3 > maxBytes) {
        const bytes = encoder.encode(value).length;
        if (bytes > maxBytes)
          throw new RangeError(
            `${where} must be at most ${maxBytes} bytes (got ${bytes})`,
          );
      }
      if (info.pattern !== undefined && !new RegExp(info.pattern).test(value))
        throw new TypeError(`${where} must match ${info.pattern}`);
      if (info.json) {
        try {
          JSON.parse(value);
        } catch {
          throw new TypeError(`${where} must be valid JSON text`);
        }
      }
      break;
    case "array":
      if (!Array.isArray(value))
        throw new TypeError(`${where} must be an array (got ${kindOf(value)})`);
      if (info.minItems !== undefined && value.length < info.minItems)
        throw new RangeError(
          `${where} must hold at least ${info.minItems} item(s)`,
        );
      if (info.items)
        value.forEach((v, i) => checkArg(`${where}[${i}]`, info.items!, v));
      break;
  }
  if (info.enum && !info.enum.includes(value as string)) {
    const allowed = info.enum.map((e) => JSON.stringify(e)).join(", ");
    throw new RangeError(`${where} must be one of ${allowed}`);
  }
}
