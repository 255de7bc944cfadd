// One generator serves every paginated list: pages are fetched lazily, items
// yielded as they come (never reshaped), and `break` stops the fetching.
import type { ResponseMeta } from "./response-meta.js";

export type FetchPage = (
  page: number,
) => Promise<{ items: unknown[]; meta: ResponseMeta }>;

/**
 * Stops after `X-Pagination-Total-Pages` (no extra empty request); without
 * that header, a short or empty page ends it.
 */
export async function* paginate(
  fetchPage: FetchPage,
  pageSize: number,
): AsyncGenerator<unknown, void, undefined> {
  for (let page = 1; ; page++) {
    const { items, meta } = await fetchPage(page);
    yield* items;
    const total = meta.pagination?.totalPages;
    if (total !== undefined ? page >= total : items.length < pageSize) return;
    if (items.length === 0) return;
  }
}
