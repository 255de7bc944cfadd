// The one factory that turns a method-table entry into a function: checks the
// arguments, places them in path, query or body as the spec says, calls the
// client's openapi-fetch client (which builds the request and runs the
// middleware), and converts the result. Fixed arity: positional arguments,
// then one options object; arguments are never sniffed.
import type { CallOptions, IteratorOptions } from "./call-options.js";
import { toSnake } from "./to-snake.js";
import type { BodyKind } from "../http/read-body.js";
import { routeOf, type MethodSpec } from "./method-spec.js";
import { normalizeBody } from "./normalize.js";
import { paginate } from "./iterate-pages.js";
import { attachMeta, readMeta } from "../http/response-meta.js";
import type { CallSlot, Transport } from "../http/transport.js";
import {
  resolveRetryOptions,
  type RetrySetting,
} from "../http/retry-policy.js";
import { errorName } from "../http/log-entry.js";
import { checkTimeout } from "../http/timing.js";
import { checkArg } from "./check-args.js";
import { quoted, secretForms } from "../text/redact.js";
import { answeredElsewhere } from "./answered-elsewhere.js";

/** What a method hands to openapi-fetch: wire names, nothing undefined. */
interface RequestParts {
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

/** openapi-fetch's `client.request`, as the methods call it (untyped paths). */
export type RawRequest = (
  method: string,
  path: string,
  init: {
    params: { path: RequestParts["path"]; query: RequestParts["query"] };
    body: RequestParts["body"];
    parseAs: "stream";
    fetch: (request: Request, ext?: RequestInit) => Promise<Response>;
    signal?: AbortSignal;
  },
) => Promise<{ response: Response; error?: unknown }>;

/**
 * What the methods of one client send through: its openapi-fetch client
 * (whose middleware so sees every call) and its transport.
 */
export interface Sender {
  request: RawRequest;
  fetch: Transport["fetch"];
  /** Writes a call's `onLog` line. */
  log: Transport["log"];
  /** Redacted from server text (the API key), as the transport redacts it. */
  secrets: readonly string[];
}

const noop = (): void => {};

// Per-call options and what each must be. Plain-JS callers have no compiler:
// a wrong kind must be refused before anything is sent, not ignored, nor
// (for `onResponse`) found out only after a write has been made.
const CALL_OPTIONS: Record<string, [string, (v: unknown) => boolean]> = {
  signal: [
    "an AbortSignal",
    (v) =>
      typeof (v as AbortSignal | null)?.aborted === "boolean" &&
      typeof (v as AbortSignal).addEventListener === "function",
  ],
  timeoutMs: ["a number", (v) => typeof v === "number"],
  retries: [
    "false, a number or retry options",
    (v) =>
      v === false ||
      typeof v === "number" ||
      (typeof v === "object" && v !== null && !Array.isArray(v)),
  ],
  onResponse: ["a function", (v) => typeof v === "function"],
};
// `iterator`; `prefetch` is a number of pages too (`true` is 1), at most
// what a page number can reach.
const ITERATOR_OPTIONS: Record<string, [string, (v: unknown) => boolean]> = {
  iterator: ["a boolean", (v) => typeof v === "boolean"],
  prefetch: [
    "a boolean or a whole number >= 0",
    (v) =>
      typeof v === "boolean" || (Number.isSafeInteger(v) && (v as number) >= 0),
  ],
};

function checkOption(
  where: string,
  key: string,
  v: unknown,
  [kind, ok]: [string, (v: unknown) => boolean],
): void {
  if (v === undefined) return;
  if (!ok(v)) throw new TypeError(`${where}: option "${key}" must be ${kind}`);
  // The right kind, out of range or with an unknown key: the transport's own
  // check, named here.
  try {
    if (key === "retries") resolveRetryOptions(v as RetrySetting);
    if (key === "timeoutMs") checkTimeout(v as number);
  } catch (e) {
    const Class = e instanceof TypeError ? TypeError : RangeError;
    throw new Class(`${where}: option ${(e as Error).message}`);
  }
}

/** What a method knows before any call: shared by every client. */
interface PreparedMethod {
  where: string;
  route: { method: string; path: string; returns: BodyKind | undefined };
  spec: MethodSpec;
  allowed: ReadonlySet<string>;
}

const preparedById = new Map<string, PreparedMethod>();

function prepareMethod(
  resource: string,
  name: string,
  spec: MethodSpec,
): PreparedMethod {
  const id = `${resource}_${name}`;
  let c = preparedById.get(id);
  if (c) return c;
  const { method, path } = routeOf(resource, spec);
  const allowed = new Set(Object.keys(spec.params));
  if (spec.paginated) allowed.add("iterator").add("prefetch");
  c = {
    where: `${resource}.${name}`,
    route: { method, path, returns: spec.returns },
    spec,
    allowed,
  };
  preparedById.set(id, c);
  return c;
}

function readArgs({ where, spec, allowed }: PreparedMethod, argv: unknown[]) {
  const n = spec.args.length;
  if (argv.length > n + 1)
    throw new TypeError(
      `${where} takes ${n} argument(s) and an options object; got ${argv.length}`,
    );
  const options = argv[n] ?? {};
  if (typeof options !== "object" || Array.isArray(options))
    throw new TypeError(`${where}: the options must be an object`);
  const input: RequestParts = {
    path: {},
    query: {},
    body: spec.body ? {} : undefined,
  };
  const place = (arg: string, value: unknown) => {
    const info = spec.params[arg]!;
    checkArg(`${where}: ${arg}`, info, value);
    if (info.in === "path") input.path[arg] = value as string | number;
    else if (info.in === "query") input.query[arg] = value;
    else (input.body ??= {})[arg] = value;
  };
  spec.args.forEach((arg, i) => {
    if (argv[i] === undefined)
      throw new TypeError(`${where}: ${arg} is required`);
    place(arg, argv[i]);
  });
  const call: CallOptions = {};
  for (const [k, v] of Object.entries(options)) {
    const callOption = Object.hasOwn(CALL_OPTIONS, k) && CALL_OPTIONS[k];
    if (callOption) {
      checkOption(where, k, v, callOption);
      (call as Record<string, unknown>)[k] = v;
    } else if (!allowed.has(k) || spec.args.includes(k))
      throw new TypeError(`${where}: unknown option ${quoted(k)}`);
    else if (k === "iterator" || k === "prefetch")
      checkOption(where, k, v, ITERATOR_OPTIONS[k]!);
    else if (v !== undefined) place(k, v);
  }
  const { iterator, prefetch } = options as IteratorOptions;
  if (prefetch && !iterator)
    throw new TypeError(`${where}: option "prefetch" needs iterator: true`);
  return {
    input,
    call,
    iterator: iterator === true,
    prefetch: prefetch === true ? 1 : prefetch || 0,
  };
}

/** One request of a call, through openapi-fetch: its result converted, and its metadata. */
async function fetchResult(
  { route, spec }: PreparedMethod,
  sender: Sender,
  input: RequestParts,
  call: CallOptions,
) {
  const password = input.body?.password;
  const slot: CallSlot = {
    returns: route.returns,
    signal: call.signal,
    timeoutMs: call.timeoutMs,
    retries: call.retries,
    // Should a server echo a password sent in this request, errors redact it
    // as they redact the key.
    secrets:
      typeof password === "string"
        ? [...sender.secrets, ...secretForms(password)]
        : sender.secrets,
    tries: 0,
    path: "",
    response: undefined,
    data: undefined,
    error: undefined,
    log: undefined,
  };
  const init: Parameters<RawRequest>[2] = {
    params: { path: input.path, query: input.query },
    body: input.body,
    // The transport reads and parses the body, once.
    parseAs: "stream",
    // The call's own fetch: the slot goes with it whatever Request a
    // middleware hands on.
    fetch: (request, ext) => sender.fetch(request, ext, slot),
  };
  // On the Request too, for a middleware to see.
  if (call.signal) init.signal = call.signal;
  try {
    const answer = await sender.request(route.method, route.path, init);
    const { response } = answer;
    let data: unknown;
    if (response === slot.response) {
      if (slot.error) throw slot.error;
      data = slot.data;
    } else data = await answeredElsewhere(route, slot, answer);
    const meta = readMeta(
      response,
      route.method,
      slot.path || route.path,
      slot.tries,
      slot.secrets,
    );
    call.onResponse?.(meta);
    const body = spec.normalize ? normalizeBody(data, spec.normalize) : data;
    const result = body === undefined ? undefined : toSnake(body, spec.opaque);
    attachMeta(result, meta);
    return { result, meta };
  } catch (e) {
    // What failed after the transport's line was made: the call's error.
    if (slot.log) slot.log.error ??= errorName(e);
    throw e;
  } finally {
    // The line of a call the transport saw, once the call has ended.
    if (slot.log) sender.log(slot.log);
  }
}

/**
 * What a call returns when its arguments are refused (nothing was sent): a
 * promise rejected with the error, marked handled, that is also an async
 * iterable throwing it. Whether the caller awaits the call or iterates it
 * (`iterator: true` on a method that does not page, `iterator: "true"`), the
 * error surfaces there, and never as an unhandled rejection.
 */
function refused(error: unknown): Promise<never> & AsyncIterable<never> {
  const rejected = Promise.reject(error);
  rejected.catch(noop);
  return Object.assign(rejected, {
    async *[Symbol.asyncIterator](): AsyncGenerator<never> {
      throw error;
    },
  });
}

function invoke(c: PreparedMethod, sender: Sender, argv: unknown[]): unknown {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(c, argv);
  } catch (e) {
    return refused(e);
  }
  const { input, call, iterator, prefetch } = args;
  if (!iterator)
    return fetchResult(c, sender, input, call).then((r) => r.result);
  // `limit`, when given, is the page size; `page_num`, the first page.
  const pageSize = Number(
    input.query.limit ?? c.spec.params.limit?.default ?? 0,
  );
  const { onResponse, ...each } = call;
  return paginate(
    async (page, signal) => {
      const { result, meta } = await fetchResult(
        c,
        sender,
        { ...input, query: { ...input.query, page_num: page } },
        { ...each, signal },
      );
      return { items: Array.isArray(result) ? result : [], meta };
    },
    pageSize,
    Number(input.query.page_num ?? 1),
    prefetch,
    call.signal,
    onResponse,
  );
}

/**
 * The function for one table entry. What can be worked out ahead is, once
 * per method for all clients; a client adds only its `sender`.
 */
export function makeMethod(
  sender: Sender,
  resource: string,
  name: string,
  spec: MethodSpec,
): (...argv: unknown[]) => unknown {
  const c = prepareMethod(resource, name, spec);
  return (...argv: unknown[]) => invoke(c, sender, argv);
}
