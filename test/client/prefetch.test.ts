// `prefetch: n` against a page server of the test's own on 127.0.0.1, which
// holds each page's request until the test releases it: what is in flight,
// what the client holds, what a `break` ends, and the order of items and
// errors, each seen at the server. Nothing here waits on a clock: every wait
// is for an event of the server or of the loop.
import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { APIClient, type ResponseMeta } from "../../src/index.js";
import { listenOnLoopback } from "../helpers/loopback.js";
import { collect, iterationError, until, useEmulator } from "./helpers.js";

/** What the server answers for one page (default: its items, honest headers). */
interface Answer {
  status?: number;
  items?: number;
  totalPages?: number;
  currentPage?: number;
}

interface PageServerOptions {
  pages: number;
  /** Items a page; default 2. */
  perPage?: number;
  /** Pages whose requests wait for `release(page)`. */
  hold?: (page: number) => boolean;
  answer?: (page: number) => Answer;
}

async function startPageServer(options: PageServerOptions) {
  const { pages, perPage = 2 } = options;
  const state = {
    /** Pages in the order their requests arrived. */
    asked: [] as number[],
    /** Pages whose requests are open: arrived, not yet answered or ended. */
    open: new Set<number>(),
    maxOpen: 0,
    /** Pages whose requests the client ended before an answer. */
    ended: [] as number[],
  };
  const held = new Map<number, () => void>();
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const w of waiters) w();
  };
  const send = (res: ServerResponse, page: number) => {
    const a = options.answer?.(page) ?? {};
    const status = a.status ?? 200;
    const count =
      a.items ??
      Math.max(0, Math.min(perPage, pages * perPage - (page - 1) * perPage));
    const body =
      status === 200
        ? JSON.stringify(
            Array.from({ length: count }, (_, i) => {
              const id = (page - 1) * perPage + i + 1;
              return { id, name: `item ${id}` };
            }),
          )
        : JSON.stringify({
            error: "boom",
            errorDescription: `page ${page} failed`,
            code: status,
          });
    res.writeHead(status, {
      "Content-Type": "application/json",
      "X-Request-Id": `page-${page}`,
      "X-Pagination-Per-Page": String(perPage),
      "X-Pagination-Current-Page": String(a.currentPage ?? page),
      "X-Pagination-Total-Pages": String(a.totalPages ?? pages),
      "X-Pagination-Total-Entries": String(pages * perPage),
    });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const page = Number(
      new URL(req.url!, "http://x").searchParams.get("page_num"),
    );
    state.asked.push(page);
    state.open.add(page);
    state.maxOpen = Math.max(state.maxOpen, state.open.size);
    res.on("finish", () => {
      state.open.delete(page);
      changed();
    });
    res.on("close", () => {
      if (!res.writableFinished && state.open.delete(page)) {
        state.ended.push(page);
        held.delete(page);
      }
      changed();
    });
    if (options.hold?.(page)) held.set(page, () => send(res, page));
    else send(res, page);
    changed();
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    get asked() {
      return state.asked;
    },
    get open() {
      return [...state.open].sort((a, b) => a - b);
    },
    get maxOpen() {
      return state.maxOpen;
    },
    get ended() {
      return [...state.ended].sort((a, b) => a - b);
    },
    /** Answers a held page. */
    release(page: number) {
      const go = held.get(page);
      if (!go) throw new Error(`page ${page} is not held`);
      held.delete(page);
      go();
    },
    /** The pages whose requests the client ended, once there are `n`. */
    async endedOnce(n: number): Promise<number[]> {
      await this.until(() => state.ended.length === n);
      return this.ended;
    },
    /** Resolves once `check()` holds, checked at every event of the server. */
    until(check: () => boolean): Promise<void> {
      return new Promise((resolve) => {
        const w = () => {
          if (!check()) return;
          waiters.delete(w);
          resolve();
        };
        waiters.add(w);
        w();
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

type PageServer = Awaited<ReturnType<typeof startPageServer>>;
const servers: PageServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A page server, and a client of it whose fetch counts the answers it got. */
async function setup(options: PageServerOptions, clientOptions = {}) {
  const server = await startPageServer(options);
  servers.push(server);
  const counts = { answers: 0 };
  const client = new APIClient({
    apiKey: "prefetch-test-key",
    baseUrl: server.url,
    retries: false,
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      counts.answers++;
      return response;
    },
    ...clientOptions,
  });
  /** The iterator over the server's items, a request a page. */
  const list = (
    prefetch: number | boolean,
    more: {
      signal?: AbortSignal;
      onResponse?: (meta: ResponseMeta) => void;
      page_num?: number;
    } = {},
  ) =>
    client.groups.list({
      iterator: true,
      limit: options.perPage ?? 2,
      prefetch,
      ...more,
    });
  return { server, client, list, counts };
}

const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Iterates to the error: the error, and the ids yielded before it. `each`
 * runs at every item, before the loop reads on.
 */
async function untilError(
  items: AsyncIterable<{ id: number }>,
  each: (id: number) => unknown = () => {},
) {
  const seen: number[] = [];
  const error = await iterationError(items, async (item) => {
    seen.push(item.id);
    await each(item.id);
  });
  return { error, seen };
}

describe("prefetch: n", () => {
  it("yields in page order when the pages are answered last to first", async () => {
    const { server, client } = await setup({
      pages: 5,
      perPage: 3,
      hold: (page) => page > 1,
    });
    const metas: ResponseMeta[] = [];
    const items = collect(
      client.groups.list({
        iterator: true,
        limit: 3,
        prefetch: 4,
        onResponse: (m) => metas.push(m),
      }),
    );
    await server.until(() => server.open.length === 4);
    expect(server.open).toEqual([2, 3, 4, 5]);
    for (const page of [5, 4, 3, 2]) {
      server.release(page);
      await server.until(() => !server.open.includes(page));
    }
    expect((await items).map((g) => g.id)).toEqual(ids(1, 15));
    expect(server.asked).toEqual([1, 2, 3, 4, 5]);
    // onResponse sees the pages in page order, as the loop reaches them.
    expect(metas.map((m) => m.pagination?.currentPage)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it("keeps n pages in flight and at most n + 1 held, counted at the server and in the client", async () => {
    const n = 3;
    const pages = 9;
    const { server, list, counts } = await setup({
      pages,
      hold: (page) => page > 1,
    });
    const seen: number[] = [];
    const held: number[] = [];
    let page = 0;
    for await (const g of list(n)) {
      seen.push(g.id);
      if (g.id % 2 === 0) continue; // the first item of its page
      page = (g.id + 1) / 2;
      // Reading `page`: the pages after it, up to n of them, are asked for
      // and no more; answer the next one so that the loop can go on.
      const last = Math.min(page + n, pages);
      await server.until(() => server.asked.length === last);
      expect(server.asked).toEqual(ids(1, last));
      expect(server.open).toEqual(ids(page + 1, last));
      if (page < pages) {
        server.release(page + 1);
        // The client has the answer: it holds this page and those answered.
        await server.until(() => !server.open.includes(page + 1));
        await until(() => counts.answers === page + 1);
      }
      held.push(counts.answers - (page - 1));
    }
    expect(seen).toEqual(ids(1, pages * 2));
    expect(server.asked).toEqual(ids(1, pages));
    expect(server.maxOpen).toBe(n);
    // This page and the next, answered; never more than n + 1.
    expect(held).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1]);
    expect(Math.max(...held)).toBeLessThanOrEqual(n + 1);
  });

  it("holds at most n + 1 pages when every answer comes before the loop reads on", async () => {
    const n = 2;
    const { server, list, counts } = await setup({ pages: 6 });
    const held: number[] = [];
    for await (const g of list(n)) {
      if (g.id % 2 === 0) continue;
      const page = (g.id + 1) / 2;
      // Every page asked for so far has been answered and read by the client.
      const last = Math.min(page + n, 6);
      await server.until(
        () => server.asked.length === last && !server.open.length,
      );
      await until(() => counts.answers === last);
      held.push(counts.answers - (page - 1));
    }
    expect(held).toEqual([3, 3, 3, 3, 2, 1]);
    expect(server.asked).toEqual(ids(1, 6));
  });

  it("true is 1: the next page is asked for while the loop reads this one", async () => {
    const { server, list } = await setup({
      pages: 4,
      hold: (page) => page > 1,
    });
    for await (const _ of list(true)) {
      await server.until(() => server.open.length === 1);
      expect(server.open).toEqual([2]);
      break;
    }
    expect(await server.endedOnce(1)).toEqual([2]);
    expect(server.asked).toEqual([1, 2]);
  });

  it("break aborts the requests in flight: the server sees them end", async () => {
    const { server, list } = await setup({
      pages: 8,
      hold: (page) => page > 1,
    });
    for await (const _ of list(4)) {
      await server.until(() => server.open.length === 4);
      break;
    }
    expect(await server.endedOnce(4)).toEqual([2, 3, 4, 5]);
    expect(server.open).toEqual([]);
    expect(server.asked).toEqual([1, 2, 3, 4, 5]);
  });

  it("the caller's abort ends the requests in flight and is thrown", async () => {
    const { server, list } = await setup({
      pages: 8,
      hold: (page) => page > 1,
    });
    const controller = new AbortController();
    const stopped = await untilError(
      list(3, { signal: controller.signal }),
      async (id) => {
        if (id === 1) {
          await server.until(() => server.open.length === 3);
          controller.abort(new Error("stop"));
        }
      },
    );
    // The page in hand is yielded to its end.
    expect(stopped).toEqual({ error: new Error("stop"), seen: [1, 2] });
    expect(await server.endedOnce(3)).toEqual([2, 3, 4]);
  });

  it("the error of page k comes after every item of the pages before it", async () => {
    const { server, list } = await setup({
      pages: 6,
      // Page 2 is answered only after page 3 has failed.
      hold: (page) => page === 2,
      answer: (page) => (page === 3 ? { status: 500 } : {}),
    });
    const failed = await untilError(list(5), async (id) => {
      if (id === 1) {
        await server.until(() => server.asked.length === 6);
        await server.until(() => !server.open.includes(3));
        server.release(2);
      }
    });
    expect(failed.error).toMatchObject({
      name: "CivisServerError",
      status: 500,
      requestId: "page-3",
    });
    expect(failed.seen).toEqual([1, 2, 3, 4]);
  });

  it("an onResponse that throws ends the iteration with its error, and what is in flight", async () => {
    const { server, list } = await setup({
      pages: 6,
      hold: (page) => page > 2,
    });
    const hooked = await untilError(
      list(3, {
        onResponse: (m) => {
          if (m.pagination?.currentPage === 2) throw new Error("hook");
        },
      }),
    );
    expect(hooked).toEqual({ error: new Error("hook"), seen: [1, 2] });
    expect(await server.endedOnce(3)).toEqual([3, 4, 5]);
  });

  it("a smaller total: pages past it are never yielded, their errors unseen, their requests aborted", async () => {
    const { server, list } = await setup({
      pages: 6,
      hold: (page) => page === 2 || page >= 5,
      answer: (page) =>
        page === 2 ? { totalPages: 2 } : page === 3 ? { status: 500 } : {},
    });
    const items = collect(list(5));
    // Pages 3 (an error) and 4 answered before page 2 says it is the last.
    await server.until(
      () =>
        server.asked.length === 6 &&
        !server.open.includes(3) &&
        !server.open.includes(4),
    );
    server.release(2);
    // What paging one page at a time yields from the same answers.
    expect((await items).map((g) => g.id)).toEqual([1, 2, 3, 4]);
    expect(await server.endedOnce(2)).toEqual([5, 6]);
  });

  it("a larger total: goes on to the newest last page", async () => {
    const { server, list } = await setup({
      pages: 5,
      answer: (page) => (page === 1 ? { totalPages: 2 } : {}),
    });
    const items = await collect(list(3));
    expect(items.map((g) => g.id)).toEqual(ids(1, 10));
    expect(server.asked).toEqual([1, 2, 3, 4, 5]);
  });

  it("without pagination headers, asks only for the next page ahead", async () => {
    const server = await startPageServer({ pages: 3 });
    servers.push(server);
    const bare = createServer((req, res) => {
      // The page server's answer, minus its X-Pagination-* headers.
      void fetch(`${server.url}${req.url}`).then(async (r) => {
        res.writeHead(r.status, { "Content-Type": "application/json" });
        res.end(await r.text());
      });
    });
    const url = await listenOnLoopback(bare);
    try {
      const client = new APIClient({
        apiKey: "prefetch-test-key",
        baseUrl: url,
      });
      const items = await collect(
        client.groups.list({ iterator: true, limit: 2, prefetch: 5 }),
      );
      expect(items.map((g) => g.id)).toEqual(ids(1, 6));
      // Page 4 is empty: the end. No page past it was asked for.
      expect(server.asked).toEqual([1, 2, 3, 4]);
    } finally {
      bare.closeAllConnections();
      bare.close();
    }
  });
});

describe("iterator: true with page_num", () => {
  it.each([0, 3])("starts at page_num (prefetch %i)", async (prefetch) => {
    const { server, list } = await setup({ pages: 5 });
    const items = await collect(list(prefetch, { page_num: 3 }));
    expect(items.map((g) => g.id)).toEqual(ids(5, 10));
    expect(server.asked).toEqual([3, 4, 5]);
  });

  it("past the last page: nothing, in one request", async () => {
    const { server, list } = await setup({
      pages: 2,
      answer: () => ({ items: 0 }),
    });
    const items = await collect(list(3, { page_num: 7 }));
    expect(items).toEqual([]);
    expect(server.asked).toEqual([7]);
  });
});

describe("the prefetch option", () => {
  it.each(["2", null, -1, 1.5, Number.NaN, Infinity, 2 ** 53])(
    "refuses %s with nothing sent",
    async (prefetch) => {
      const { server, client } = await setup({ pages: 2 });
      const options = { iterator: true, prefetch } as unknown as {
        iterator: true;
      };
      await expect(collect(client.groups.list(options))).rejects.toThrow(
        new TypeError(
          'groups.list: option "prefetch" must be a boolean or a whole number >= 0',
        ),
      );
      expect(server.asked).toEqual([]);
    },
  );

  it("0 and false page one at a time", async () => {
    for (const prefetch of [0, false]) {
      const { server, client } = await setup({
        pages: 3,
        hold: (page) => page > 1,
      });
      const it = client.groups
        .list({ iterator: true, limit: 2, prefetch })
        [Symbol.asyncIterator]();
      expect((await it.next()).value).toMatchObject({ id: 1 });
      expect((await it.next()).value).toMatchObject({ id: 2 });
      // The loop holds page 1's last item: page 2 is not asked for yet.
      await client.groups.get(1).catch(() => undefined);
      expect(server.asked.filter((p) => p > 0)).toEqual([1]);
      await it.return!(undefined);
    }
  });
});

describe("under an enforced rate limit", () => {
  const names = Array.from(
    { length: 27 },
    (_, i) => `rate ${String(i).padStart(2, "0")}`,
  );
  // 3 requests per user and 400 ms: the 9 pages cannot go at once.
  const { emu, admin } = useEmulator({
    rateLimit: { enforce: true, limit: 3, windowMs: 400 },
    fixtures: { groups: names.map((name) => ({ name })) },
  });

  it("prefetch 9: every item, in order, no 429 surfaced", async () => {
    const items = await collect(
      admin.groups.list({
        iterator: true,
        limit: 3,
        prefetch: 9,
        query: "rate",
      }),
    );
    expect(items.map((g) => g.name)).toEqual(names);
    expect(emu.requestCount({ path: "/groups", status: 200 })).toBe(9);
    // The gate heard the budget from page 1 and sent the rest as it allowed.
    expect(emu.requestCount({ status: 429 })).toBe(0);
  });
});
