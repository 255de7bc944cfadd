// Checks arguments against the spec's constraints before anything is sent.
// A bad argument throws a TypeError (wrong kind, missing, unknown) or a
// RangeError (out of bounds, not one of the allowed values) naming the
// method and the argument. String values are not echoed (they may be secrets).
import type { ArgInfo } from "./method-spec.js";

const encoder = new TextEncoder();

const kindOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v;

const show = (v: unknown) =>
  typeof v === "string" ? "a string" : `${kindOf(v)} ${String(v)}`;

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
      // URL parsing resolves a "." or ".." segment (even as %2E%2E), so such a
      // path value would silently address another endpoint (the parent).
      if (info.in === "path" && (value === "." || value === ".."))
        throw new RangeError(
          `${where} cannot be "." or ".." (not expressible as a URL path segment)`,
        );
      if (info.minLength !== undefined && value.length < info.minLength)
        throw new RangeError(`${where} must not be empty`);
      if (info.maxLength !== undefined && value.length > info.maxLength)
        throw new RangeError(
          `${where} must be at most ${info.maxLength} characters`,
        );
      if (info.maxBytes !== undefined) {
        const bytes = encoder.encode(value).length;
        if (bytes > info.maxBytes)
          throw new RangeError(
            `${where} must be at most ${info.maxBytes} bytes (got ${bytes})`,
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
    const got = JSON.stringify(value)?.slice(0, 40);
    throw new RangeError(`${where} must be one of ${allowed} (got ${got})`);
  }
}
