// The transport call behind every method, without openapi-fetch: the URL,
// headers and body are built here (the wire format openapi-fetch would make
// of the same input, with the same serializer), the transport sends, retries
// and parses, and the call gets its metadata and its log line.
import { clip } from "./redact.js";
import type { Send } from "./make-method.js";
import { readMeta } from "./response-meta.js";
import type { Exchange, Transport } from "./transport/fetch-with-retry.js";
import { civisQuerySerializer } from "./transport/middleware.js";

/** One line of the `onLog` hook per call: never a header, body or key. */
export interface LogEntry {
  method: string;
  /** The URL path (cut to about 200 characters). */
  path: string;
  /** The last response's status; null when none came (timeout, network failure, abort). */
  status: number | null;
  /** The name of the error the call failed with (`CivisTimeoutError`, `AbortError`...); null on success. */
  error: string | null;
  /** Tries made, retries included. */
  tries: number;
  requestId: string | null;
  /** Time the call took, in ms, waits between tries included. */
  ms: number;
}

/** Where a client's wrapper calls go, and the headers each carries. */
export interface Wire {
  /** The API's base URL, without a trailing slash. */
  baseUrl: string;
  /** Lower-case names; `authorization` among them. */
  headers: Record<string, string>;
}

const now = () => globalThis.performance?.now() ?? Date.now();
const NONE: readonly string[] = [];

/** The path with its `{params}` URI-encoded, as openapi-fetch encodes them. */
function fillPath(
  parts: readonly string[],
  params: Record<string, string | number>,
): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2)
    out += encodeURIComponent(params[parts[i]!]!) + parts[i + 1];
  return out;
}

export function createSend(
  transport: Transport,
  wire: Wire,
  onLog?: (entry: LogEntry) => void,
): Send {
  const basePath = new URL(wire.baseUrl).pathname.replace(/\/$/, "");
  const withBody = { ...wire.headers, "content-type": "application/json" };
  // Each route's path split once at its `{params}`: literal parts at even
  // indexes, parameter names at odd ones (`["/groups/", "id", ""]`).
  const templates = new Map<string, string[]>();
  return async (route, input, call) => {
    let parts = templates.get(route.path);
    if (!parts)
      templates.set(route.path, (parts = route.path.split(/{(.+?)}/)));
    const filled = fillPath(parts, input.path);
    const path = basePath + filled;
    const query = civisQuerySerializer(input.query);
    const password = input.body?.password;
    const x: Exchange = {
      method: route.method,
      url: wire.baseUrl + filled + (query && `?${query}`),
      path,
      // A copy per call: a fetch of the caller's may change what it is given.
      headers: { ...(input.body ? withBody : wire.headers) },
      body: input.body && JSON.stringify(input.body),
      returns: route.returns,
      // Should a server echo a password sent in this request, errors redact it.
      secrets: typeof password === "string" ? [password] : NONE,
      signal: call.signal,
      timeoutMs: call.timeoutMs,
      retries: call.retries,
      tries: 0,
    };
    const started = onLog ? now() : 0;
    const log = (
      fields: Pick<LogEntry, "status" | "error" | "requestId">,
    ): void => {
      try {
        onLog?.({
          method: route.method,
          path: clip(path),
          ...fields,
          tries: x.tries,
          ms: Math.round(now() - started),
        });
      } catch {
        // A log hook must not change the call's outcome.
      }
    };
    try {
      const { response, data } = await transport.send(x);
      const meta = readMeta(response, route.method, path, x.tries);
      if (onLog)
        log({ status: meta.status, error: null, requestId: meta.requestId });
      return { data, meta };
    } catch (error) {
      const e = error as {
        status?: unknown;
        requestId?: unknown;
        name?: unknown;
      };
      log({
        status: typeof e?.status === "number" ? e.status : null,
        error: typeof e?.name === "string" ? e.name : "Error",
        requestId: typeof e?.requestId === "string" ? e.requestId : null,
      });
      throw error;
    }
  };
}
