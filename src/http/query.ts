// The query string as the Civis API reads it; openapi-fetch's
// `querySerializer`.

function queryValue(name: string, value: unknown): string {
  if (typeof value === "string") return encodeURIComponent(value);
  if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return String(value);
  }
  if (value instanceof Date) return encodeURIComponent(value.toISOString());
  throw new TypeError(
    `Query parameter "${name}" must be a string, number, boolean or array of them`,
  );
}

/**
 * Civis query format: `undefined`/`null` omitted, booleans `true`/`false`,
 * arrays as `name[]=a&name[]=b` (empty arrays omitted), values URI-encoded.
 * Pass as openapi-fetch's `querySerializer` option.
 */
export function civisQuerySerializer(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const key = encodeURIComponent(name);
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (item !== undefined && item !== null)
          parts.push(`${key}[]=${queryValue(name, item)}`);
      }
    } else {
      parts.push(`${key}=${queryValue(name, value)}`);
    }
  }
  return parts.join("&");
}
