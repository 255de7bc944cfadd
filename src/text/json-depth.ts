// How deeply a JSON text nests, counted before it is parsed: a parser, and
// every walk over what it parses, may recurse once per level.

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
