// Paging over a few hundred items with the requests counted at the server:
// exactly ceil(N / limit) GETs (no extra empty page), `break` stops fetching,
// the "short page ends it" fallback without the pagination headers, retries
// of page requests, and the pagination metadata of each page.
import { beforeAll, describe, expect, it } from "vitest";
import { responseMeta, type ResponseMeta } from "../../src/index.js";
import { handlers } from "../../src/emulator/resources/index.js";
import { collect, iterationError, useEmulator } from "./helpers.js";

const N_CREDENTIALS = 250;
// Groups: 3 seeded + 237 created = 240, a multiple of 40 and 48.
const N_GROUPS = 240;
const N_SETS = 120;
const N_RESOURCES = 130;

const { emu, admin } = useEmulator();
let setId: number;

async function inBatches(n: number, make: (i: number) => Promise<unknown>) {
  for (let i = 0; i < n; i += 25)
    await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, (_, j) => make(i + j)),
    );
}

beforeAll(async () => {
  await inBatches(N_CREDENTIALS, (i) =>
    admin.credentials.post("Custom", `user-${i}`, "pw", { name: `cred ${i}` }),
  );
  await inBatches(N_GROUPS - 3, (i) =>
    admin.groups.post(`group ${String(i).padStart(3, "0")}`),
  );
  await inBatches(N_SETS, (i) => admin.permission_sets.post(`set ${i}`));
  setId = (await admin.permission_sets.post("with resources")).id;
  await inBatches(N_RESOURCES, (i) =>
    admin.permission_sets.post_resources(setId, `res/${i}`),
  );
}, 60_000);

const pageGets = (path: string) =>
  emu.requests.filter((r) => r.method === "GET" && r.path === path);

describe("iterator: true", () => {
  it("credentials: 250 items, limit 40 -> exactly 7 GETs, pages 1..7", async () => {
    emu.resetRequests();
    const items = await collect(
      admin.credentials.list({ iterator: true, limit: 40 }),
    );
    expect(items).toHaveLength(N_CREDENTIALS);
    expect(new Set(items.map((c) => c.id)).size).toBe(N_CREDENTIALS);
    expect(items[0]).toHaveProperty("remote_host_name");
    expect(items[0]).not.toHaveProperty("remoteHostName");
    const gets = pageGets("/credentials");
    expect(gets).toHaveLength(Math.ceil(N_CREDENTIALS / 40));
    expect(emu.requestCount()).toBe(7);
    expect(
      gets.map((r) => new URLSearchParams(r.query).get("page_num")),
    ).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(
      gets.every((r) => new URLSearchParams(r.query).get("limit") === "40"),
    ).toBe(true);
  });

  it("a multiple of the limit: no extra empty request", async () => {
    for (const limit of [40, 48, 240]) {
      emu.resetRequests();
      const items = await collect(admin.groups.list({ iterator: true, limit }));
      expect(items).toHaveLength(N_GROUPS);
      expect(emu.requestCount({ method: "GET", path: "/groups" })).toBe(
        N_GROUPS / limit,
      );
      expect(emu.requestCount()).toBe(N_GROUPS / limit);
    }
  });

  it("keeps the filters and order on every page", async () => {
    emu.resetRequests();
    const names = (
      await collect(
        admin.groups.list({
          iterator: true,
          limit: 7,
          query: "group 0",
          order: "name",
          order_dir: "desc",
        }),
      )
    ).map((g) => g.name);
    // "group 000" .. "group 099"
    expect(names).toHaveLength(100);
    expect(names[0]).toBe("group 099");
    expect(names.at(-1)).toBe("group 000");
    const gets = pageGets("/groups");
    expect(gets).toHaveLength(Math.ceil(100 / 7));
    for (const r of gets) {
      const q = new URLSearchParams(r.query);
      expect([q.get("query"), q.get("order"), q.get("order_dir")]).toEqual([
        "group 0",
        "name",
        "desc",
      ]);
    }
  });

  it("without a limit, pages have the documented default size", async () => {
    emu.resetRequests();
    const items = await collect(admin.groups.list({ iterator: true }));
    expect(items).toHaveLength(N_GROUPS);
    // groups: default limit 50.
    expect(emu.requestCount()).toBe(Math.ceil(N_GROUPS / 50));
    expect(emu.requests[0]!.query).not.toContain("limit");
  });

  it("permission_sets.list (max 50) and list_resources", async () => {
    emu.resetRequests();
    const sets = await collect(
      admin.permission_sets.list({ iterator: true, limit: 50 }),
    );
    expect(sets).toHaveLength(N_SETS + 1);
    expect(emu.requestCount()).toBe(Math.ceil((N_SETS + 1) / 50));

    emu.resetRequests();
    const resources = await collect(
      admin.permission_sets.list_resources(setId, {
        iterator: true,
        limit: 40,
      }),
    );
    expect(resources).toHaveLength(N_RESOURCES);
    expect(resources[0]).toHaveProperty("permission_set_id", setId);
    expect(
      emu.requestCount({
        method: "GET",
        path: `/permission_sets/${setId}/resources`,
      }),
    ).toBe(Math.ceil(N_RESOURCES / 40));
  });

  it("an empty list is one request", async () => {
    const empty = (await admin.permission_sets.post("empty")).id;
    emu.resetRequests();
    expect(
      await collect(
        admin.permission_sets.list_resources(empty, { iterator: true }),
      ),
    ).toEqual([]);
    expect(emu.requestCount()).toBe(1);
  });

  it("break stops fetching", async () => {
    emu.resetRequests();
    let seen = 0;
    for await (const _ of admin.credentials.list({
      iterator: true,
      limit: 40,
    })) {
      if (++seen === 45) break;
    }
    expect(seen).toBe(45);
    expect(emu.requestCount()).toBe(2);

    emu.resetRequests();
    for await (const _ of admin.groups.list({ iterator: true, limit: 40 }))
      break;
    // Another call afterwards: the abandoned iterator fetched nothing more.
    await admin.groups.get(1);
    expect(emu.requests.map((r) => r.path)).toEqual(["/groups", "/groups/1"]);
  });

  it("is lazy: nothing is fetched before the first next()", async () => {
    emu.resetRequests();
    const it = admin.credentials.list({ iterator: true, limit: 40 });
    await admin.groups.get(1);
    expect(emu.requestCount({ path: "/credentials" })).toBe(0);
    const first = await it[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    expect(emu.requestCount({ path: "/credentials" })).toBe(1);
  });

  it("each page request is retried like any GET", async () => {
    emu.resetRequests();
    emu.setFaults({
      // The first try of page 3 fails twice.
      script: [200, 200, 503, 502],
      retryAfterSeconds: 0,
      only: (method, path) => method === "GET" && path === "/credentials",
    });
    try {
      const items = await collect(
        admin.credentials.list({ iterator: true, limit: 40 }),
      );
      expect(items).toHaveLength(N_CREDENTIALS);
      expect(emu.requestCount()).toBe(7 + 2);
      expect(emu.requestCount({ fault: true })).toBe(2);
    } finally {
      emu.setFaults();
    }
  });
});

describe("prefetch: true", () => {
  it("the same items, in order, with exactly ceil(N / limit) requests", async () => {
    emu.resetRequests();
    const ahead = await collect(
      admin.credentials.list({ iterator: true, limit: 40, prefetch: true }),
    );
    const plain = await collect(
      admin.credentials.list({ iterator: true, limit: 40 }),
    );
    expect(ahead.map((c) => c.id)).toEqual(plain.map((c) => c.id));
    expect(ahead).toHaveLength(N_CREDENTIALS);
    expect(emu.requestCount({ path: "/credentials" })).toBe(7 + 7);
  });

  it("a prefetched page that fails throws when the loop reaches it, after the items before it", async () => {
    emu.resetRequests();
    emu.setFaults({ script: [200, 503] });
    try {
      const seen: number[] = [];
      const error = await iterationError(
        admin.credentials.list({
          iterator: true,
          limit: 40,
          prefetch: true,
          retries: false,
        }),
        (c) => seen.push(c.id),
      );
      expect(error).toMatchObject({ name: "CivisServerError", status: 503 });
      expect(seen).toHaveLength(40);
      expect(emu.requestCount()).toBe(2);
    } finally {
      emu.setFaults();
    }
  });

  it("needs iterator: true, and a boolean or a number", async () => {
    emu.resetRequests();
    const pageOnly = { prefetch: true } as unknown as { iterator?: false };
    await expect(admin.credentials.list(pageOnly)).rejects.toThrow(
      new TypeError('credentials.list: option "prefetch" needs iterator: true'),
    );
    const notBoolean = { iterator: true, prefetch: "1" } as unknown as {
      iterator: true;
    };
    await expect(collect(admin.credentials.list(notBoolean))).rejects.toThrow(
      new TypeError(
        'credentials.list: option "prefetch" must be a boolean or a whole number >= 0',
      ),
    );
    expect(emu.requestCount()).toBe(0);
  });
});

describe("pagination metadata", () => {
  it("responseMeta of one page", async () => {
    const page = await admin.credentials.list({ limit: 40, page_num: 2 });
    expect(page).toHaveLength(40);
    const meta = responseMeta(page)!;
    expect(meta).toMatchObject({
      status: 200,
      method: "GET",
      path: "/credentials",
      tries: 1,
      requestId: expect.any(String),
      pagination: {
        perPage: 40,
        currentPage: 2,
        totalPages: 7,
        totalEntries: N_CREDENTIALS,
      },
      rateLimit: { limit: expect.any(Number), remaining: expect.any(Number) },
    });
    expect(meta.requestId).toBe(emu.requests.at(-1)!.requestId);
  });

  it("onResponse sees every page of an iterator", async () => {
    const metas: ResponseMeta[] = [];
    const items = await collect(
      admin.groups.list({
        iterator: true,
        limit: 100,
        onResponse: (m) => metas.push(m),
      }),
    );
    expect(items).toHaveLength(N_GROUPS);
    expect(metas.map((m) => m.pagination?.currentPage)).toEqual([1, 2, 3]);
    expect(metas.every((m) => m.pagination?.totalPages === 3)).toBe(true);
    expect(metas.every((m) => m.pagination?.totalEntries === N_GROUPS)).toBe(
      true,
    );
    expect(new Set(metas.map((m) => m.requestId)).size).toBe(3);
  });

  it("concurrent calls keep their own metadata (no shared last response)", async () => {
    const limits = [3, 5, 7, 11, 13, 17];
    const pages = await Promise.all(
      limits.map((limit) => admin.groups.list({ limit, page_num: 2 })),
    );
    pages.forEach((page, i) => {
      expect(page).toHaveLength(limits[i]!);
      expect(responseMeta(page)!.pagination).toMatchObject({
        perPage: limits[i],
        currentPage: 2,
        totalPages: Math.ceil(N_GROUPS / limits[i]!),
      });
    });
    expect(new Set(pages.map((p) => responseMeta(p)!.requestId)).size).toBe(
      limits.length,
    );
  });

  it("match_targets.list is not paginated: no pagination metadata", async () => {
    await admin.match_targets.post("one");
    const list = await admin.match_targets.list();
    expect(responseMeta(list)!.pagination).toBeNull();
  });
});

describe("without X-Pagination-* headers: a short or empty page ends it", () => {
  // The emulator's own credentials_list, minus the pagination headers.
  const list = handlers.credentials_list!;
  const { emu: bare, admin: client } = useEmulator({
    handlers: {
      credentials_list: async (ctx) => {
        const result = await list(ctx);
        return { ...result, headers: {} };
      },
    },
  });

  beforeAll(async () => {
    await inBatches(100, (i) =>
      client.credentials.post("Custom", `u${i}`, "p"),
    );
  });

  it.each([
    ["a short last page: ceil(N / limit) requests", 30, 4],
    ["an exact multiple needs one empty page to know it ended", 25, 5],
  ])("%s (limit %i)", async (_, limit, requests) => {
    const items = await collect(
      client.credentials.list({ iterator: true, limit }),
    );
    expect(items).toHaveLength(100);
    expect(bare.requestCount()).toBe(requests);
  });

  it("a page without the headers has no pagination metadata", async () => {
    const page = await client.credentials.list({ limit: 30 });
    expect(responseMeta(page)!.pagination).toBeNull();
  });
});

describe("the newest X-Pagination-Total-Pages decides where paging ends", () => {
  /** Per page number: items dropped, and the Total-Pages header sent instead. */
  let plan: Record<number, { empty?: true; totalPages: number }> = {};
  const list = handlers.credentials_list!;
  const { emu: emu2, admin: client } = useEmulator({
    handlers: {
      credentials_list: async (ctx) => {
        const result = await list(ctx);
        const page = plan[ctx.query.page_num as number];
        if (!page) return result;
        return {
          ...result,
          body: page.empty ? [] : result.body,
          headers: {
            ...result.headers,
            "X-Pagination-Total-Pages": String(page.totalPages),
          },
        };
      },
    },
  });

  beforeAll(async () => {
    // One by one: creation order is the listing order below.
    for (let i = 0; i < 12; i++)
      await client.credentials.post("Custom", `u${i}`, "pw");
  });

  /** Usernames of every item, 3 per page, oldest first; and the requests made. */
  async function iterate(pages: typeof plan) {
    plan = pages;
    emu2.resetRequests();
    const items = await collect(
      client.credentials.list({
        iterator: true,
        limit: 3,
        order: "created_at",
        order_dir: "asc",
      }),
    );
    return {
      names: items.map((c) => c.username),
      requests: emu2.requestCount(),
    };
  }

  it("all 4 pages as the header says", async () => {
    expect(await iterate({})).toEqual({
      names: [
        "u0",
        "u1",
        "u2",
        "u3",
        "u4",
        "u5",
        "u6",
        "u7",
        "u8",
        "u9",
        "u10",
        "u11",
      ],
      requests: 4,
    });
  });

  it("an empty page before the last is not the end", async () => {
    expect(await iterate({ 2: { empty: true, totalPages: 4 } })).toEqual({
      names: ["u0", "u1", "u2", "u6", "u7", "u8", "u9", "u10", "u11"],
      requests: 4,
    });
  });

  it("a collection that shrinks while paging: stops at the newest last page", async () => {
    expect(
      await iterate({ 1: { totalPages: 4 }, 2: { totalPages: 2 } }),
    ).toEqual({ names: ["u0", "u1", "u2", "u3", "u4", "u5"], requests: 2 });
  });

  it("a collection that grows while paging: goes on to the newest last page", async () => {
    expect(
      await iterate({
        1: { totalPages: 2 },
        2: { totalPages: 3 },
        3: { totalPages: 3 },
      }),
    ).toEqual({
      names: ["u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"],
      requests: 3,
    });
  });
});
