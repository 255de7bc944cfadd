// `npm run bench`: size and speed of the client, each measured side by side
// with openapi-fetch alone in one run and printed as ratios. Nothing here is a
// test; these machines are shared and noisy, so read ratios, not absolutes.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { APIClient } from "../src/index.js";

const root = new URL("../", import.meta.url);

async function bundleSize(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: root.pathname, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const clientSize = await bundleSize(
  'export { APIClient } from "./src/index.ts";',
);
const fetchOnly = await bundleSize('export { default } from "openapi-fetch";');
console.log("bundle, min+gzip");
console.log(`  civis-api client          ${kb(clientSize)}  (goal <= 10 kB)`);
console.log(`  openapi-fetch alone       ${kb(fetchOnly)}`);
console.log(
  `  ratio                     ${(clientSize / fetchOnly).toFixed(2)}x`,
);

// Per-call overhead over an in-process fetch (no network): the wrapper
// (validation, placement, case conversion, metadata) against a raw
// openapi-fetch call of the same operation.
const body = JSON.stringify(
  Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    name: `Group ${i}`,
    createdAt: "2026-04-17T18:21:01.000Z",
    updatedAt: "2026-04-17T18:21:01.000Z",
    memberCount: 3,
    totalMemberCount: 3,
    organizationId: 1,
  })),
);
const fakeFetch = async () =>
  new Response(body, {
    headers: {
      "Content-Type": "application/json",
      "X-Pagination-Total-Pages": "1",
      "X-Request-Id": "bench",
    },
  });
const baseUrl = "https://api.example.test";
const client = new APIClient({ apiKey: "bench", baseUrl, fetch: fakeFetch });
const raw = createClient<paths>({ baseUrl, fetch: fakeFetch });

async function opsPerSec(fn: () => Promise<unknown>, ms = 1500) {
  for (let i = 0; i < 200; i++) await fn();
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) await fn();
    n += 50;
  }
  return n / (ms / 1000);
}

// Interleave the two to share the machine's noise.
const wrapped: number[] = [];
const transport: number[] = [];
const bare: number[] = [];
for (let round = 0; round < 3; round++) {
  wrapped.push(await opsPerSec(() => client.groups.list({ limit: 50 })));
  transport.push(
    await opsPerSec(() =>
      client.raw.GET("/groups", { params: { query: { limit: 50 } } }),
    ),
  );
  bare.push(
    await opsPerSec(() =>
      raw.GET("/groups", { params: { query: { limit: 50 } } }),
    ),
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
console.log(
  "\ngroups.list of 50 items over an in-process fetch, calls/s (median of 3)",
);
console.log(`  client.groups.list        ${median(wrapped).toFixed(0)}`);
console.log(`  client.raw.GET (transport) ${median(transport).toFixed(0)}`);
console.log(`  bare openapi-fetch GET    ${median(bare).toFixed(0)}`);
console.log(
  `  ratio wrapper / transport ${(median(wrapped) / median(transport)).toFixed(2)}x`,
);
console.log(
  `  ratio client / bare       ${(median(wrapped) / median(bare)).toFixed(2)}x`,
);

// Heap per instance, the first one (which compiles the shared method
// descriptors) excluded, against a bare openapi-fetch client.
const gc = (globalThis as { gc?: () => void }).gc;
function heapPer(make: () => unknown, n = 1000): number {
  make();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: n }, make);
  gc?.();
  const per = (process.memoryUsage().heapUsed - before) / kept.length;
  return per;
}
if (!gc) console.log("\n(run with node --expose-gc for steady heap numbers)");
const clientHeap = heapPer(
  () => new APIClient({ apiKey: "bench", baseUrl, fetch: fakeFetch }),
);
const bareHeap = heapPer(() =>
  createClient<paths>({ baseUrl, fetch: fakeFetch }),
);
console.log("\nheap per instance");
console.log(`  APIClient                 ${kb(clientHeap)}`);
console.log(`  bare openapi-fetch client ${kb(bareHeap)}`);
console.log(
  `  ratio                     ${(clientHeap / bareHeap).toFixed(1)}x`,
);
