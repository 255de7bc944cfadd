// Sorting and paging of list endpoints: `limit`, `page_num` (from 1),
// `order`, `order_dir`, and the four `X-Pagination-*` headers. The defaults and maxima are the spec's: the engine fills in
// the defaults and rejects values over the maxima before a handler runs.

/** The sort key of each `order` value the spec allows. */
export type SortKeys<T> = Record<string, (item: T) => string | number>;

/** The `order` values every timestamped list has. */
export function timestampKeys<
  T extends { createdAt: string; updatedAt: string },
>(): SortKeys<T> {
  return { created_at: (r) => r.createdAt, updated_at: (r) => r.updatedAt };
}

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/**
 * The last sort of each list and order (`"groups name asc"`): the items it
 * was given, their sort keys, and the order it found. A client paging through
 * a list asks for the same sort once per page; while the items and their keys
 * are the same, the order is too.
 */
export type SortMemo = Map<
  string,
  { items: readonly unknown[]; keys: unknown[]; sorted: unknown[] }
>;

/**
 * Sort by the requested order (ties broken by id, same direction) and cut one
 * page. With `memo`, an unchanged list (the same items, in the same order,
 * with the same keys) is not sorted again: checking is one pass, sorting
 * 10,000 groups is most of a page's cost.
 */
export function paginate<T extends { id: number }>(
  all: readonly T[],
  query: Record<string, unknown>,
  keys: SortKeys<T>,
  memo?: { sorts: SortMemo; list: string },
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
  const id = memo && `${memo.list} ${order} ${dir}`;
  const last = id === undefined ? undefined : memo!.sorts.get(id);
  let sorted: T[];
  if (
    last &&
    last.items.length === all.length &&
    all.every((item, i) => item === last.items[i] && key(item) === last.keys[i])
  )
    sorted = last.sorted as T[];
  else {
    const ks = all.map(key);
    sorted = sortBy(all, ks, dir === "asc" ? 1 : -1);
    if (id !== undefined) memo!.sorts.set(id, { items: all, keys: ks, sorted });
  }
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

/**
 * A list answer: one page of `all` as `present` shows each item, and the
 * paging headers. `list` names the list in the state's sort memo.
 */
export function listPage<T extends { id: number }, B>(
  {
    state,
    query,
  }: { state: { sorts: SortMemo }; query: Record<string, unknown> },
  list: string,
  all: readonly T[],
  keys: SortKeys<T>,
  present: (item: T) => B,
): { body: B[]; headers: Record<string, string> } {
  const page = paginate(all, query, keys, { sorts: state.sorts, list });
  return { body: page.items.map(present), headers: page.headers };
}

/**
 * Names sort case-insensitively, as a person reads a list; exact case, then
 * the id, break ties. Each item's folded key is worked out once, not in every
 * comparison.
 */
function sortBy<T extends { id: number }>(
  all: readonly T[],
  ks: readonly (string | number)[],
  sign: number,
): T[] {
  const rows = all.map((item, i) => {
    const k = ks[i]!;
    return { item, k, folded: typeof k === "string" ? k.toLowerCase() : k };
  });
  const order3 = <V>(a: V, b: V) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(
    (a, b) =>
      sign *
      (order3(a.folded, b.folded) || order3(a.k, b.k) || a.item.id - b.item.id),
  );
  return rows.map((r) => r.item);
}
