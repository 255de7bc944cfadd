// Text from data, made safe and measured for a terminal. A name or a server's
// message can hold escape sequences that set the window title, clear the
// screen or reorder what follows (bidi overrides); they are shown escaped.
// Widths count terminal columns (CJK and emoji two, combining marks none), and
// text is cut between graphemes, never inside a character.
import stringWidth from "string-width";

// C0, DEL, C1, the bidi embeddings, overrides and isolates, and surrogates
// without their pair (which a terminal would show as U+FFFD, hiding the data).
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

const hex = (char: string, digits: number) =>
  char.charCodeAt(0).toString(16).padStart(digits, "0");

/** `text` with each unsafe character written as `\x1b` or `\u202e`. */
export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, (c) =>
    c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`,
  );

/** Each line of `text` escaped, the line breaks kept. */
export const escapeLines = (text: string): string =>
  text.split("\n").map(escapeControls).join("\n");

// The unsafe characters JSON.stringify leaves raw: it escapes C0 and lone
// surrogates itself, and the line breaks between its lines are its own.
const UNSAFE_IN_JSON = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with DEL, C1 and bidi controls as `\u` escapes: the same JSON to any reader. */
export const escapeJsonControls = (json: string): string =>
  json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);

/** Columns `text` takes on a terminal. */
export const displayWidth = (text: string): number => stringWidth(text);

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** `text` within `width` columns, cut between graphemes with "…". */
export function cutToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let kept = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}

/** `text` padded with spaces to `width` columns. */
export const padToWidth = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - stringWidth(text)));
