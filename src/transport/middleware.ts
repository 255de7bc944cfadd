// openapi-fetch middleware and the query serializer for the Civis wire format
// (DESIGN.md "Wire facts of the real API"). Middleware runs once per call; the
// retrying fetch underneath resends clones of the request it produced.
import type { Middleware } from "openapi-fetch";

/** `Basic base64(apiKey + ":")`: the key as user name, empty password, as civis-python sends. */
export function basicAuthorization(apiKey: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${apiKey}:`))
    binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Sets `Authorization` unless the call set its own. The key lives only in this
 * closure: the middleware object has no property that would show it.
 */
export function authMiddleware(apiKey: string): Middleware {
  if (
    typeof apiKey !== "string" ||
    apiKey.trim() === "" ||
    /[\r\n]/.test(apiKey)
  ) {
    // Never echo the value: it may be a real key with a stray character.
    throw new TypeError(
      "apiKey must be a non-empty string without line breaks",
    );
  }
  const value = basicAuthorization(apiKey);
  return {
    onRequest({ request }) {
      if (!request.headers.has("authorization"))
        request.headers.set("authorization", value);
    },
  };
}

type Env = Readonly<Record<string, string | undefined>>;

// `process.env` where it exists; Deno may throw without --allow-env, browsers have no process.
export function readEnv(
  name: string,
  env?: Env | undefined,
): string | undefined {
  try {
    const source =
      env ??
      (globalThis as { process?: { env?: Env } }).process?.env ??
      ({} as Env);
    return source[name] || undefined;
  } catch {
    return undefined;
  }
}

/** `civis-api/<version> <runtime>/<version>`, the runtime being node, deno or bun when detectable. */
export function defaultUserAgent(libraryVersion: string): string {
  const g = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { versions?: { node?: string } };
  };
  let runtime: string | undefined;
  try {
    runtime = g.Deno?.version?.deno
      ? `deno/${g.Deno.version.deno}`
      : g.Bun?.version
        ? `bun/${g.Bun.version}`
        : g.process?.versions?.node
          ? `node/${g.process.versions.node}`
          : undefined;
  } catch {
    runtime = undefined;
  }
  return runtime
    ? `civis-api/${libraryVersion} ${runtime}`
    : `civis-api/${libraryVersion}`;
}

/** Options of `headersMiddleware`. */
export interface HeadersMiddlewareOptions {
  /** `User-Agent` to send (browsers may drop it); see `defaultUserAgent`. */
  userAgent?: string | undefined;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Where to read `CIVIS_JOB_ID` / `CIVIS_RUN_ID`; default `process.env` when there is one. */
  env?: Env | undefined;
}

/**
 * Sets `User-Agent`, `X-Civis-Job-ID` / `X-Civis-Run-ID` (when `CIVIS_JOB_ID` /
 * `CIVIS_RUN_ID` are set) and the extra headers, each unless the call set it.
 * Everything is computed once here, so a bad header value fails at construction.
 */
export function headersMiddleware(
  options: HeadersMiddlewareOptions = {},
): Middleware {
  const fixed = new Headers();
  const set = (name: string, value: string | undefined): void => {
    if (!value) return;
    try {
      fixed.set(name, value);
    } catch {
      // The platform's message quotes the value, which may be a token.
      throw new TypeError(`Invalid value for header "${name}"`);
    }
  };
  for (const [name, value] of Object.entries(options.headers ?? {}))
    set(name, value);
  set("user-agent", options.userAgent);
  set("x-civis-job-id", readEnv("CIVIS_JOB_ID", options.env));
  set("x-civis-run-id", readEnv("CIVIS_RUN_ID", options.env));
  const entries = [...fixed];
  return {
    onRequest({ request }) {
      for (const [name, value] of entries) {
        if (!request.headers.has(name)) request.headers.set(name, value);
      }
    },
  };
}

function queryValue(name: string, value: unknown): string {
  if (typeof value === "string") return encodeURIComponent(value);
  if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return String(value);
  }
  if (value instanceof Date) return encodeURIComponent(value.toISOString());
  throw new TypeError(
    `Query parameter "${name}" must be a string, number, boolean or array of them`,
  );
}

/**
 * Civis query format: `undefined`/`null` omitted, booleans `true`/`false`,
 * arrays as `name[]=a&name[]=b` (empty arrays omitted), values URI-encoded.
 * Pass as openapi-fetch's `querySerializer` option.
 */
export function civisQuerySerializer(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const key = encodeURIComponent(name);
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (item !== undefined && item !== null)
          parts.push(`${key}[]=${queryValue(name, item)}`);
      }
    } else {
      parts.push(`${key}=${queryValue(name, value)}`);
    }
  }
  return parts.join("&");
}
