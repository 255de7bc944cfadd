// Sorting and paging of list endpoints: `limit`, `page_num` (from 1),
// `order`, `order_dir`, and the four `X-Pagination-*` headers (DESIGN.md
// "Wire facts"). The spec validates the values; defaults are applied here
// too, in case the engine leaves absent parameters absent.

/** How one list endpoint pages and sorts. */
export interface PageRules<T> {
  defaultLimit: number;
  maxLimit: number;
  defaultOrder: string;
  defaultDir: "asc" | "desc";
  /** The sort key of each `order` value the spec allows. */
  keys: Record<string, (item: T) => string | number>;
}

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
  rules: PageRules<T>,
): Page<T> {
  const limit = Math.min(
    rules.maxLimit,
    typeof query.limit === "number" ? query.limit : rules.defaultLimit,
  );
  const pageNum = typeof query.page_num === "number" ? query.page_num : 1;
  const order =
    typeof query.order === "string" && query.order in rules.keys
      ? query.order
      : rules.defaultOrder;
  const dir =
    query.order_dir === "asc" || query.order_dir === "desc"
      ? query.order_dir
      : rules.defaultDir;
  const key = rules.keys[order] ?? ((item: T) => item.id);
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
