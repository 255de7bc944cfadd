// The one error hierarchy of the library, each class with its `name` on the
// prototype (minifiers rename classes), mapped from a status in one function
// (`errorFromResponse`). Errors keep the request line (method + path) and
// response data only: never the Request, its headers, its body or a full
// URL, so no API key or password can reach a message, a log line or
// `inspect` output. Messages are bounded: an echoed path or server text is
// cut to about 200 characters.
import { parseRetryAfter } from "./text/header-values.js";
import { tooDeep } from "./text/json-depth.js";
import { clip, redact, redactDeep } from "./text/redact.js";

// The most specific reason of a network failure: undici wraps it as
// `TypeError("fetch failed", { cause: Error("connect ECONNREFUSED ...") })`.
function networkReason(cause: unknown): string {
  let e = cause;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  if (!(e instanceof Error)) return "network error";
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : clip(e.message) || e.name;
}

// Fields shown by toJSON/inspect: all plain values, never headers or bodies.
const SAFE_FIELDS =
  "status error errorDescription method path requestId tries retryAfterMs timeoutMs".split(
    " ",
  );

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** The request a failed call made, as every error carries it. */
export type RequestLine = Pick<CivisError, "method" | "path" | "tries"> & {
  requestId?: string | null;
};

/** Base of every error the library throws for transport or API reasons. */
export class CivisError extends Error {
  // The fields of these classes are declared only: their constructors set them.
  /** HTTP method, upper case. */
  declare readonly method: string;
  /** URL path without origin or query (cut to about 200 characters). */
  declare readonly path: string;
  /** Number of tries made, retries included. */
  declare readonly tries: number;
  /** `X-Request-Id` of the last response, to quote to Civis support; null without one. */
  declare readonly requestId: string | null;

  /**
   * `summary` is followed by the request line, e.g. `(GET /groups/9)`.
   * @internal
   */
  constructor(summary: string, line: RequestLine, cause?: unknown) {
    const path = clip(line.path);
    super(
      `${summary} (${line.method} ${path})`,
      cause === undefined ? undefined : { cause },
    );
    this.method = line.method;
    this.path = path;
    this.tries = line.tries;
    this.requestId = line.requestId ?? null;
  }

  /** Safe summary: name, message and the plain request/response fields. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      message: this.message,
    };
    const self = this as unknown as Record<string, unknown>;
    for (const key of SAFE_FIELDS) {
      const v = self[key];
      if (key in this) out[key] = typeof v === "string" ? clip(v) : v;
    }
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

/** Everything needed to build a `CivisAPIError` from a non-2xx response. */
export interface ErrorResponseInit extends RequestLine {
  status: number;
  /** The body's text ("" when empty). */
  text: string;
  headers: Headers;
  /** Strings to redact from what the server sent (the key, a password sent). */
  secrets?: readonly string[];
  /** What the message says when no response to this call says it. */
  summary?: string;
  /** The wait a `CivisRateLimitError` reports, when no `Retry-After` gives it. */
  retryAfterMs?: number;
}

// Headers a response should never carry back to us, dropped just in case.
const DROPPED_HEADERS =
  /^(set-cookie|cookie|authorization|proxy-authorization)$/;

// Fallback texts for when the body has none (HTTP/2 has no reason phrase).
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

const nonEmpty = (v: unknown) =>
  typeof v === "string" && v !== "" ? v : undefined;

// Too deep a body stays text: redaction walks what is parsed.
function parseJson(text: string): unknown {
  if (tooDeep(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** An error response of the API: a non-2xx status after all tries. */
export class CivisAPIError extends CivisError {
  /** HTTP status code. */
  declare readonly status: number;
  /** The body's `error` code, e.g. `not_found`. */
  declare readonly error: string | undefined;
  /** The body's `errorDescription`. */
  declare readonly errorDescription: string | undefined;
  /** Response headers, lower-case names. */
  declare readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or the raw text (possibly empty) when it was not JSON. */
  declare readonly body: unknown;

  /** @internal */
  constructor(init: ErrorResponseInit) {
    const secrets = init.secrets ?? [];
    const body = redactDeep(parseJson(init.text), secrets);
    const fields = Array.isArray(body)
      ? null
      : (body as { error?: unknown; errorDescription?: unknown } | null);
    const error = nonEmpty(fields?.error);
    const errorDescription = nonEmpty(fields?.errorDescription);
    const text =
      init.summary ??
      errorDescription ??
      error ??
      STATUS_TEXT[init.status] ??
      "HTTP error";
    const headers: Record<string, string> = {};
    for (const [name, value] of init.headers)
      if (!DROPPED_HEADERS.test(name)) headers[name] = redact(value, secrets);
    super(`(${init.status}) ${clip(text)}`, {
      ...init,
      requestId: headers["x-request-id"],
    });
    this.status = init.status;
    this.error = error;
    this.errorDescription = errorDescription;
    this.headers = Object.freeze(headers);
    this.body = body;
  }
}

/** 401: missing, unknown or revoked API key. */
export class CivisAuthenticationError extends CivisAPIError {}

/** 403: the caller may see the object but not do this to it. */
export class CivisPermissionError extends CivisAPIError {}

/** 404: no such object, or one the caller cannot read. */
export class CivisNotFoundError extends CivisAPIError {}

/** 400 and 422: the API rejected the request's parameters or body. */
export class CivisValidationError extends CivisAPIError {}

/** 429: rate limited; `retryAfterMs` says when to try again, when the API said. */
export class CivisRateLimitError extends CivisAPIError {
  /** Milliseconds to wait from `Retry-After` (seconds or HTTP-date), or null. */
  declare readonly retryAfterMs: number | null;

  /** @internal */
  constructor(init: ErrorResponseInit) {
    super(init);
    this.retryAfterMs =
      init.retryAfterMs ?? parseRetryAfter(this.headers["retry-after"]) ?? null;
  }
}

/** 5xx: the API or a proxy in front of it failed. */
export class CivisServerError extends CivisAPIError {}

const BY_STATUS: Record<number, typeof CivisAPIError> = {
  400: CivisValidationError,
  401: CivisAuthenticationError,
  403: CivisPermissionError,
  404: CivisNotFoundError,
  422: CivisValidationError,
  429: CivisRateLimitError,
};

/** The one mapping from an error response to its class. */
export function errorFromResponse(init: ErrorResponseInit): CivisAPIError {
  const s = init.status;
  const Class =
    BY_STATUS[s] ?? (s >= 500 && s <= 599 ? CivisServerError : CivisAPIError);
  return new Class(init);
}

/**
 * A 2xx response whose body is not what the operation declares: empty, not
 * JSON (or cut short), or of the wrong top-level kind. Retried like a 502
 * where that is safe; a POST or PATCH is not retried, as it may have taken
 * effect.
 */
export class CivisInvalidResponseError extends CivisError {
  /** HTTP status code of the response. */
  declare readonly status: number;

  /** `problem` says what was wrong, e.g. `the body is empty`. @internal */
  constructor(init: RequestLine & { status: number; problem: string }) {
    const maybeDone =
      init.method === "POST" || init.method === "PATCH"
        ? `; the ${init.method} may have taken effect, so it was not retried`
        : "";
    super(
      `(${init.status}) Invalid response: ${init.problem}${maybeDone}`,
      init,
    );
    this.status = init.status;
  }
}

/** A try exceeded `timeoutMs` (and retries, if allowed, did too). */
export class CivisTimeoutError extends CivisError {
  /** The per-try timeout that was exceeded. */
  declare readonly timeoutMs: number;

  /** @internal */
  constructor(init: RequestLine & { timeoutMs: number }, cause?: unknown) {
    const tries = init.tries === 1 ? "1 try" : `${init.tries} tries`;
    super(
      `Request timed out after ${init.timeoutMs} ms (${tries})`,
      init,
      cause,
    );
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * No response was received (DNS, refused, reset, TLS...), or the runtime
 * forbids the request (a Deno permission, a blocked port): then at once.
 */
export class CivisConnectionError extends CivisError {
  /** @internal */
  constructor(init: RequestLine, cause?: unknown) {
    super(`Connection failed: ${networkReason(cause)}`, init, cause);
  }
}

// Each class's `name` is on its prototype, not an own field: it survives
// minification (which renames classes) and stays out of `Object.keys`.
for (const [name, Class] of Object.entries({
  CivisError,
  CivisAPIError,
  CivisAuthenticationError,
  CivisPermissionError,
  CivisNotFoundError,
  CivisValidationError,
  CivisRateLimitError,
  CivisServerError,
  CivisInvalidResponseError,
  CivisTimeoutError,
  CivisConnectionError,
}))
  Class.prototype.name = name;
