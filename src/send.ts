// The transport call behind every method: one openapi-fetch request with the
// call's own fetch options, and one mapping of failures to errors.
import type { Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { errorFromResponse } from "./errors.js";
import type { Send } from "./make-method.js";
import { readMeta } from "./response-meta.js";
import { tryInfoOf, type RetryingFetch } from "./transport/fetch-with-retry.js";

/** One line of the `onLog` hook per call: never a header, body or key. */
export interface LogEntry {
  method: string;
  path: string;
  status: number;
  tries: number;
  requestId: string | null;
  ms: number;
}

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const now = () => globalThis.performance?.now() ?? Date.now();

export function createSend(
  raw: Client<paths>,
  fetch: RetryingFetch,
  onLog?: (entry: LogEntry) => void,
  apiKey?: string,
): Send {
  // The wrappers are typed by the method table; here one loose call serves all.
  const request = raw.request.bind(raw) as unknown as LooseRequest;
  return async (op, input, call) => {
    const perCall =
      call.signal !== undefined ||
      call.timeoutMs !== undefined ||
      call.retries !== undefined
        ? fetch.withOptions({
            signal: call.signal,
            timeoutMs: call.timeoutMs,
            retries: call.retries,
          })
        : fetch;
    const started = now();
    const { data, error, response } = await request(
      op.method.toLowerCase(),
      op.path,
      {
        params: { path: input.path, query: input.query },
        body: input.body,
        fetch: perCall,
      },
    );
    const info = tryInfoOf(response);
    const path = info?.path ?? op.path;
    const tries = info?.tries ?? 1;
    const meta = readMeta(response, op.method, path, tries);
    onLog?.({
      method: op.method,
      path,
      status: response.status,
      tries,
      requestId: meta.requestId,
      ms: Math.round(now() - started),
    });
    if (!response.ok)
      throw errorFromResponse({
        status: response.status,
        body: error,
        headers: response.headers,
        method: op.method,
        path,
        tries,
        // Defence in depth: should a server echo the key or a password sent
        // in this request, the error still never holds it.
        secrets: [apiKey, input.body?.password].filter(
          (x): x is string => typeof x === "string" && x !== "",
        ),
      });
    return { data, meta };
  };
}
