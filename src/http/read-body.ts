// A 2xx body against the top-level kind its operation declares. An empty,
// non-JSON (or cut short), wrong-kind or too deeply nested body is never
// data: the transport turns it into a `CivisInvalidResponseError`.
import type { BodyKind } from "../methods/method-spec.js";

/**
 * The deepest nesting of arrays and objects a body may have. Far above any
 * answer of the API (civis-python cannot read one about 1000 deep; the
 * emulator keeps JSON values to 512 levels, one more in its answer), and far
 * below what the walks over a parsed body (the key conversion, redaction,
 * the caller's own JSON.stringify) can take on the stack of any runtime.
 */
export const MAX_DEPTH = 1000;

/** Whether JSON `text` nests arrays and objects deeper than MAX_DEPTH. */
export function tooDeep(text: string): boolean {
  // A level opens with `[` or `{`: too few of them (strings included), and
  // the count below is not needed. Most bodies end here.
  let depth = 0;
  for (const c of "[{")
    for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1))
      if (++depth > MAX_DEPTH) break;
  if (depth <= MAX_DEPTH) return false;
  depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // To the closing quote: the next one after an even run of backslashes.
      for (let escapes = 1; escapes % 2 && i >= 0;) {
        i = text.indexOf('"', i + 1);
        for (escapes = 0; text.charCodeAt(i - 1 - escapes) === 92;) escapes++;
      }
      if (i < 0) return false;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** The parsed body, or what is wrong with it. */
export function readBody(
  text: string,
  kind: BodyKind,
): { data: unknown } | { problem: string } {
  if (text === "") return { problem: "the body is empty" };
  // Before parsing: a parser may recurse too, on some runtimes.
  if (tooDeep(text))
    return {
      problem: `the body nests over ${MAX_DEPTH} levels deep`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: "the body is not JSON, or was cut short" };
  }
  const got = Array.isArray(data)
    ? "array"
    : typeof data === "object" && data !== null
      ? "object"
      : undefined;
  if (got && (kind === "any" || kind === got)) return { data };
  const declared = kind === "any" ? "an object or array" : `an ${kind}`;
  return {
    problem: `the body is ${got ? `an ${got}` : "neither object nor array"}, not ${declared}`,
  };
}
