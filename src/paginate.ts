// One generator serves every paginated list: pages are fetched lazily, items
// yielded as they come (never reshaped), and `break` stops the fetching.
import type { ResponseMeta } from "./response-meta.js";

export type FetchPage = (
  page: number,
) => Promise<{ items: unknown[]; meta: ResponseMeta }>;

/**
 * Pages until the last page the newest `X-Pagination-Total-Pages` announces
 * (the collection may shrink or grow while it pages), so an empty page before
 * it is not the end and no extra empty request is made after it. Without
 * that header, a short or empty page ends it. A page that is not a JSON
 * array never gets here: the transport rejects it as an invalid response.
 */
export async function* paginate(
  fetchPage: FetchPage,
  pageSize: number,
): AsyncGenerator<unknown, void, undefined> {
  for (let page = 1; ; page++) {
    const { items, meta } = await fetchPage(page);
    yield* items;
    const total = meta.pagination?.totalPages;
    if (
      total === undefined
        ? items.length < pageSize || !items.length
        : page >= total
    )
      return;
  }
}
