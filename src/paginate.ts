// One generator serves every paginated list: pages are fetched lazily, items
// yielded as they come (never reshaped), and `break` stops the fetching.
import { CivisInvalidResponseError } from "./errors.js";
import { headerNumber, type ResponseMeta } from "./response-meta.js";

/** One page's request; `signal` ends it (the caller's, or the iterator's own). */
export type FetchPage = (
  page: number,
  signal: AbortSignal | undefined,
) => Promise<{ items: unknown[]; meta: ResponseMeta }>;

export interface PageOptions {
  /** The page size asked for: without pagination headers, a short page ends it. */
  pageSize: number;
  /** The first page (`page_num`); default 1. */
  first?: number;
  /** Pages requested ahead of the one the loop reads; default 0 (one at a time). */
  prefetch?: number;
  /** The caller's signal: it ends every request in flight. */
  signal?: AbortSignal | undefined;
  /** Called with each page's metadata, in page order, before its items. */
  onPage?: ((meta: ResponseMeta) => void) | undefined;
}

const noop = (): void => {};

/**
 * Pages until the last page the newest `X-Pagination-Total-Pages` announces
 * (the collection may shrink or grow while it pages), so an empty page before
 * it is not the end and no extra empty request is made after it. "Newest" is
 * in page order: the header of the page just read, or of the last page read
 * that had one. Without that header on any page, a short or empty page ends
 * it. A page that is not a JSON array never gets here: the transport rejects
 * it as an invalid response; a page whose `X-Pagination-Current-Page` is not
 * the page asked for (a server that answers another page) is one too.
 *
 * With `prefetch: n`, once a page has said how many pages there are, up to n
 * of the following pages are requested while the loop reads it (without the
 * header, only the next one). Items still come in page order, and what is
 * yielded is what paging one page at a time would yield from the same
 * answers: pages are read in order, each decides whether there is another.
 * Requests for pages that turn out to be past the end are aborted, and their
 * answers (errors included) dropped unread. Pages held: those in flight plus
 * the one being read. The error of page k is thrown when the loop reaches
 * it, after every item of the pages before; `break`, an error or the
 * caller's abort ends every request still in flight.
 */
export async function* paginate(
  fetchPage: FetchPage,
  { pageSize, first = 1, prefetch = 0, signal, onPage }: PageOptions,
): AsyncGenerator<unknown, void, undefined> {
  // Pages requested and not yet read (each with its own controller when
  // prefetching), and the highest page requested.
  const ahead = new Map<
    number,
    [ReturnType<FetchPage>, AbortController | undefined]
  >();
  let requested = first - 1;
  const request = (page: number) => {
    // Serial paging has nothing in flight to end: the caller's signal will do.
    const controller = prefetch ? new AbortController() : undefined;
    if (signal?.aborted) controller?.abort(signal.reason);
    const answer = fetchPage(page, controller?.signal ?? signal);
    // Seen when the loop reaches the page, unless it is dropped first.
    answer.catch(noop);
    ahead.set(page, [answer, controller]);
    requested = page;
  };
  /** Ends the requests for pages after `last`, and forgets them. */
  const drop = (last: number, reason?: unknown) => {
    for (const [page, [, controller]] of ahead)
      if (page > last) {
        controller?.abort(reason);
        ahead.delete(page);
      }
    requested = Math.min(requested, last);
  };
  // One listener for the whole iterator rather than one per page on the
  // caller's signal: the page the loop awaits rejects with its reason.
  const onAbort = () => drop(first - 1, signal!.reason);
  if (prefetch) signal?.addEventListener("abort", onAbort);
  let total: number | undefined;
  try {
    for (let page = first; ; page++) {
      if (!ahead.has(page)) request(page);
      const { items, meta } = await ahead.get(page)![0];
      ahead.delete(page);
      const current = headerNumber(meta.headers, "X-Pagination-Current-Page");
      if (current !== null && current !== page)
        throw new CivisInvalidResponseError({
          ...meta,
          requestId: meta.requestId,
          problem: `X-Pagination-Current-Page is ${current}, not ${page}`,
        });
      total = meta.pagination?.totalPages ?? total;
      const last =
        total === undefined
          ? items.length < pageSize || !items.length
          : page >= total;
      // Past the end, or past a newer, smaller total: not needed.
      drop(last ? page : (total ?? requested));
      const until = last ? 0 : Math.min(page + prefetch, total ?? page + 1);
      while (requested < until) request(requested + 1);
      onPage?.(meta);
      yield* items;
      if (last) return;
    }
  } finally {
    if (prefetch) signal?.removeEventListener("abort", onAbort);
    drop(first - 1);
  }
}
