// `npm run bench`: the client's size, per-call cost, paging and behaviour
// under a rate limit, each beside its goal (issue 13; BENCHMARKS.md keeps the
// latest figures). Speed is measured as ratios of two things run side by
// side, interleaved, in one process: shared, noisy machines move both alike.
// Nothing here is a test and nothing here fails: it reports.
//
// The client is measured as shipped: bundled by esbuild (plain ESM, not run
// through tsx's transform), imported from a temporary file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { startEmulator } from "../src/emulator/index.js";
import type * as Library from "../src/index.js";
import {
  CLIENT_BUDGET_BYTES,
  CLIENT_GOAL_BYTES,
  bundleSize,
} from "./bundle-size.js";

const root = new URL("../", import.meta.url).pathname;
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
const clientSize = await bundleSize(
  'export { APIClient } from "./src/index.ts";',
);
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
const client = new APIClient({ apiKey: "bench", baseUrl, fetch: stub });
const bare = createClient<paths>({
  baseUrl,
  fetch: stub,
  headers: { Authorization: "Basic YmVuY2g6" },
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
// 10,000 groups at limit 1000 from the emulator (in process, real loopback
// HTTP): the iterator, with and without prefetch, against the same loop
// written on bare openapi-fetch.
const N = 10_000;
const LIMIT = 1000;
{
  const emu = await startEmulator({ rateLimit: { limit: 1e9 } });
  const key = emu.users[0]!.apiKey;
  const have = emu.app.state.groups.size;
  for (let i = have; i < N; i += 250) {
    const batch = Array.from({ length: Math.min(250, N - i) }, (_, j) =>
      emu.app.handle(
        new Request(`${emu.url}/groups`, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${key}`,
            "Content-Type": "application/json",
          },
          body: JSON.stringify({ name: `Bench group ${i + j}` }),
        }),
      ),
    );
    await Promise.all(batch);
  }
  const pager = new APIClient({ apiKey: key, baseUrl: emu.url });
  const raw = createClient<paths>({
    baseUrl: emu.url,
    headers: { Authorization: `Bearer ${key}` },
  });
  const iterate = async (prefetch: boolean) => {
    let n = 0;
    for await (const _ of pager.groups.list({
      iterator: true,
      limit: LIMIT,
      prefetch,
    }))
      n++;
    return n;
  };
  const loop = async () => {
    let n = 0;
    for (let page = 1; ; page++) {
      const { data, response } = await raw.GET("/groups", {
        params: { query: { limit: LIMIT, page_num: page } },
      });
      n += data?.length ?? 0;
      const total = Number(response.headers.get("X-Pagination-Total-Pages"));
      if (!data?.length || page >= total) return n;
    }
  };
  const run = async (fn: () => Promise<number>) => {
    emu.resetRequests();
    gc?.(); // each run starts without the garbage of the one before
    const start = performance.now();
    const items = await fn();
    return {
      ms: performance.now() - start,
      items,
      requests: emu.requestCount(),
    };
  };
  const plain: number[] = [];
  const ahead: number[] = [];
  const bareMs: number[] = [];
  const counts = new Set<string>();
  for (let round = 0; round <= 10; round++) {
    const a = await run(() => iterate(false));
    const p = await run(() => iterate(true));
    const b = await run(loop);
    if (round === 0) continue; // warm-up
    plain.push(a.ms / b.ms);
    ahead.push(p.ms / b.ms);
    bareMs.push(b.ms);
    for (const r of [a, p, b]) counts.add(`${r.items} items/${r.requests}`);
  }
  await emu.close();
  console.log(
    `\npaging ${N} groups at limit ${LIMIT}, emulator in process (median of 10 rounds)`,
  );
  line("bare openapi-fetch loop", `${median(bareMs).toFixed(0)} ms`);
  line("iterator / bare", x(median(plain)), "goal <= 1.00x");
  line("iterator, prefetch / bare", x(median(ahead)), "goal <= 1.00x");
  line(
    "items / requests, every run",
    [...counts].join(", "),
    `goal ${N}/${Math.ceil(N / LIMIT)}`,
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
