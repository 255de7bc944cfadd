import type { RetrySetting } from "./transport/retry-policy.js";
import type { ResponseMeta } from "./response-meta.js";

/** Per-call options, accepted last by every method beside the seed's own. */
export interface CallOptions {
  /** Cancels the call at once, also during a retry's wait. */
  signal?: AbortSignal;
  /** Timeout of each try, in ms; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry policy of this call; `false` (or `0`) means exactly one try. */
  retries?: RetrySetting;
  /** Called with the metadata of each response (each page of an iterator). */
  onResponse?: (meta: ResponseMeta) => void;
}

/** The options that turn a paginated list into an iterator of every item. */
export interface IteratorOptions {
  /** Every item of every page, fetched lazily, instead of one page. */
  iterator?: boolean;
  /**
   * Request page n+1 while the loop reads page n (default false): at most
   * two pages are held, and a `break` may leave one request unused.
   */
  prefetch?: boolean;
}
