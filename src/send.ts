// The transport call behind every method: one openapi-fetch request whose
// fetch is the transport's, for this call. The transport parses the body and
// throws the typed errors; here the call gets its metadata and its log line.
import type { Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { clip } from "./redact.js";
import type { Send } from "./make-method.js";
import { readMeta } from "./response-meta.js";
import type { Exchange, Transport } from "./transport/fetch-with-retry.js";

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

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ response: Response }>;

const now = () => globalThis.performance?.now() ?? Date.now();
const NONE: readonly string[] = [];

export function createSend(
  raw: Client<paths>,
  transport: Transport,
  onLog?: (entry: LogEntry) => void,
): Send {
  // The wrappers are typed by the method table; here one loose call serves all.
  const request = raw.request.bind(raw) as unknown as LooseRequest;
  return async (route, input, call) => {
    const password = input.body?.password;
    const x: Exchange = {
      signal: call.signal,
      timeoutMs: call.timeoutMs,
      retries: call.retries,
      returns: route.returns,
      // Should a server echo a password sent in this request, errors redact it.
      secrets: typeof password === "string" ? [password] : NONE,
      path: route.path,
      tries: 0,
      data: undefined,
    };
    const started = onLog ? now() : 0;
    const log = (
      fields: Pick<LogEntry, "status" | "error" | "requestId">,
    ): void => {
      try {
        onLog?.({
          method: route.method,
          path: clip(x.path),
          ...fields,
          tries: x.tries,
          ms: Math.round(now() - started),
        });
      } catch {
        // A log hook must not change the call's outcome.
      }
    };
    try {
      const { response } = await request(route.method, route.path, {
        params: { path: input.path, query: input.query },
        body: input.body,
        fetch: transport.fetchFor(x),
        parseAs: "stream",
      });
      const meta = readMeta(response, route.method, x.path, x.tries);
      log({ status: meta.status, error: null, requestId: meta.requestId });
      return { data: x.data, meta };
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
