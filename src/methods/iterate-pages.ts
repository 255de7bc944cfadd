// One generator serves every paginated list: pages are fetched lazily, items
// yielded as they come (never reshaped), and `break` stops the fetching.
import type { ResponseMeta } from "../http/response-meta.js";

/** One page's request; `signal` ends it (the caller's, or the iterator's own). */
export type FetchPage = (
  page: number,
  signal: AbortSignal | undefined,
) => Promise<{ items: unknown[]; meta: ResponseMeta }>;

const noop = (): void => {};

/**
 * Pages from `first` until the last page the newest `X-Pagination-Total-Pages`
 * announces (the collection may shrink or grow while it pages), so an empty
 * page before it is not the end and no extra empty request is made after it.
 * "Newest" is in page order: the header of the page just read, or of the last
 * page read that had one. Without that header on any page, a page shorter
 * than `pageSize`, or empty, ends it. A page that is not a JSON array never
 * gets here: the transport rejects it as an invalid response.
 *
 * With `prefetch` n, once a page has said how many pages there are, the
 * pages after it, up to n of them, are requested while the loop reads it
 * (without the header, only the next one). Items still come in page order,
 * and what is yielded is what paging one page at a time would yield from the
 * same answers: pages are read in order, each decides whether there is
 * another. Pages requested past the end are never read: their requests are
 * aborted when the iteration ends, and their answers (errors included)
 * dropped. Pages held: those in flight plus the one being read. The error of
 * page k is thrown when the loop reaches it, after every item of the pages
 * before; `break`, an error or the caller's `signal` ends every request still
 * in flight. `onPage` sees each page's metadata in page order, before its
 * items.
 */
export async function* paginate(
  fetchPage: FetchPage,
  pageSize: number,
  first: number,
  prefetch: number,
  signal: AbortSignal | undefined,
  onPage: ((meta: ResponseMeta) => void) | undefined,
): AsyncGenerator<unknown, void, undefined> {
  // Pages requested and not yet read, in page order (each requested once,
  // in order, and read in order: the first is the loop's page), and the
  // highest page requested.
  const ahead: ReturnType<FetchPage>[] = [];
  let requested = first - 1;
  let total: number | undefined;
  // What ends the pages in flight: the iterator's own controller, linked to
  // the caller's signal by one listener (not one per page). Serial paging
  // has nothing in flight when the loop has the items: the caller's signal
  // does.
  const stop = prefetch ? new AbortController() : undefined;
  const onAbort = () => stop!.abort(signal!.reason);
  if (stop && signal) {
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort);
  }
  const request = () => {
    const answer = fetchPage(++requested, stop?.signal ?? signal);
    // Seen when the loop reaches the page, unless the iteration ends first.
    answer.catch(noop);
    ahead.push(answer);
  };
  try {
    for (let page = first; ; page++) {
      if (requested < page) request();
      const { items, meta } = await ahead.shift()!;
      total = meta.pagination?.totalPages ?? total;
      const last =
        total === undefined
          ? items.length < pageSize || !items.length
          : page >= total;
      const until = last ? 0 : Math.min(page + prefetch, total ?? page + 1);
      while (requested < until) request();
      onPage?.(meta);
      yield* items;
      if (last) return;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    stop?.abort();
  }
}
