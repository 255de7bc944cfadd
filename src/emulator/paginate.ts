// Sorting and paging of list endpoints: `limit`, `page_num` (from 1),
// `order`, `order_dir`, and the four `X-Pagination-*` headers (DESIGN.md
// "Wire facts"). The defaults and maxima are the spec's: the engine fills in
// the defaults and rejects values over the maxima before a handler runs.

/** The sort key of each `order` value the spec allows. */
export type SortKeys<T> = Record<string, (item: T) => string | number>;

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  // Names sort case-insensitively, as a person reads a list.
  const la = sa.toLowerCase();
  const lb = sb.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Sort by the requested order (ties broken by id, same direction) and cut one page. */
export function paginate<T extends { id: number }>(
  all: readonly T[],
  query: Record<string, unknown>,
  keys: SortKeys<T>,
): Page<T> {
  const { limit, page_num: pageNum, order, order_dir: dir } = query;
  if (
    typeof limit !== "number" ||
    typeof pageNum !== "number" ||
    typeof order !== "string" ||
    (dir !== "asc" && dir !== "desc")
  )
    throw new Error("paginate: the engine did not apply the spec's defaults");
  const key = keys[order] ?? ((item: T) => item.id);
  const sign = dir === "asc" ? 1 : -1;
  const sorted = [...all].sort(
    (a, b) => sign * (compareKeys(key(a), key(b)) || a.id - b.id),
  );
  const start = (pageNum - 1) * limit;
  return {
    items: sorted.slice(start, start + limit),
    headers: {
      "X-Pagination-Per-Page": String(limit),
      "X-Pagination-Current-Page": String(pageNum),
      "X-Pagination-Total-Pages": String(Math.ceil(sorted.length / limit)),
      "X-Pagination-Total-Entries": String(sorted.length),
    },
  };
}
