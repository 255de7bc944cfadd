// Command-line text to the value an argument's type in the spec calls for.
// What cannot be read as that type is passed on as text, so that the client's
// own check rejects it with its own message (`... must be an integer (got
// string)`); the command line has no second set of rules.
import type { ArgInfo } from "../methods/method-spec.js";
import { UsageError } from "./usage-error.js";

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function fromJson(where: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`${where} must be JSON text`);
  }
}

/** One value; `where` names it in a message, e.g. `groups.list: limit`. */
export function fromText(where: string, info: ArgInfo, text: string): unknown {
  switch (info.type) {
    case "integer":
    case "number":
      return DECIMAL.test(text) ? Number(text) : text;
    case "boolean": {
      const lower = text.toLowerCase();
      return lower === "true" ? true : lower === "false" ? false : text;
    }
    case "array":
      return fromTexts(where, info, [text]);
    case "object":
      return fromJson(where, text);
    case undefined:
      // An opaque value: JSON when it parses, else the text itself.
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** An array from repeated flags, each possibly a comma-separated list. */
export function fromTexts(
  where: string,
  info: ArgInfo,
  texts: readonly string[],
): unknown[] {
  const items = info.items ?? {};
  return texts
    .flatMap((t) => (t === "" ? [] : t.split(",")))
    .map((t, i) => fromText(`${where}[${i}]`, items, t.trim()));
}
