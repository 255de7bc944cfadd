// Path parameters into the path, refused when they would address another
// endpoint; openapi-fetch's `pathSerializer`.
import { quoted } from "../text/redact.js";

// What URL parsing (or a server) resolves away as a dot segment, to the
// parent path: `.` and `..`, their percent-encoded forms included, and their
// look-alikes (fullwidth `．．`, `‥`), which a server that normalizes
// Unicode (NFKC) turns into dots.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

const refused = (name: string, why: string) =>
  new TypeError(`path parameter ${quoted(name)} ${why}`);

/** One path parameter's value as a path segment, or a TypeError naming it. */
function segment(name: string, value: unknown): string {
  if (value === undefined || value === null) throw refused(name, "is missing");
  if (
    typeof value !== "string" &&
    !(typeof value === "number" && Number.isFinite(value))
  )
    throw refused(name, "must be a string or a finite number");
  const text = String(value);
  if (text === "" || DOT_SEGMENT.test(text.normalize("NFKC")))
    throw refused(
      name,
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    );
  try {
    return encodeURIComponent(text);
  } catch {
    throw refused(name, "must be well-formed Unicode");
  }
}

/**
 * Civis path format: each `{name}` of the path becomes its value, a string
 * or finite number, URI-encoded. Refused, with a TypeError naming the
 * parameter (never its value), so that nothing is sent: a missing value
 * (openapi-fetch would leave `{name}` in the URL), an empty one, and `.`,
 * `..` or a percent-encoded form of them, which would address another
 * endpoint. Pass as openapi-fetch's `pathSerializer` option.
 */
export function civisPathSerializer(
  pathname: string,
  params: Record<string, unknown>,
): string {
  let out = "";
  let from = 0;
  for (let at = pathname.indexOf("{"); at >= 0;) {
    const end = pathname.indexOf("}", at);
    if (end < 0) break;
    const name = pathname.slice(at + 1, end);
    out += pathname.slice(from, at) + segment(name, params[name]);
    from = end + 1;
    at = pathname.indexOf("{", from);
  }
  return out + pathname.slice(from);
}
