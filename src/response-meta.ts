// Per-call response metadata. Kept in a WeakMap keyed by the result object
// (or handed to the call's `onResponse`), never in a shared "last response"
// that concurrent calls would race on.

/** What a response said besides its body. */
export interface ResponseMeta {
  status: number;
  method: string;
  /** The URL path, e.g. `/groups/9`. */
  path: string;
  /** `X-Request-Id`, to quote to Civis support. */
  requestId: string | null;
  /** How many tries the call took (1 without retries). */
  tries: number;
  rateLimit: { limit: number; remaining: number } | null;
  /** The `X-Pagination-*` headers of list responses. */
  pagination: {
    perPage: number;
    currentPage: number;
    totalPages: number;
    totalEntries: number;
  } | null;
  headers: Headers;
}

const metas = new WeakMap<object, ResponseMeta>();

const int = (h: Headers, name: string) => {
  const v = h.get(name);
  return v === null || v.trim() === "" || !Number.isFinite(Number(v))
    ? null
    : Number(v);
};

export function readMeta(
  response: Response,
  method: string,
  path: string,
  tries: number,
): ResponseMeta {
  const h = response.headers;
  const limit = int(h, "X-RateLimit-Limit");
  const remaining = int(h, "X-RateLimit-Remaining");
  const perPage = int(h, "X-Pagination-Per-Page");
  const currentPage = int(h, "X-Pagination-Current-Page");
  const totalPages = int(h, "X-Pagination-Total-Pages");
  const totalEntries = int(h, "X-Pagination-Total-Entries");
  return {
    status: response.status,
    method,
    path,
    requestId: h.get("X-Request-Id"),
    tries,
    rateLimit:
      limit === null || remaining === null ? null : { limit, remaining },
    pagination:
      totalPages === null
        ? null
        : {
            perPage: perPage ?? 0,
            currentPage: currentPage ?? 0,
            totalPages,
            totalEntries: totalEntries ?? 0,
          },
    headers: h,
  };
}

export function attachMeta(result: unknown, meta: ResponseMeta): void {
  if (result !== null && typeof result === "object") metas.set(result, meta);
}

/**
 * The metadata of the response a result came from: status, request id, tries,
 * rate limit, pagination. `undefined` for results that are not objects (a
 * 204's `void`): use the call's `onResponse` option for those.
 */
export function responseMeta(result: object): ResponseMeta | undefined {
  return metas.get(result);
}
