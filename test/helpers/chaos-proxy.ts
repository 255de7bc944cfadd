// A proxy between a client and the emulator that breaks traffic the way real
// networks and load balancers do: node:http on 127.0.0.1, faults drawn from a
// seeded PRNG (or scripted), bounded in count and in time. Every request and
// what was done to it is logged; the emulator behind keeps its own count.
import { once } from "node:events";
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { Socket } from "node:net";
import { mulberry32 } from "../../src/emulator/engine/faults.js";
import { listenOnLoopback } from "./loopback.js";

/** What the proxy can do to one request. */
export type Fault =
  /** Destroy the connection before forwarding: the server never sees it. */
  | "reset"
  /** Forward, let the server answer, then drop the connection unanswered. */
  | "drop-after-commit"
  /** Answer itself, without forwarding (`-ra`: with `Retry-After: 0`). */
  | "502"
  | "503"
  | "503-ra"
  | "429"
  | "429-ra"
  /** Forward, then hold the answer past the client's per-try timeout. */
  | "slow"
  /** Forward; a 2xx body from the server is spoilt. */
  | "truncated"
  | "empty"
  | "not-json"
  | "wrong-kind";

export const ALL_FAULTS: readonly Fault[] = [
  "reset",
  "drop-after-commit",
  "502",
  "503",
  "503-ra",
  "429",
  "429-ra",
  "slow",
  "truncated",
  "empty",
  "not-json",
  "wrong-kind",
];

export interface ChaosOptions {
  /** The server to forward to, e.g. the emulator's URL. */
  target: string;
  /** Seed of the PRNG that draws faults (mulberry32). */
  seed?: number;
  /** Probability of a fault per request (0..1). */
  rate?: number;
  /** Kinds to draw from; default all. */
  faults?: readonly Fault[];
  /** How long `slow` holds an answer, in ms (bounded to 5 s). */
  slowMs?: number;
  /** At most this many faults; after that, every request passes. */
  maxFaults?: number;
}

export interface ProxyRecord {
  method: string;
  /** Path and query. */
  url: string;
  /** The fault applied, or null when the request passed untouched. */
  fault: Fault | null;
  /** Whether the request reached the server behind. */
  forwarded: boolean;
}

export interface ChaosProxy {
  url: string;
  readonly log: readonly ProxyRecord[];
  /** The next requests get these faults in order (null: pass), before any random one. */
  script(faults: (Fault | null)[]): void;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

// Hop-by-hop and length headers are the proxy's own to set.
const OWN_HEADERS = new Set([
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
]);

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined && !OWN_HEADERS.has(k))
              headers[k] = Array.isArray(v) ? v.join(", ") : v;
          resolve({
            status: res.statusCode ?? 502,
            headers,
            body: Buffer.concat(chunks),
          });
        });
        res.on("error", reject);
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}

/** A 2xx JSON body spoilt as `fault` says; undefined when there is none to spoil. */
function spoil(fault: Fault, up: Upstream): Buffer | undefined {
  const text = up.body.toString("utf8");
  if (up.status < 200 || up.status > 299 || text === "") return undefined;
  switch (fault) {
    case "truncated":
      return Buffer.from(text.slice(0, Math.floor(text.length / 2)));
    case "empty":
      return Buffer.alloc(0);
    case "not-json":
      return Buffer.from("<html><body>upstream hiccup</body></html>");
    case "wrong-kind":
      return Buffer.from(text.trimStart().startsWith("[") ? "{}" : "[]");
    default:
      return undefined;
  }
}

/** Starts the proxy on a free loopback port. */
export async function startChaosProxy(
  options: ChaosOptions,
): Promise<ChaosProxy> {
  const target = new URL(options.target);
  const random = mulberry32(options.seed ?? 1);
  const rate = options.rate ?? 0;
  const kinds = options.faults ?? ALL_FAULTS;
  const slowMs = Math.min(options.slowMs ?? 500, 5000);
  let budget = options.maxFaults ?? Infinity;
  const log: ProxyRecord[] = [];
  const scripted: (Fault | null)[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const draw = (): Fault | null => {
    if (scripted.length) return scripted.shift()!;
    if (budget <= 0 || rate === 0) return null;
    if (random() >= rate) return null;
    budget -= 1;
    return kinds[Math.floor(random() * kinds.length)]!;
  };

  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const answer = (res: ServerResponse, up: Upstream, body = up.body): void => {
    if (res.destroyed) return;
    res.writeHead(up.status, {
      ...up.headers,
      "content-length": String(body.length),
    });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const fault = draw();
    const record: ProxyRecord = {
      method: req.method ?? "",
      url: req.url ?? "",
      fault,
      forwarded: false,
    };
    log.push(record);
    if (fault === "reset") return void req.socket.destroy();
    const own = /^(502|503|429)(-ra)?$/.exec(fault ?? "");
    if (own) {
      const status = Number(own[1]);
      const headers: Record<string, string> = {
        "content-type": "application/json",
      };
      if (own[2]) headers["retry-after"] = "0";
      const text =
        status === 502
          ? ""
          : JSON.stringify({
              error: "proxy",
              errorDescription: "Proxy says no.",
            });
      return answer(res, { status, headers, body: Buffer.from(text) });
    }
    record.forwarded = true;
    const up = await forward(target, req, body);
    if (fault === "drop-after-commit") return void req.socket.destroy();
    if (fault === "slow") {
      await later(slowMs);
      return answer(res, up);
    }
    const spoilt = fault ? spoil(fault, up) : undefined;
    if (fault && !spoilt) record.fault = null;
    answer(res, up, spoilt ?? up.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    log,
    script: (faults) => void scripted.push(...faults),
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, "close");
    },
  };
}
