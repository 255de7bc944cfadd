// A 2xx body against the top-level kind its operation declares. An empty,
// non-JSON (or cut short), wrong-kind or too deeply nested body is never
// data: the transport turns it into a `CivisInvalidResponseError`.
import { MAX_DEPTH, tooDeep } from "../text/json-depth.js";

/** The declared top-level kind of a success body; `any` allows object or array. */
export type BodyKind = "object" | "array" | "any";

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
