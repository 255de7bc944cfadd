import type { RetrySetting } from "../http/retry-policy.js";
import type { ResponseMeta } from "../http/response-meta.js";

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
  /**
   * Every item of every page, fetched lazily, instead of one page; from
   * `page_num` on when it is given.
   */
  iterator?: boolean;
  /**
   * Pages requested ahead of the one the loop reads (default 0: one page at
   * a time; `true` is 1). Each goes through the client's concurrency and
   * rate limits; at most `prefetch + 1` pages are held, and `break` aborts
   * the requests in flight.
   */
  prefetch?: boolean | number;
}
