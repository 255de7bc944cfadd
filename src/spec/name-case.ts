// The two spellings of a name: the wire's camelCase (response keys) and the
// API reference's snake_case (method arguments, result fields). One rule each
// way, shared by the client at run time, the generator that names the result
// types, the emulator and spec:diff, so that a type and the value it
// describes can never spell a key differently. No imports: the client
// bundle takes this file alone.

/**
 * `totalUserShares` -> `total_user_shares`, `someURL` -> `some_url`:
 * civis-python's camel_to_snake, regex for regex. A capital that starts a
 * lowercase word gets a `_` before it, then any capital after a lowercase
 * letter or a digit; so an acronym stays one word.
 */
export function snakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** `target_file_name` -> `targetFileName`: a name as the wire's responses spell it. */
export const camelCase = (name: string): string =>
  name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
