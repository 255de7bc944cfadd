// Per-call response metadata. Kept on the result object itself, under a
// symbol and not enumerable (so JSON, spreads, `Object.keys` and equality
// checks never see it; a WeakMap's entries cost the garbage collector
// several times more), or handed to the call's `onResponse`: never in a
// shared "last response" that concurrent calls would race on.
import { headerNumber } from "../text/header-values.js";
import { redact } from "../text/redact.js";

/** What a response said besides its body. */
export interface ResponseMeta {
  status: number;
  method: string;
  /** The URL path, e.g. `/groups/9`. */
  path: string;
  /** `X-Request-Id`, to quote to Civis support (secrets in it redacted). */
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

const META = Symbol("civis-api.meta");

// The headers are read when asked for, not on every call: most callers
// never look. `toJSON` shows every field.
class Meta implements ResponseMeta {
  // Declared only (no field initializers), set once here.
  declare readonly status: number;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly tries: number;
  declare readonly headers: Headers;

  // Private: not shown by inspect, JSON or a spread.
  #secrets: readonly string[];

  constructor(
    response: Response,
    method: string,
    path: string,
    tries: number,
    secrets: readonly string[],
  ) {
    this.status = response.status;
    this.method = method;
    this.path = path;
    this.tries = tries;
    this.headers = response.headers;
    this.#secrets = secrets;
  }

  get requestId(): string | null {
    return requestIdOf(this.headers, this.#secrets);
  }

  get rateLimit(): ResponseMeta["rateLimit"] {
    const limit = headerNumber(this.headers, "X-RateLimit-Limit");
    const remaining = headerNumber(this.headers, "X-RateLimit-Remaining");
    return limit === null || remaining === null ? null : { limit, remaining };
  }

  get pagination(): ResponseMeta["pagination"] {
    const h = this.headers;
    const totalPages = headerNumber(h, "X-Pagination-Total-Pages");
    return totalPages === null
      ? null
      : {
          perPage: headerNumber(h, "X-Pagination-Per-Page") ?? 0,
          currentPage: headerNumber(h, "X-Pagination-Current-Page") ?? 0,
          totalPages,
          totalEntries: headerNumber(h, "X-Pagination-Total-Entries") ?? 0,
        };
  }

  toJSON(): Omit<ResponseMeta, "headers"> {
    const { status, method, path, requestId, tries, rateLimit } = this;
    return {
      status,
      method,
      path,
      requestId,
      tries,
      rateLimit,
      pagination: this.pagination,
    };
  }
}

/** A response's request id, as metadata, errors and the log show it: redacted. */
export function requestIdOf(
  headers: Headers | undefined,
  secrets: readonly string[],
): string | null {
  const id = headers?.get("x-request-id");
  return id == null ? null : redact(id, secrets);
}

/** The metadata of a response that a call ended with. */
export function readMeta(
  response: Response,
  method: string,
  path: string,
  tries: number,
  secrets: readonly string[],
): ResponseMeta {
  return new Meta(response, method, path, tries, secrets);
}

export function attachMeta(result: unknown, meta: ResponseMeta): void {
  if (result !== null && typeof result === "object")
    Object.defineProperty(result, META, { value: meta });
}

/**
 * The metadata of the response a result came from: status, request id, tries,
 * rate limit, pagination. `undefined` for results that are not objects (a
 * 204's `void`): use the call's `onResponse` option for those.
 */
export function responseMeta(result: object): ResponseMeta | undefined {
  return result !== null && typeof result === "object"
    ? (result as { [META]?: ResponseMeta })[META]
    : undefined;
}
