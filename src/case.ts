// Response keys from the wire's camelCase to the seeds' snake_case. Only the
// keys the spec names are converted; opaque user data is never touched.
import { specData } from "../generated/spec-data.js";

const keys: Readonly<Record<string, string>> = specData.responseKeys;

/** Converts a parsed response body; `opaque` keys keep their value as is. */
export function toSnake(value: unknown, opaque?: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => toSnake(v, opaque));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    const key = Object.hasOwn(keys, k) ? keys[k]! : k;
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
