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
