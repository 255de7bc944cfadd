// A node:http server on 127.0.0.1 that answers every request as a test says:
// the hostile server of a test (echoed credentials, redirects, bodies too
// deep, far rate-limit windows). Keeps what it was sent.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
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
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface AnsweringServer {
  url: string;
  readonly received: readonly Received[];
  close(): Promise<void>;
}

/** Starts a server that answers each request with `answer(request)`. */
export async function answeringServer(
  answer: (request: Received) => Answer,
): Promise<AnsweringServer> {
  const received: Received[] = [];
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
      const { status, headers, body } = answer(request);
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(body ?? "");
    });
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    received,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
