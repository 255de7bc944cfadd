// The one error hierarchy of the library (DESIGN.md "The client API", STYLE.md
// "Errors"). Errors keep only response data and the request line (method +
// path): never the Request, its headers, its body or a full URL, so no API key
// or credential password can reach a message, a log line or `inspect` output.
import { parseRetryAfter } from "./transport/retry-policy.js";

/** Placeholder written by `redact` in place of a secret. */
export const REDACTED = "[REDACTED]";

/** Replaces every occurrence of each non-empty secret (raw or URL-encoded) in `text`. */
export function redact(
  text: string,
  secrets: readonly (string | undefined)[],
): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  // Longest first, so a secret containing another is removed whole.
  for (const s of [...forms].sort((a, b) => b.length - a.length)) {
    text = text.split(s).join(REDACTED);
  }
  return text;
}

function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets);
    return out;
  }
  return value;
}

// Fields shown by toJSON/inspect: all plain values, never headers or bodies.
const SAFE_FIELDS = [
  "status",
  "error",
  "errorDescription",
  "method",
  "path",
  "requestId",
  "tries",
  "retryAfterMs",
  "timeoutMs",
] as const;

// The most specific reason of a network failure: undici wraps it as
// `TypeError("fetch failed", { cause: Error("connect ECONNREFUSED ...") })`.
function networkReason(cause: unknown): string {
  let e = cause;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  if (!(e instanceof Error)) return "network error";
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : e.message.slice(0, 200) || e.name;
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** Base of every error the library throws for transport or API reasons. */
export class CivisError extends Error {
  static {
    // On the prototype, not an own field: survives minification, stays out of Object.keys.
    this.prototype.name = "CivisError";
  }

  /** Safe summary: name, message and the plain request/response fields. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      message: this.message,
    };
    const self = this as unknown as Record<string, unknown>;
    for (const key of SAFE_FIELDS) if (key in this) out[key] = self[key];
    // Only the short reason (e.g. ECONNREFUSED): a cause's message is not ours to vouch for.
    if (this.cause !== undefined) out.cause = networkReason(this.cause);
    return out;
  }

  /** Node's `util.inspect` (and so `console.log`) shows the stack and `toJSON()` only. */
  [inspectSymbol](
    _depth: number,
    options: unknown,
    inspect?: (value: unknown, options: unknown) => string,
  ): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const shown = inspect ? inspect(fields, options) : JSON.stringify(fields);
    return `${this.stack ?? `${this.name}: ${this.message}`} ${shown}`;
  }
}

/** Response headers as accepted by `errorFromResponse`. */
export type HeadersLike =
  | Headers
  | Iterable<readonly [string, string]>
  | Record<string, string | readonly string[] | undefined>;

/** Everything needed to build a `CivisAPIError` from a non-2xx response. */
export interface ErrorResponseInit {
  /** HTTP status code. */
  status: number;
  /** Parsed JSON body, raw text, or undefined for an empty body. */
  body?: unknown;
  /** Response headers. */
  headers?: HeadersLike;
  /** HTTP method of the request. */
  method: string;
  /** URL path of the request; an absolute URL or a query string is cut down to the path. */
  path: string;
  /** Number of tries made (1 when not retried). */
  tries?: number;
  /** HTTP reason phrase, when the response had one. */
  statusText?: string;
  /** Strings to redact from the message, error fields, headers and body. */
  secrets?: readonly string[];
}

// Headers a response should never carry back to us, dropped just in case.
const DROPPED_HEADERS = new Set([
  "set-cookie",
  "authorization",
  "proxy-authorization",
  "cookie",
]);

function plainHeaders(
  headers: HeadersLike | undefined,
  secrets: readonly string[],
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (headers) {
    const entries =
      Symbol.iterator in headers
        ? (headers as Iterable<readonly [string, string]>)
        : Object.entries(
            headers as Record<string, string | readonly string[] | undefined>,
          );
    for (const [k, v] of entries) {
      const name = k.toLowerCase();
      if (v === undefined || DROPPED_HEADERS.has(name)) continue;
      const value = typeof v === "string" ? v : v.join(", ");
      out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
    }
    if (secrets.length) for (const k in out) out[k] = redact(out[k]!, secrets);
  }
  return Object.freeze(out);
}

/** `/groups/9` from `/groups/9?x=1`, `https://host/groups/9` or `groups/9#f`. */
function pathOnly(path: string): string {
  let p = path;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(p);
  if (scheme) p = p.slice(scheme[0].length);
  p = p.split(/[?#]/)[0] ?? "";
  return p.startsWith("/") ? p : `/${p}`;
}

// Fallback texts for when neither the body nor the response has one (HTTP/2 has no reason phrase).
const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function stringField(body: unknown, ...keys: string[]): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    return undefined;
  for (const key of keys) {
    const v = (body as Record<string, unknown>)[key];
    if (typeof v === "string" && v !== "") return v;
  }
  return undefined;
}

function parseBody(body: unknown): unknown {
  if (typeof body !== "string") return body;
  const t = body.trim();
  if (!t.startsWith("{")) return body;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return body;
  }
}

/** An error response of the API: a non-2xx status after all tries. */
export class CivisAPIError extends CivisError {
  static {
    this.prototype.name = "CivisAPIError";
  }
  /** HTTP status code. */
  readonly status: number;
  /** The body's `error` code, e.g. `not_found`. */
  readonly error: string | undefined;
  /** The body's `errorDescription`. */
  readonly errorDescription: string | undefined;
  /** HTTP method, upper case. */
  readonly method: string;
  /** URL path without origin or query, e.g. `/groups/9`. */
  readonly path: string;
  /** The `X-Request-Id` response header, or null. */
  readonly requestId: string | null;
  /** Number of tries made, retries included. */
  readonly tries: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or the raw text (possibly empty) when it was not JSON. */
  readonly body: unknown;

  constructor(init: ErrorResponseInit) {
    const secrets = init.secrets ?? [];
    const body = secrets.length
      ? redactDeep(parseBody(init.body), secrets)
      : parseBody(init.body);
    const error = stringField(body, "error");
    const errorDescription = stringField(
      body,
      "errorDescription",
      "error_description",
    );
    const method = init.method.toUpperCase();
    const path = redact(pathOnly(init.path), secrets);
    const text =
      errorDescription ??
      error ??
      (init.statusText || undefined) ??
      STATUS_TEXT[init.status] ??
      "HTTP error";
    super(`(${init.status}) ${text} (${method} ${path})`);
    this.status = init.status;
    this.error = error;
    this.errorDescription = errorDescription;
    this.method = method;
    this.path = path;
    this.headers = plainHeaders(init.headers, secrets);
    this.requestId = this.headers["x-request-id"] ?? null;
    this.tries = init.tries ?? 1;
    this.body = body;
  }
}

/** 401: missing, unknown or revoked API key. */
export class CivisAuthenticationError extends CivisAPIError {
  static {
    this.prototype.name = "CivisAuthenticationError";
  }
}

/** Alias of `CivisAuthenticationError` (the name STYLE.md uses for 401). */
export const CivisAPIKeyError = CivisAuthenticationError;
/** Alias of `CivisAuthenticationError`. */
export type CivisAPIKeyError = CivisAuthenticationError;

/** 403: the caller may see the object but not do this to it. */
export class CivisPermissionError extends CivisAPIError {
  static {
    this.prototype.name = "CivisPermissionError";
  }
}

/** 404: no such object, or one the caller cannot read. */
export class CivisNotFoundError extends CivisAPIError {
  static {
    this.prototype.name = "CivisNotFoundError";
  }
}

/** 400 and 422: the API rejected the request's parameters or body. */
export class CivisValidationError extends CivisAPIError {
  static {
    this.prototype.name = "CivisValidationError";
  }
}

/** 429: rate limited; `retryAfterMs` says when to try again, when the API said. */
export class CivisRateLimitError extends CivisAPIError {
  static {
    this.prototype.name = "CivisRateLimitError";
  }
  /** Milliseconds to wait from `Retry-After` (seconds or HTTP-date), or null. */
  readonly retryAfterMs: number | null;

  constructor(init: ErrorResponseInit) {
    super(init);
    this.retryAfterMs = parseRetryAfter(this.headers["retry-after"]) ?? null;
  }
}

/** 5xx: the API or a proxy in front of it failed. */
export class CivisServerError extends CivisAPIError {
  static {
    this.prototype.name = "CivisServerError";
  }
}

/** The one mapping from an error response to its class. */
export function errorFromResponse(init: ErrorResponseInit): CivisAPIError {
  const s = init.status;
  const Class =
    s === 401
      ? CivisAuthenticationError
      : s === 403
        ? CivisPermissionError
        : s === 404
          ? CivisNotFoundError
          : s === 400 || s === 422
            ? CivisValidationError
            : s === 429
              ? CivisRateLimitError
              : s >= 500 && s <= 599
                ? CivisServerError
                : CivisAPIError;
  return new Class(init);
}

/** The request line of a failed try, as the transport errors carry it. */
export interface RequestFailureInit {
  /** HTTP method. */
  method: string;
  /** URL path (cut down to the path like `ErrorResponseInit.path`). */
  path: string;
  /** Number of tries made. */
  tries: number;
  /** The underlying error, if any. */
  cause?: unknown;
}

/** A try exceeded `timeoutMs` (and retries, if allowed, did too). */
export class CivisTimeoutError extends CivisError {
  static {
    this.prototype.name = "CivisTimeoutError";
  }
  /** HTTP method. */
  readonly method: string;
  /** URL path. */
  readonly path: string;
  /** The per-try timeout that was exceeded. */
  readonly timeoutMs: number;
  /** Number of tries made. */
  readonly tries: number;

  constructor(init: RequestFailureInit & { timeoutMs: number }) {
    const method = init.method.toUpperCase();
    const path = pathOnly(init.path);
    const tries = init.tries === 1 ? "1 try" : `${init.tries} tries`;
    super(
      `Request timed out after ${init.timeoutMs} ms (${tries}) (${method} ${path})`,
      {
        cause: init.cause,
      },
    );
    this.method = method;
    this.path = path;
    this.timeoutMs = init.timeoutMs;
    this.tries = init.tries;
  }
}

/** A network failure: no response was received (DNS, refused, reset, TLS...). */
export class CivisConnectionError extends CivisError {
  static {
    this.prototype.name = "CivisConnectionError";
  }
  /** HTTP method. */
  readonly method: string;
  /** URL path. */
  readonly path: string;
  /** Number of tries made. */
  readonly tries: number;

  constructor(init: RequestFailureInit) {
    const method = init.method.toUpperCase();
    const path = pathOnly(init.path);
    super(
      `Connection failed: ${networkReason(init.cause)} (${method} ${path})`,
      {
        cause: init.cause,
      },
    );
    this.method = method;
    this.path = path;
    this.tries = init.tries;
  }
}
