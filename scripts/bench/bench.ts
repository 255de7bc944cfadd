// `npm run bench`: the client's size, per-call cost, paging and behaviour
// under a rate limit, each beside its goal (BENCHMARKS.md keeps the latest
// figures). Speed is measured as ratios of two things run side by side,
// interleaved, in one process: shared, noisy machines move both alike.
// Nothing here is a test and nothing here fails: it reports.
//
// The client is measured as shipped: bundled by esbuild (plain ESM, not run
// through tsx's transform), imported from a temporary file.
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { createEmulatorApp, startEmulator } from "../../src/emulator/index.js";
import type * as Library from "../../src/index.js";
import { basicCredential } from "../../src/text/redact.js";
import {
  CLIENT_BUDGET_BYTES,
  CLIENT_GOAL_BYTES,
  bundleSize,
  clientEntrySize,
} from "./bundle-size.js";

const root = new URL("../../", import.meta.url).pathname;
const gc = (globalThis as { gc?: () => void }).gc;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const x = (n: number) => `${n.toFixed(2)}x`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const line = (label: string, value: string, note = "") =>
  console.log(`  ${label.padEnd(34)} ${value.padStart(12)}  ${note}`);

console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model.trim() ?? "?"}, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

// --- Bundle ---------------------------------------------------------------
const clientSize = await clientEntrySize();
const fetchOnly = await bundleSize('export { default } from "openapi-fetch";');
console.log("\nbundle, min+gzip (esbuild, platform neutral)");
line(
  "civis-api client entry",
  kb(clientSize),
  `goal <= ${kb(CLIENT_GOAL_BYTES)}; npm test budget ${kb(CLIENT_BUDGET_BYTES)}`,
);
line("openapi-fetch alone", kb(fetchOnly));

// The client as shipped, for everything below.
const dir = mkdtempSync(join(tmpdir(), "civis-api-bench-"));
const bundled = await build({
  entryPoints: [join(root, "src/index.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
  logLevel: "silent",
});
writeFileSync(join(dir, "client.mjs"), bundled.outputFiles[0]!.contents);
const { APIClient } = (await import(
  pathToFileURL(join(dir, "client.mjs")).href
)) as typeof Library;
rmSync(dir, { recursive: true, force: true });

// --- Per call -------------------------------------------------------------
// A method call (validation, openapi-fetch's request building, the retry
// loop and a per-try timeout with retries enabled, the gate, the body parsed
// and checked, case conversion, metadata) against a bare openapi-fetch call
// of the same operation, on the same stubbed fetch (no network).
const item = (id: number) => ({
  id,
  name: `Group ${id}`,
  createdAt: "2026-04-17T18:21:01.000Z",
  updatedAt: "2026-04-17T18:21:01.000Z",
  description: null,
  slug: null,
  organizationId: 1,
  organizationName: "Emulated Org",
  memberCount: 3,
  totalMemberCount: 3,
  lastUpdatedById: 1,
  createdById: 1,
  members: [],
});
const listBody = JSON.stringify(Array.from({ length: 50 }, (_, i) => item(i)));
const oneBody = JSON.stringify(item(9));
const stub = async (input: Request | string | URL) =>
  new Response(
    String(input instanceof Request ? input.url : input).includes("/groups/9")
      ? oneBody
      : listBody,
    {
      headers: {
        "Content-Type": "application/json",
        "X-Request-Id": "bench",
        "X-Pagination-Total-Pages": "1",
      },
    },
  );
const baseUrl = "https://api.example.test";
// What APIClient sends for the key "bench", so that the bare openapi-fetch
// client beside it sends the same request.
const authorization = `Basic ${basicCredential("bench")}`;
const client = new APIClient({ apiKey: "bench", baseUrl, fetch: stub });
const bare = createClient<paths>({
  baseUrl,
  fetch: stub,
  headers: { Authorization: authorization },
});

async function perCall(fn: () => Promise<unknown>, n: number) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - start) * 1000) / n;
}

/** Median of per-round ratios, `a` and `b` interleaved in blocks. */
async function sideBySide(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds = 15,
  block = 1000,
) {
  await perCall(a, 3 * block);
  await perCall(b, 3 * block);
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ta.push(await perCall(a, block));
    tb.push(await perCall(b, block));
    ratios.push(ta.at(-1)! / tb.at(-1)!);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

console.log(
  "\nper call over a stubbed fetch (median of 15 interleaved rounds of 1000)",
);
for (const [label, wrapped, raw] of [
  [
    "groups.get(9)",
    () => client.groups.get(9),
    () => bare.GET("/groups/{id}", { params: { path: { id: 9 } } }),
  ],
  [
    "groups.list, 50 items",
    () => client.groups.list({ limit: 50 }),
    () => bare.GET("/groups", { params: { query: { limit: 50 } } }),
  ],
] as const) {
  const r = await sideBySide(wrapped, raw);
  console.log(`  ${label}`);
  line("  client", `${r.a.toFixed(1)} us`);
  line("  bare openapi-fetch", `${r.b.toFixed(1)} us`);
  line("  ratio", x(r.ratio), "goal <= 1.35x");
}

// --- Paging ---------------------------------------------------------------
// The client's paging, not the emulator's: the pages of 10,000 groups are
// recorded once from an in-process emulator, then served, bytes and headers
// as recorded, 50 ms after each request by a small server of the bench's own
// (a round trip of a real network). Serial, `prefetch: 9` and the same loop
// written on bare openapi-fetch, interleaved; requests counted at the server.
const GROUPS = 10_000;
const RTT_MS = 50;
const emulator = createEmulatorApp({ rateLimit: { limit: 1e9 } });
const emulatorKey = emulator.users[0]!.apiKey;
const asAdmin = (path: string, init: RequestInit = {}) =>
  emulator.handle(
    new Request(`http://emulator.test${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${emulatorKey}`, ...init.headers },
    }),
  );
for (let i = emulator.state.groups.size; i < GROUPS; i += 250)
  await Promise.all(
    Array.from({ length: Math.min(250, GROUPS - i) }, (_, j) =>
      asAdmin("/groups", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: `Bench group ${i + j}` }),
      }),
    ),
  );

/** Every page of `GET /groups` at `limit`, as the emulator answered it. */
interface Recorded {
  body: Uint8Array;
  headers: [string, string][];
}
async function record(limit: number): Promise<Map<number, Recorded>> {
  const pages = new Map<number, Recorded>();
  for (let page = 1; ; page++) {
    const response = await asAdmin(`/groups?limit=${limit}&page_num=${page}`);
    pages.set(page, {
      body: new Uint8Array(await response.arrayBuffer()),
      headers: [...response.headers],
    });
    if (page >= Number(response.headers.get("X-Pagination-Total-Pages")))
      return pages;
  }
}

/** Serves recorded pages by `limit` and `page_num`, `delayMs` after each request. */
async function replayServer(
  recorded: Map<number, Map<number, Recorded>>,
  delayMs: number,
) {
  let requests = 0;
  let open = 0;
  let maxOpen = 0;
  const server = createServer((req, res) => {
    requests++;
    maxOpen = Math.max(maxOpen, ++open);
    res.on("close", () => open--);
    const q = new URL(req.url!, "http://x").searchParams;
    const page = recorded
      .get(Number(q.get("limit")))
      ?.get(Number(q.get("page_num")));
    setTimeout(() => {
      if (!page) return void res.writeHead(404).end();
      res.writeHead(200, page.headers.flat());
      res.end(page.body);
    }, delayMs);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Requests and the most at once since the last call. */
    take() {
      const counts = { requests, maxOpen };
      requests = maxOpen = 0;
      return counts;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

{
  const recorded = new Map([
    [1000, await record(1000)],
    [100, await record(100)],
  ]);
  const replay = await replayServer(recorded, RTT_MS);
  const pager = new APIClient({ apiKey: "bench", baseUrl: replay.url });
  const raw = createClient<paths>({
    baseUrl: replay.url,
    headers: { Authorization: authorization },
  });
  const iterate = (limit: number, prefetch: number) => async () => {
    let n = 0;
    for await (const _ of pager.groups.list({
      iterator: true,
      limit,
      prefetch,
    }))
      n++;
    return n;
  };
  const loop = async () => {
    let n = 0;
    for (let page = 1; ; page++) {
      const { data, response } = await raw.GET("/groups", {
        params: { query: { limit: 1000, page_num: page } },
      });
      n += data?.length ?? 0;
      const total = Number(response.headers.get("X-Pagination-Total-Pages"));
      if (!data?.length || page >= total) return n;
    }
  };
  const run = async (fn: () => Promise<number>) => {
    replay.take();
    gc?.(); // each run starts without the garbage of the one before
    const start = performance.now();
    const items = await fn();
    const ms = performance.now() - start;
    return { ms, items, ...replay.take() };
  };
  type Run = Awaited<ReturnType<typeof run>>;
  const counts = (...runs: Run[][]) =>
    [...new Set(runs.flat().map((r) => `${r.items} items/${r.requests}`))].join(
      ", ",
    );
  /** `count` rounds of each contender in turn, after a warm-up round. */
  const rounds = async <K extends string>(
    count: number,
    contenders: Record<K, () => Promise<number>>,
  ): Promise<Record<K, Run[]>> => {
    const entries = Object.entries(contenders) as [K, () => Promise<number>][];
    const out = Object.fromEntries(
      entries.map(([k]) => [k, [] as Run[]]),
    ) as Record<K, Run[]>;
    for (let round = 0; round <= count; round++)
      for (const [k, fn] of entries) {
        const r = await run(fn);
        if (round > 0) out[k].push(r);
      }
    return out;
  };
  const ms = (runs: Run[]) => `${median(runs.map((r) => r.ms)).toFixed(0)} ms`;
  /** The median of the per-round ratios of `a` to `b`. */
  const ratio = (a: Run[], b: Run[]) =>
    x(median(a.map((r, i) => r.ms / b[i]!.ms)));

  /** The lines of one paging comparison: times, ratios, requests. */
  const report = (
    limit: number,
    prefetch: number,
    runs: { serial: Run[]; ahead: Run[]; bare?: Run[] },
    goal: string,
  ) => {
    const { serial, ahead, bare } = runs;
    line("serial iterator", ms(serial));
    line(`prefetch: ${prefetch}`, ms(ahead));
    if (bare) line("bare openapi-fetch loop", ms(bare));
    line(`prefetch ${prefetch} / serial`, ratio(ahead, serial), goal);
    if (bare) line("serial / bare loop", ratio(serial, bare), "goal <= 1.00x");
    line(
      "items / requests, every run",
      counts(...Object.values(runs)),
      `goal ${GROUPS}/${GROUPS / limit}`,
    );
    line(
      `requests at once, prefetch ${prefetch}`,
      `${Math.max(...ahead.map((r) => r.maxOpen))}`,
    );
  };

  console.log(
    `\npaging ${GROUPS} groups at limit 1000, recorded pages served ${RTT_MS} ms after each request (median of 8 rounds)`,
  );
  const at1000 = await rounds(8, {
    serial: iterate(1000, 0),
    ahead: iterate(1000, 9),
    bare: loop,
  });
  report(1000, 9, at1000, "goal <= 0.30x (floor ~0.2x)");

  // 100 items a page: 100 requests, 10 at a time.
  console.log(`\nsame, at limit 100 (median of 3 rounds)`);
  const at100 = await rounds(3, {
    ahead: iterate(100, 10),
    serial: iterate(100, 0),
  });
  report(100, 10, at100, "floor ~0.11x");
  await replay.close();
}

// --- Heap while prefetching -----------------------------------------------
// 100,000 small items, 1000 a page, from a server that answers at once: the
// peak of the live heap at the start of each page (after a collection, once
// the pages asked for have arrived), for several prefetch counts. A page is
// what one more page ahead adds: its items and its request's own objects.
{
  const PAGES = 100;
  const PER_PAGE = 1000;
  const PREFETCH = 4;
  const small = new Map<number, Recorded>();
  for (let page = 1; page <= PAGES; page++) {
    const items = Array.from({ length: PER_PAGE }, (_, i) => {
      const id = (page - 1) * PER_PAGE + i + 1;
      return { id, name: `item ${id}` };
    });
    small.set(page, {
      body: new TextEncoder().encode(JSON.stringify(items)),
      headers: [
        ["Content-Type", "application/json"],
        ["X-Pagination-Per-Page", String(PER_PAGE)],
        ["X-Pagination-Current-Page", String(page)],
        ["X-Pagination-Total-Pages", String(PAGES)],
        ["X-Pagination-Total-Entries", String(PAGES * PER_PAGE)],
      ],
    });
  }
  const server = await replayServer(new Map([[PER_PAGE, small]]), 0);
  const pager = new APIClient({ apiKey: "bench", baseUrl: server.url });
  // Twice: what weak references and finalizers free takes a second pass.
  const heap = () => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));
  const peakOf = async (prefetch: number) => {
    const start = heap();
    const samples: number[] = [];
    let n = 0;
    for await (const g of pager.groups.list({
      iterator: true,
      limit: PER_PAGE,
      prefetch,
    })) {
      n++;
      if (g.id % PER_PAGE !== 1) continue;
      await settle(); // the pages asked for arrive
      samples.push(heap() - start);
    }
    // The peak, and the middle sample: one slow collection moves the peak.
    return { peak: Math.max(...samples), typical: median(samples), n };
  };
  // Warm: code compiled on first use is on the heap too.
  await peakOf(0);
  await peakOf(PREFETCH);
  const runs = new Map<number, Awaited<ReturnType<typeof peakOf>>>();
  for (const n of [0, 2, PREFETCH, 8]) runs.set(n, await peakOf(n));
  await server.close();
  const peak = (n: number) => runs.get(n)!.peak;
  const typical = (n: number) => runs.get(n)!.typical;
  // What one more page ahead adds, from 2 to 8 pages ahead.
  const perPage = (typical(8) - typical(2)) / 6;
  const kbs = (f: (n: number) => number) =>
    [0, 2, PREFETCH, 8].map((n) => (f(n) / 1024).toFixed(0)).join(" / ");
  console.log(
    `\nheap while iterating ${PAGES * PER_PAGE} small items, ${PER_PAGE} a page${gc ? "" : " (needs node --expose-gc)"}`,
  );
  line("peak, prefetch 0 / 2 / 4 / 8", kbs(peak), "kB above the start");
  line("median, prefetch 0 / 2 / 4 / 8", kbs(typical), "kB, of 100 pages");
  line(
    "one page more ahead (2 to 8)",
    kb(perPage),
    "its items and its request",
  );
  line(
    `prefetch ${PREFETCH}, above serial`,
    `${((peak(PREFETCH) - peak(0)) / perPage).toFixed(1)} pages`,
    `peak; ${((typical(PREFETCH) - typical(0)) / perPage).toFixed(1)} median; goal ${PREFETCH} (so ${PREFETCH + 1} in all)`,
  );
  line(
    "items, every run",
    [...new Set([...runs.values()].map((r) => r.n))].join(", "),
  );
}

// --- The emulator's own page cost -----------------------------------------
// A 1000-item page of the 10,000 groups, with a `query` filter and the
// default order (name), through the in-process `app.handle(request)` with
// its body read: what a test suite paging through the emulator waits for.
{
  const url = (page: number) =>
    `/groups?limit=1000&page_num=${page}&query=bench%20group`;
  const time = async (path: string) => {
    const start = performance.now();
    await (await asAdmin(path)).text();
    return performance.now() - start;
  };
  const next: number[] = [];
  const afterWrite: number[] = [];
  for (let round = 0; round <= 5; round++) {
    // A rename: the list must be sorted again.
    await asAdmin("/groups/100", {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: `Bench group renamed ${round}` }),
    });
    const first = await time(url(1));
    for (let page = 2; page <= 10; page++) {
      const ms = await time(url(page));
      if (round) next.push(ms);
    }
    if (round) afterWrite.push(first);
  }
  console.log(
    `\nemulator: a 1000-item page of ${GROUPS} groups, query filter, default order (median of 5 rounds)`,
  );
  line(
    "a page of a list paged before",
    `${median(next).toFixed(1)} ms`,
    "goal <= 10 ms",
  );
  line(
    "the first page after a rename",
    `${median(afterWrite).toFixed(1)} ms`,
    "sorts again",
  );
}
// --- Load under a rate limit ----------------------------------------------
// 1,000 GETs fired at once against an emulator that enforces 100 requests
// per user and 2 s window. The floor: the last hundred cannot start before
// the tenth window opens, 9 windows after the first request.
{
  const CALLS = 1000;
  const limit = 100;
  const windowMs = 2000;
  const emu = await startEmulator({
    rateLimit: { enforce: true, limit, windowMs },
  });
  const loaded = new APIClient({
    apiKey: emu.users[0]!.apiKey,
    baseUrl: emu.url,
  });
  const start = performance.now();
  const settled = await Promise.allSettled(
    Array.from({ length: CALLS }, () => loaded.groups.get(1)),
  );
  const ms = performance.now() - start;
  const failed = settled.filter((s) => s.status === "rejected").length;
  const sent = emu.requestCount();
  const limited = emu.requestCount({ status: 429 });
  await emu.close();
  const floor = (Math.ceil(CALLS / limit) - 1) * windowMs;
  console.log(
    `\nload: ${CALLS} groups.get at once, limit ${limit} per ${windowMs} ms (default maxConcurrency)`,
  );
  line("calls that succeeded", `${CALLS - failed}/${CALLS}`, "goal all");
  line("calls that surfaced an error", `${failed}`, "goal 0");
  line(
    "requests sent / answered 429",
    `${sent} / ${limited}`,
    `${((100 * limited) / sent).toFixed(1)}%, goal < 5%`,
  );
  line(
    "total time / floor",
    x(ms / floor),
    `${(ms / 1000).toFixed(1)} s / ${floor / 1000} s, goal <= 1.30x`,
  );
}

// --- Heap -----------------------------------------------------------------
// Per instance, the first one (which compiles the shared method descriptors)
// excluded, against a bare openapi-fetch client.
function heapPer(make: () => unknown, n = 1000): number {
  make();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: n }, make);
  gc?.();
  return (process.memoryUsage().heapUsed - before) / kept.length;
}
const clientHeap = heapPer(
  () => new APIClient({ apiKey: "bench", baseUrl, fetch: stub }),
);
const bareHeap = heapPer(() => createClient<paths>({ baseUrl, fetch: stub }));
console.log(
  `\nheap per instance${gc ? "" : " (run with node --expose-gc for steady figures)"}`,
);
line("APIClient", kb(clientHeap));
line("bare openapi-fetch client", kb(bareHeap));
