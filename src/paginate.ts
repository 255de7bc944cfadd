// One generator serves every paginated list: pages are fetched lazily, items
// yielded as they come (never reshaped), and `break` stops the fetching.
import type { ResponseMeta } from "./response-meta.js";

export type FetchPage = (
  page: number,
) => Promise<{ items: unknown[]; meta: ResponseMeta }>;

const noop = (): void => {};

/**
 * Pages until the last page the newest `X-Pagination-Total-Pages` announces
 * (the collection may shrink or grow while it pages), so an empty page before
 * it is not the end and no extra empty request is made after it. Without
 * that header, a short or empty page ends it. A page that is not a JSON
 * array never gets here: the transport rejects it as an invalid response.
 *
 * With `prefetch`, page n+1 is requested as soon as page n has arrived, while
 * the consumer reads page n: at most two pages are held, and a `break` leaves
 * at most one request in flight, whose page is dropped.
 */
export async function* paginate(
  fetchPage: FetchPage,
  pageSize: number,
  prefetch = false,
): AsyncGenerator<unknown, void, undefined> {
  let next = fetchPage(1);
  for (let page = 1; ; page++) {
    const { items, meta } = await next;
    const total = meta.pagination?.totalPages;
    const last =
      total === undefined
        ? items.length < pageSize || !items.length
        : page >= total;
    if (!last && prefetch) {
      next = fetchPage(page + 1);
      // Seen by the `await` above unless the consumer stops first.
      next.catch(noop);
    }
    yield* items;
    if (last) return;
    if (!prefetch) next = fetchPage(page + 1);
  }
}
