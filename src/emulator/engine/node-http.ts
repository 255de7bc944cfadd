// Mounts a `(Request) => Promise<Response>` handler on node:http: converts
// IncomingMessage to a fetch Request and the Response back. Kept apart from
// the engine so the engine runs anywhere fetch types exist.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorBody } from "../model/api-errors.js";

/** Methods node:http accepts but a fetch `Request` refuses to carry. */
const FETCH_FORBIDDEN_METHODS = new Set(["TRACE"]);

export interface ServeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: loopback only. */
  host?: string;
  /** Larger request bodies are answered 413; default 10 MiB. */
  maxBodyBytes?: number;
}

export interface Serving {
  /** `http://<host>:<port>`, no trailing slash. */
  url: string;
  host: string;
  port: number;
  server: Server;
  /** Stops listening and closes every connection, keep-alive ones too. */
  close(): Promise<void>;
}

/** Serves `handle` over HTTP until `close()`. */
export async function serve(
  handle: (request: Request, wire?: { method: string }) => Promise<Response>,
  options: ServeOptions = {},
): Promise<Serving> {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  let origin = "http://127.0.0.1";

  const server = createServer((req, res) => {
    // The engine answers every request itself; this is for a broken
    // connection, where a body may still reach a client that is listening.
    void answer(req, res).catch(() => {
      try {
        if (res.headersSent) res.end();
        else
          sendError(
            res,
            500,
            "internal_server_error",
            "The emulator could not answer this request.",
          );
      } catch {
        res.destroy(); // nobody is left to answer
      }
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse) {
    // Aborts the engine's waits (injected latency) when the client goes away.
    const aborter = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborter.abort();
    });
    const body = await readBody(req, maxBodyBytes);
    if (body === "too large") {
      sendError(
        res,
        413,
        "payload_too_large",
        `Request bodies are limited to ${maxBodyBytes} bytes.`,
      );
      return;
    }
    const method = (req.method ?? "GET").toUpperCase();
    // fetch's Request cannot carry these; the engine is told the method.
    const forbidden = FETCH_FORBIDDEN_METHODS.has(method);
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      headers.append(
        req.rawHeaders[i] as string,
        req.rawHeaders[i + 1] as string,
      );
    }
    // The origin is the server's own, never the Host header: `//x` paths or
    // a forged Host must not move the URL elsewhere.
    const target = req.url ?? "/";
    let request: Request;
    try {
      request = new Request(
        origin + (target.startsWith("/") ? target : `/${target}`),
        {
          method: forbidden ? "GET" : method,
          headers,
          // fetch forbids a body on GET/HEAD; the engine ignores those anyway.
          body:
            forbidden ||
            method === "GET" ||
            method === "HEAD" ||
            body.length === 0
              ? null
              : new Uint8Array(body),
          signal: aborter.signal,
        },
      );
    } catch {
      sendError(
        res,
        400,
        "bad_request",
        "The request line or headers are malformed.",
      );
      return;
    }
    const response = await handle(request, forbidden ? { method } : undefined);
    res.statusCode = response.status;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    const payload = response.body
      ? Buffer.from(await response.arrayBuffer())
      : null;
    res.end(payload);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${urlHost(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: origin,
    host,
    port,
    server,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// For the few failures met before the engine sees the request.
function sendError(
  res: ServerResponse,
  code: number,
  error: string,
  errorDescription: string,
) {
  res.writeHead(code, {
    "Content-Type": "application/json; charset=utf-8",
    "Access-Control-Allow-Origin": "*",
  });
  res.end(JSON.stringify(errorBody(code, error, errorDescription)));
}

function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | "too large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(over ? "too large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

// The host as written in a URL: wildcard binds are reached over loopback.
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
