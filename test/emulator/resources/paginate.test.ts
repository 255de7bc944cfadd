// paginate(): order and direction, ties, headers (defaults and maxima are the spec's, applied by the engine).
import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/emulator/model/paging.js";
import type { SortKeys, SortMemo } from "../../../src/emulator/model/paging.js";

interface Item {
  id: number;
  name: string;
  at: string;
}
const rules: SortKeys<Item> = {
  name: (i) => i.name,
  at: (i) => i.at,
  id: (i) => i.id,
};
// What the engine hands a handler: the spec's defaults filled in.
const q = (query: Record<string, unknown> = {}) => ({
  limit: 2,
  page_num: 1,
  order: "name",
  order_dir: "asc",
  ...query,
});
const items: Item[] = [
  { id: 1, name: "beta", at: "2026-01-01T00:00:00.002Z" },
  { id: 2, name: "Alpha", at: "2026-01-01T00:00:00.001Z" },
  { id: 3, name: "alpha", at: "2026-01-01T00:00:00.003Z" },
  { id: 4, name: "gamma", at: "2026-01-01T00:00:00.000Z" },
  { id: 5, name: "beta", at: "2026-01-01T00:00:00.004Z" },
];
const ids = (page: { items: Item[] }) => page.items.map((i) => i.id);

describe("paginate", () => {
  it("pages by the given limit and order, and reports the four headers", () => {
    const page = paginate(items, q({}), rules);
    expect(ids(page)).toEqual([2, 3]);
    expect(page.headers).toEqual({
      "X-Pagination-Per-Page": "2",
      "X-Pagination-Current-Page": "1",
      "X-Pagination-Total-Pages": "3",
      "X-Pagination-Total-Entries": "5",
    });
  });

  it("sorts names case-insensitively and breaks ties by id in the same direction", () => {
    expect(ids(paginate(items, q({ limit: 3, page_num: 1 }), rules))).toEqual([
      2, 3, 1,
    ]);
    expect(ids(paginate(items, q({ limit: 3, page_num: 2 }), rules))).toEqual([
      5, 4,
    ]);
    expect(
      ids(paginate(items, q({ limit: 3, order_dir: "desc" }), rules)),
    ).toEqual([4, 5, 1]);
  });

  it("orders by other keys", () => {
    const page = paginate(
      items,
      q({ order: "at", order_dir: "desc", limit: 3 }),
      rules,
    );
    expect(ids(page)).toEqual([5, 3, 1]);
    expect(page.headers["X-Pagination-Per-Page"]).toBe("3");
  });

  it("refuses a query without the spec's defaults applied", () => {
    expect(() => paginate(items, {}, rules)).toThrow(/defaults/);
  });

  it("gives an empty page past the end, and zero pages for nothing", () => {
    const past = paginate(items, q({ page_num: 9 }), rules);
    expect(past.items).toEqual([]);
    expect(past.headers["X-Pagination-Current-Page"]).toBe("9");
    const none = paginate([], q({}), rules);
    expect(none.items).toEqual([]);
    expect(none.headers["X-Pagination-Total-Pages"]).toBe("0");
    expect(none.headers["X-Pagination-Total-Entries"]).toBe("0");
  });

  it("with a memo, answers as without one while the list changes", () => {
    const memo = { sorts: new Map() as SortMemo, list: "items" };
    const list = items.map((i) => ({ ...i }));
    const both = (query: Record<string, unknown>) => {
      const fresh = ids(paginate(list, q(query), rules));
      expect(ids(paginate(list, q(query), rules, memo))).toEqual(fresh);
      return fresh;
    };
    expect(both({ limit: 5 })).toEqual([2, 3, 1, 5, 4]);
    expect(both({ limit: 5 })).toEqual([2, 3, 1, 5, 4]);
    // A rename, in place: the same items, a new key.
    list[3]!.name = "aardvark";
    expect(both({ limit: 5 })).toEqual([4, 2, 3, 1, 5]);
    // One item fewer, one more, the same length.
    list.splice(0, 1, { id: 6, name: "zeta", at: "2026-01-01T00:00:00.005Z" });
    expect(both({ limit: 5 })).toEqual([4, 2, 3, 5, 6]);
    // Another direction and another order are sorts of their own.
    expect(both({ limit: 5, order_dir: "desc" })).toEqual([6, 5, 3, 2, 4]);
    expect(both({ limit: 5, order: "at" })).toEqual([4, 2, 3, 5, 6]);
    expect(both({ limit: 5 })).toEqual([4, 2, 3, 5, 6]);
    expect(memo.sorts.size).toBe(3);
  });
});
