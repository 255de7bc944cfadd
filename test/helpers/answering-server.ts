// A node:http server on 127.0.0.1 that answers every request as a test says,
// for what the emulator does not do: the hostile server of a test (echoed
// credentials, redirects, bodies too deep, far rate-limit windows) and
// scripted failures (a hang, a reset socket, a body cut short, a late
// answer). Keeps what it was sent.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { onTestFinished } from "vitest";
import { listenOnLoopback } from "./loopback.js";

/** One request as the server got it. */
export interface Received {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server sends back. */
export type Answer =
  | {
      status: number;
      headers?: Record<string, string>;
      body?: string;
      /** Answer only after this long. */
      delayMs?: number;
    }
  | "hang" // never answer
  | "reset" // destroy the socket: a network error
  | "stall-body"; // headers and half a body, then nothing

export interface AnsweringServer {
  url: string;
  readonly received: readonly Received[];
  /** Resolves once `n` requests have arrived. */
  arrived(n: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a server that answers each request with `answer(request)`. */
export async function answeringServer(
  answer: (request: Received) => Answer,
): Promise<AnsweringServer> {
  const received: Received[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request: Received = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(request);
      for (const w of waiters) if (received.length >= w.n) w.resolve();
      const step = answer(request);
      if (step === "hang") return;
      if (step === "reset") return void req.socket.destroy();
      if (step === "stall-body") {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-length": "100",
        });
        res.write('{"partial":');
        return;
      }
      const { status, headers, body, delayMs = 0 } = step;
      const send = () => {
        res.writeHead(status, {
          "content-type": "application/json",
          ...headers,
        });
        res.end(body ?? "");
      };
      if (delayMs > 0) setTimeout(send, delayMs);
      else send();
    });
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    received,
    arrived: (n) =>
      new Promise<void>((resolve) => {
        if (received.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/**
 * Answers with `steps` in order, then `200 {"ok":true}` to anything more.
 * Started inside a test, it closes when the test ends.
 */
export async function scripted(steps: Answer[]): Promise<AnsweringServer> {
  const server = await answeringServer(
    () => steps.shift() ?? { status: 200, body: '{"ok":true}' },
  );
  onTestFinished(() => server.close());
  return server;
}
