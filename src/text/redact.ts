// What a message may show of text it did not write: server text and paths
// are cut to a bounded length, a caller's names are quoted, and secrets the
// server echoes are redacted. Request values never go into a message, so
// only server text needs redacting.

const MAX_ECHO = 200;

/** `text` cut to about 200 characters, with an ellipsis. */
export const clip = (text: string): string =>
  text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;

/**
 * A name the caller typed (an option, a flag, a resource), as a message
 * quotes it: in JSON quotes, so line breaks and terminal escapes show as
 * escapes, and cut to 40 characters with an ellipsis.
 */
export const quoted = (name: string): string =>
  JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);

// Shorter strings are not secrets worth hiding, and replacing them would
// garble ordinary words (a password "p" in "password") and so tell it.
const MIN_SECRET = 8;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The Basic credential of an API key: base64 of `key:` (UTF-8), the key as
 * user name with an empty password, as civis-python sends it.
 */
export function basicCredential(apiKey: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${apiKey}:`))
    binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The forms a secret can come back in, to redact: as given (which covers
 * `Bearer <key>`), URL-encoded, and as the Basic credential it becomes.
 * None for a secret under 8 characters.
 */
export const secretForms = (secret: string): string[] =>
  secret.length < MIN_SECRET
    ? []
    : [
        ...new Set([
          secret,
          encodeURIComponent(secret),
          basicCredential(secret),
        ]),
      ];

/**
 * Replaces whole occurrences (not part of a longer word) of each of
 * `secrets` (as `secretForms` gives them) with `[REDACTED]`.
 */
export function redact(text: string, secrets: readonly string[]): string {
  for (const form of secrets) {
    let out = "";
    let from = 0;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at)) {
      const end = at + form.length;
      const whole =
        !WORD_CHAR.test(text[at - 1] ?? "") && !WORD_CHAR.test(text[end] ?? "");
      if (whole) {
        out += `${text.slice(from, at)}[REDACTED]`;
        from = end;
      }
      at = whole ? end : at + 1;
    }
    text = out + text.slice(from);
  }
  return text;
}

export function redactDeep(
  value: unknown,
  secrets: readonly string[],
): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets);
    return out;
  }
  return value;
}
