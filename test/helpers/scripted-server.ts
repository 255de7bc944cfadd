// A node:http server on 127.0.0.1 that answers each request with the next
// step of a script (a status and body, a hang, a reset socket, a body cut
// short) and keeps every request it saw: for the failures the emulator does
// not make. Started inside a test, it closes when the test ends.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { onTestFinished } from "vitest";
import { listenOnLoopback } from "./loopback.js";

export type Step =
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

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedServer {
  url: string;
  seen: Seen[];
  /** Resolves once `n` requests have arrived. */
  arrived(n: number): Promise<void>;
}

/** Answers with `steps` in order, then `200 {"ok":true}` to anything more. */
export async function scripted(steps: Step[]): Promise<ScriptedServer> {
  const seen: Seen[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      for (const w of waiters) if (seen.length >= w.n) w.resolve();
      const step = steps.shift() ?? { status: 200, body: '{"ok":true}' };
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
      setTimeout(() => {
        res.writeHead(step.status, {
          "content-type": "application/json",
          ...step.headers,
        });
        res.end(step.body ?? "");
      }, step.delayMs ?? 0);
    });
  });
  const url = await listenOnLoopback(server);
  onTestFinished(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  });
  return {
    url,
    seen,
    arrived: (n) =>
      new Promise<void>((resolve) => {
        if (seen.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
}
