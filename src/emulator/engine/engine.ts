// The emulator's HTTP engine as a `(Request) => Promise<Response>` function:
// CORS preflight -> faults -> auth -> rate limit -> route -> body -> validate
// -> handler -> response. It knows nothing of the resources: the spec, the
// handlers and the state come in as options, so tests can drive it with
// stubs. Everything it remembers lives in the returned object.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ApiError,
  badRequest,
  internalErrorBody,
  notFound,
} from "../model/api-errors.js";
import type { EmulatorUser } from "../model/state.js";
import { createFaults } from "./faults.js";
import type { FaultInjector, FaultOptions } from "./faults.js";
import { createRouter } from "./router.js";
import type { EmulatorSpec } from "./load-spec.js";
import type { EngineHandler } from "./handler-types.js";
import { createRequestValidator } from "./validate-request.js";
import { createResponseValidator } from "./validate-response.js";

/**
 * The rate limit the `X-RateLimit-*` headers describe. Not enforced by
 * default: then every response says `X-RateLimit-Limit: <limit>` and
 * `X-RateLimit-Remaining: <limit>`, a budget that is never spent, so that a
 * client honouring the headers never pauses bulk work for a limit nobody
 * applies. With `enforce`, each user has a fixed window from its first
 * request in it; responses count down `X-RateLimit-Remaining`, add
 * `X-RateLimit-Reset` (the window's end in epoch seconds, with a fraction
 * when it falls between seconds, as GitHub and Discord send it), and a
 * request beyond the limit is answered 429 with `Retry-After`. The real API
 * is recorded sending the first two headers.
 */
export interface RateLimitOptions {
  /** Requests per user and window; default 1000. */
  limit?: number;
  /** Window length; default 60 000 ms. */
  windowMs?: number;
  /** Count requests per window and answer 429 once one is spent; default false. */
  enforce?: boolean;
  /**
   * The clock windows are read from, in epoch ms; default `Date.now`. For
   * tests that drive one fake clock for the emulator and the client, so
   * that no test waits out a real window.
   */
  now?: () => number;
}

/** Where a request went and how it was answered (never its headers or body). */
export interface RequestRecord {
  method: string;
  /** The raw path, e.g. `/groups/1`. */
  path: string;
  /** The raw query string with its `?`, or "". */
  query: string;
  status: number;
  /** Set once routed. */
  operationId: string | null;
  /** Set once authenticated. */
  userId: number | null;
  /** True when fault injection answered. */
  fault: boolean;
  requestId: string;
}

/** Matches records by equality on the given fields. */
export type RequestFilter = Partial<
  Pick<
    RequestRecord,
    "method" | "path" | "status" | "operationId" | "userId" | "fault"
  >
>;

export interface EngineOptions<S> {
  spec: EmulatorSpec;
  /** One handler per operationId; a missing one answers 501. */
  handlers: Readonly<Record<string, EngineHandler<S> | undefined>>;
  users: readonly EmulatorUser[];
  state: S;
  faults?: FaultOptions;
  rateLimit?: RateLimitOptions;
  /**
   * Check every answer to a routed request against the spec's response
   * schema; one that does not fit becomes a 500 naming the operation and the
   * mismatch, and goes to `onError` too. Default false.
   */
  validateResponses?: boolean;
  /**
   * Answers outside the spec's operations, keyed like `"GET /endpoints"`:
   * looked up after authentication, before the spec's router, and answered
   * 200 with the JSON the function returns (or resolves to). An `ApiError`
   * it throws is answered as any other.
   */
  extraRoutes?: Readonly<
    Record<string, (caller: EmulatorUser) => unknown | Promise<unknown>>
  >;
  /**
   * How many of the latest requests the request log keeps (`requests`,
   * `requestCount`); older ones are dropped. Default 1000; `Infinity` keeps
   * all (memory then grows with every request).
   */
  requestLogSize?: number;
  /**
   * Called with the cause of every 5xx the emulator answers on its own
   * (a handler that throws, an answer that cannot be sent, a missing
   * handler; not injected faults). Default: one line on stderr with the
   * operation and the stack; never request data.
   */
  onError?: (
    error: unknown,
    where: { method: string; path: string; operationId: string | null },
  ) => void;
}

/** A running emulator core: the request handler and its per-instance data. */
export interface Engine<S> {
  /**
   * Answers one request as the Civis API would. `wire.method` is the
   * request's method when a `Request` cannot carry it (fetch forbids
   * `TRACE`): an HTTP server adapter passes it so that it is answered 405.
   */
  handle(request: Request, wire?: { method: string }): Promise<Response>;
  /** The instance's data, for this package's own tests. @internal */
  readonly state: S;
  /** The seeded users with their API keys. */
  readonly users: readonly EmulatorUser[];
  /** The loaded spec. @internal */
  readonly spec: EmulatorSpec;
  /** The latest requests answered (`requestLogSize`), oldest first; cleared by `resetRequests`. */
  readonly requests: readonly RequestRecord[];
  /** How many requests still in the log match `filter` (all when omitted). */
  requestCount(filter?: RequestFilter): number;
  resetRequests(): void;
  /** Replaces the fault options (restarting script and PRNG); none turns faults off. */
  setFaults(faults?: FaultOptions): void;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request being answered, its log record, and its rate-limit headers. */
interface Answering {
  request: Request;
  url: URL;
  record: RequestRecord;
  rate: { remaining: number; reset?: string };
}

const EXPOSED_HEADERS = [
  "X-Request-Id",
  "X-RateLimit-Limit",
  "X-RateLimit-Remaining",
  "X-RateLimit-Reset",
  "X-Pagination-Per-Page",
  "X-Pagination-Current-Page",
  "X-Pagination-Total-Pages",
  "X-Pagination-Total-Entries",
  "Retry-After",
  "WWW-Authenticate",
  "Allow",
].join(", ");
const ALLOWED_HEADERS = [
  "Authorization",
  "Content-Type",
  "Accept",
  "X-Civis-Job-ID",
  "X-Civis-Run-ID",
];
const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const WWW_AUTHENTICATE = 'Basic realm="Civis API"';

const INTERNAL_ERROR: Reply = { status: 500, body: internalErrorBody() };

/** Builds the engine over a spec, handlers, users and state. */
export function createEngine<S>(options: EngineOptions<S>): Engine<S> {
  const { spec, handlers, users, state } = options;
  const router = createRouter(spec.operations);
  const validator = createRequestValidator(spec);
  const responses = options.validateResponses
    ? createResponseValidator()
    : undefined;
  const usersByKey = indexByKey(users);
  const limit = options.rateLimit?.limit ?? 1000;
  const windowMs = options.rateLimit?.windowMs ?? 60_000;
  const enforce = options.rateLimit?.enforce ?? false;
  const clock = options.rateLimit?.now ?? Date.now;
  const windows = new Map<number, { start: number; used: number }>();
  const logSize = options.requestLogSize ?? 1000;
  if (!(logSize >= 0 && (Number.isInteger(logSize) || logSize === Infinity)))
    throw new RangeError(
      "requestLogSize must be a non-negative integer or Infinity",
    );
  const log: RequestRecord[] = [];
  let faults: FaultInjector = createFaults(options.faults);
  const onError = options.onError ?? reportToStderr;

  // Fixed window per user, when enforced: counts every authenticated request.
  const consume = (user: EmulatorUser) => {
    const now = clock();
    let w = windows.get(user.id);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, used: 0 };
      windows.set(user.id, w);
    }
    w.used += 1;
    const end = w.start + windowMs;
    return {
      remaining: Math.max(0, limit - w.used),
      exceeded: w.used > limit,
      resetSeconds: Math.ceil((end - now) / 1000),
      reset: String(end / 1000),
    };
  };

  const dispatch = async ({
    request,
    url,
    record,
    rate,
  }: Answering): Promise<Reply> => {
    const method = record.method;
    if (method === "OPTIONS") return preflight(request);

    const decision = faults.decide(method, url.pathname);
    if (decision.latencyMs > 0) {
      const completed = await sleep(decision.latencyMs, true, {
        signal: request.signal,
      }).catch(() => false);
      // The client left (timed out): do nothing it did not see.
      if (!completed) return { status: 499 };
    }
    if (decision.fault) {
      record.fault = true;
      const headers = { ...decision.fault.headers };
      if (decision.fault.status === 429) headers["X-RateLimit-Remaining"] = "0";
      return {
        status: decision.fault.status,
        body: decision.fault.body,
        headers,
      };
    }

    const user = authenticate(request.headers.get("authorization"), usersByKey);
    record.userId = user.id;
    const usage = enforce ? consume(user) : undefined;
    if (usage) {
      rate.remaining = usage.remaining;
      rate.reset = usage.reset;
    }
    if (usage?.exceeded) {
      throw new ApiError(
        429,
        "too_many_requests",
        "Rate limit exceeded. Retry later.",
        {
          "Retry-After": String(usage.resetSeconds),
        },
      );
    }

    // HEAD is answered as GET without a body.
    const verb = method === "HEAD" ? "GET" : method;
    const extra =
      options.extraRoutes?.[`${verb} ${url.pathname.replace(/\/+$/, "")}`];
    if (extra) return { status: 200, body: await extra(user) };
    const route = router.find(verb, url.pathname);
    if (route.kind === "notFound") {
      throw notFound("endpoint");
    }
    if (route.kind === "methodNotAllowed") {
      throw new ApiError(
        405,
        "method_not_allowed",
        `${method} is not allowed on this endpoint; allowed: ${route.allow.join(", ")}.`,
        { Allow: route.allow.join(", ") },
      );
    }
    const operation = route.operation;
    record.operationId = operation.operationId;

    const body = await readJsonBody(request);
    const input = validator.validate(operation, {
      path: route.params,
      search: url.searchParams,
      body,
    });

    const handler = handlers[operation.operationId];
    if (!handler) {
      throw new ApiError(
        501,
        "not_implemented",
        `The emulator has no handler for ${operation.operationId}.`,
      );
    }
    const result = await handler({
      operationId: operation.operationId,
      operation,
      user,
      path: input.path,
      query: input.query,
      body: input.body,
      state,
    });
    return {
      status: result.status ?? operation.successStatus,
      body: result.body,
      headers: result.headers,
    };
  };

  /** The reply to one request: a handler's, an error's, or the check's 500. */
  const answer = async (answering: Answering): Promise<Reply> => {
    const { record } = answering;
    let reply: Reply;
    try {
      reply = await dispatch(answering);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        onError(error, record);
        return INTERNAL_ERROR;
      }
      if (error.status >= 500) onError(error, record);
      reply = {
        status: error.status,
        body: error.body(),
        headers: error.headers,
      };
    }
    const operation =
      record.operationId === null
        ? undefined
        : spec.byOperationId.get(record.operationId);
    const problem =
      operation &&
      responses?.problem(operation, reply.status, reply.body ?? undefined);
    if (!problem) return reply;
    onError(new Error(`response does not match the spec: ${problem}`), record);
    return {
      status: 500,
      body: internalErrorBody(
        `The emulator's answer does not match the spec: ${problem}`,
      ),
    };
  };

  const toResponse = (reply: Reply, { record, rate }: Answering): Response => {
    const headers = new Headers({
      "X-Request-Id": record.requestId,
      "X-RateLimit-Limit": String(limit),
      "X-RateLimit-Remaining": String(rate.remaining),
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    });
    if (rate.reset) headers.set("X-RateLimit-Reset", rate.reset);
    for (const [name, value] of Object.entries(reply.headers ?? {}))
      headers.set(name, value);
    const empty =
      reply.status === 204 ||
      reply.status === 304 ||
      reply.body === undefined ||
      reply.body === null;
    if (empty) {
      headers.delete("Content-Type");
      return new Response(null, { status: reply.status, headers });
    }
    headers.set("Content-Type", "application/json; charset=utf-8");
    const text = JSON.stringify(reply.body);
    return new Response(record.method === "HEAD" ? null : text, {
      status: reply.status,
      headers,
    });
  };

  return {
    state,
    users,
    spec,
    requests: log,
    async handle(request, wire) {
      const url = new URL(request.url);
      const record: RequestRecord = {
        method: (wire?.method ?? request.method).toUpperCase(),
        path: url.pathname,
        query: url.search,
        status: 0,
        operationId: null,
        userId: null,
        fault: false,
        requestId: randomUUID(),
      };
      const answering = { request, url, record, rate: { remaining: limit } };
      let response: Response;
      try {
        response = toResponse(await answer(answering), answering);
      } catch (error) {
        // An answer that cannot be checked or sent (say, a body that
        // JSON.stringify cannot write) is still an answer, with its body,
        // headers and log record.
        onError(error, record);
        response = toResponse(INTERNAL_ERROR, answering);
      }
      record.status = response.status;
      log.push(record);
      if (log.length > logSize) log.splice(0, log.length - logSize);
      return response;
    },
    requestCount(filter = {}) {
      const entries = Object.entries(filter) as Array<
        [keyof RequestRecord, unknown]
      >;
      return log.filter((r) =>
        entries.every(([k, v]) => v === undefined || r[k] === v),
      ).length;
    },
    resetRequests() {
      log.length = 0;
    },
    setFaults(next) {
      faults = createFaults(next);
    },
  };
}

/** The default `onError`: one line on stderr with the operation and the stack. */
export function reportToStderr(
  error: unknown,
  where: { method: string; path: string; operationId: string | null },
): void {
  const detail =
    error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `civis-api-emulator: 500 on ${where.method} ${where.path} (${where.operationId ?? "unrouted"}): ${detail}\n`,
  );
}

function preflight(request: Request): Reply {
  const asked = request.headers.get("access-control-request-headers");
  const allowed = new Map(ALLOWED_HEADERS.map((h) => [h.toLowerCase(), h]));
  for (const h of asked?.split(",") ?? []) {
    const name = h.trim();
    if (name && !allowed.has(name.toLowerCase()))
      allowed.set(name.toLowerCase(), name);
  }
  return {
    status: 204,
    headers: {
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": [...allowed.values()].join(", "),
      "Access-Control-Max-Age": "600",
    },
  };
}

/**
 * The caller's user, from HTTP Basic (the API key as user name, any password;
 * civis-python sends an empty one) or `Bearer <key>`. Errors never echo a key.
 */
function authenticate(
  header: string | null,
  usersByKey: ReadonlyMap<string, EmulatorUser>,
): EmulatorUser {
  const key = apiKeyFrom(header);
  if (!key)
    throw unauthorized(
      "No API key was provided. Use HTTP Basic auth with the API key as user name.",
    );
  const user = usersByKey.get(key);
  if (!user) throw unauthorized("The API key is invalid.");
  return user;
}

function apiKeyFrom(header: string | null): string | null {
  const match = /^\s*(\S+)\s+(.+?)\s*$/.exec(header ?? "");
  if (!match) return null;
  const scheme = (match[1] ?? "").toLowerCase();
  const value = match[2] ?? "";
  if (scheme === "bearer" || scheme === "token") return value;
  if (scheme !== "basic") return null;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const name = colon === -1 ? decoded : decoded.slice(0, colon);
  // Some clients put the key in the password slot instead.
  return name || (colon === -1 ? "" : decoded.slice(colon + 1)) || null;
}

function unauthorized(description: string): ApiError {
  return new ApiError(401, "unauthorized", description, {
    "WWW-Authenticate": WWW_AUTHENTICATE,
  });
}

/** The parsed JSON body, or undefined when empty. GET/HEAD bodies are ignored. */
async function readJsonBody(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const text = await request.text();
  if (text.trim() === "") return undefined;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.includes("form-urlencoded") || type.includes("multipart/")) {
    throw new ApiError(
      415,
      "unsupported_media_type",
      "Request bodies must be JSON (Content-Type: application/json).",
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the body, which may hold a password.
    throw badRequest("The request body is not valid JSON.");
  }
}

function indexByKey(users: readonly EmulatorUser[]): Map<string, EmulatorUser> {
  const byKey = new Map<string, EmulatorUser>();
  for (const user of users) {
    if (!user.apiKey)
      throw new Error(`Emulator user ${user.id} has no API key`);
    if (byKey.has(user.apiKey))
      throw new Error(`Emulator users share an API key (user ${user.id})`);
    byKey.set(user.apiKey, user);
  }
  return byKey;
}
