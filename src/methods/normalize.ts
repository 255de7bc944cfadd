// `x-civis-normalize: { key: K }` in the spec: the body is documented as
// `{ K: [...] }`, but the server may send the array alone or an array holding
// that one object (`credentials/types`: its maintainers say the server sends
// an array where the reference documents `{types}`). The wrappers
// resolve the documented form; `client.raw` sees the body as sent.

/** The documented `{ [key]: [...] }` form of a body that may be an array. */
export function normalizeBody(body: unknown, key: string): unknown {
  if (!Array.isArray(body)) return body;
  const [first] = body;
  if (
    body.length === 1 &&
    typeof first === "object" &&
    first !== null &&
    Array.isArray((first as Record<string, unknown>)[key])
  )
    return first;
  return { [key]: body };
}
