// APIClient: options and environment, one openapi-fetch client, and the
// resources built from the method table.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { methods } from "../generated/methods.js";
import { aliases } from "./methods/aliases.js";
import {
  makeMethod,
  type RawRequest,
  type Sender,
} from "./methods/make-method.js";
import type { MethodSpec, RouteIn } from "./methods/method-spec.js";
import type { Resource, ResourceName } from "./methods/method-types.js";
import { returnsByRoute } from "./methods/raw-returns.js";
import type { LogEntry } from "./http/log-entry.js";
import type { RetrySetting } from "./http/retry-policy.js";
import { readEnv } from "./http/env.js";
import {
  authorization,
  defaultUserAgent,
  fixedHeaders,
} from "./http/headers.js";
import { civisPathSerializer } from "./http/path.js";
import { civisQuerySerializer } from "./http/query.js";
import { VERSION } from "./version.js";
import { createTransport } from "./http/transport.js";
import { quoted, secretForms } from "./text/redact.js";

export const DEFAULT_BASE_URL = "https://api.civisanalytics.com/";

/** Options of `new APIClient()`; every one is optional. */
export interface ClientOptions {
  /** The Civis API key; defaults to the `CIVIS_API_KEY` environment variable. */
  apiKey?: string;
  /** Defaults to `CIVIS_API_ENDPOINT`, then `https://api.civisanalytics.com/`. */
  baseUrl?: string;
  /** The retry policy; `false` (or `0`) for exactly one try per call. */
  retries?: RetrySetting;
  /** Timeout of each try, in ms (default 60000). */
  timeoutMs?: number;
  /**
   * A fetch implementation (default: the global `fetch`), called as
   * `fetch(request, init)` for each try of every call, methods and
   * `client.raw` alike.
   */
  fetch?: typeof fetch;
  /** Replaces the default `User-Agent` (`civis-api/<version>`). */
  userAgent?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Called once per call with what happened; never holds the key. */
  onLog?: (entry: LogEntry) => void;
  /**
   * Requests in flight at once, at most (default 10; `Infinity` for no
   * bound). More calls wait their turn; so do all calls while the server's
   * rate limit is spent (`X-RateLimit-Remaining: 0` or a 429), until the
   * window ends.
   */
  maxConcurrency?: number;
  /**
   * The wait between tries and for a rate limit's window (default: a timer).
   * Mostly for tests, to see the delays (`Retry-After`, backoff) without
   * waiting: it gets the delay in ms and a signal, and must reject with
   * `signal.reason` on abort.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * The longest wait, in ms, for the server's rate limit (default 300000,
   * five minutes; `Infinity` for no bound): for a spent window to end
   * (`X-RateLimit-Reset`, a 429's `Retry-After`) before a call is sent, or
   * for a `Retry-After` before a retry. A longer one fails the call at once
   * with `CivisRateLimitError` and its `retryAfterMs`, nothing more sent.
   */
  maxRateLimitWaitMs?: number;
}

// Every option with its kind ("" for `retries`, which the retry policy
// checks), so that a misspelt one is an error rather than ignored, and a
// wrong kind too: plain-JS callers have no compiler, and a string where a
// number goes would be compared as text, a bad `fetch` fail at the first call.
const KNOWN_OPTIONS: Record<keyof ClientOptions, string> = {
  apiKey: "string",
  baseUrl: "string",
  retries: "",
  timeoutMs: "number",
  fetch: "function",
  userAgent: "string",
  headers: "object",
  onLog: "function",
  maxConcurrency: "number",
  sleep: "function",
  maxRateLimitWaitMs: "number",
};

function checkOptions(options: unknown): ClientOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new TypeError("civis-api: the client options must be an object");
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(KNOWN_OPTIONS, key))
      throw new TypeError(
        `civis-api: unknown option ${quoted(key)}; known: ${Object.keys(KNOWN_OPTIONS).join(", ")}`,
      );
    const kind = KNOWN_OPTIONS[key as keyof ClientOptions];
    if (
      kind &&
      value !== undefined &&
      (typeof value !== kind || value === null || Array.isArray(value))
    )
      throw new TypeError(`civis-api: option "${key}" must be of type ${kind}`);
  }
  return options as ClientOptions;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`civis-api: baseUrl is not a valid URL`);
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname))
    throw new TypeError(
      `civis-api: refusing plain http to ${url.hostname}; use https (http is allowed for loopback hosts only)`,
    );
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TypeError(`civis-api: baseUrl must be an http(s) URL`);
  // Never repeated in the message: it may hold a password, or a token in
  // its query. Once parsed, a "?" or "#" can only start a query or a
  // fragment, after which paths would be appended (`/?x=1/groups/7`) or
  // with which they would be dropped.
  if (url.username || url.password || /[?#]/.test(url.href))
    throw new TypeError(
      "civis-api: baseUrl must have no user name, password, query or fragment",
    );
  return url.href.replace(/\/+$/, "");
}

type Resources = { readonly [R in ResourceName]: Resource<R> };

// The generated table, checked against the shape the run time reads and
// against the spec's routes: an unknown route is a compile error.
const table: {
  readonly [R in ResourceName]: Record<
    string,
    MethodSpec & { readonly route: RouteIn<R> }
  >;
} = methods;

function buildResources(sender: Sender): Resources {
  const out: Record<string, unknown> = {};
  for (const [resource, entries] of Object.entries(table)) {
    const fns: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(entries))
      fns[name] = makeMethod(sender, resource, name, spec);
    for (const [alias, target] of Object.entries(
      aliases[resource as ResourceName],
    ))
      fns[alias] = fns[target];
    out[resource] = Object.freeze(fns);
  }
  return out as unknown as Resources;
}

/**
 * The Civis API client: `client.<resource>.<method>(...)` with the names,
 * arguments and result fields of the Civis API reference.
 */
export class APIClient {
  // Declared only: the constructor sets every field.
  declare readonly match_targets: Resource<"match_targets">;
  declare readonly json_values: Resource<"json_values">;
  declare readonly permission_sets: Resource<"permission_sets">;
  declare readonly groups: Resource<"groups">;
  declare readonly credentials: Resource<"credentials">;
  /**
   * The typed openapi-fetch client, wire format, `{ data, error }` results;
   * the methods call it too, so its middleware (`client.raw.use(...)`)
   * sees every call.
   */
  declare readonly raw: Client<paths>;
  /** The API's base URL, without a trailing slash. */
  declare readonly baseUrl: string;

  constructor(clientOptions: ClientOptions = {}) {
    const options = checkOptions(clientOptions);
    // The environment is read only for what the options do not give.
    const apiKey = options.apiKey ?? readEnv("CIVIS_API_KEY");
    if (!apiKey)
      throw new TypeError(
        "civis-api: no API key; pass { apiKey } or set the CIVIS_API_KEY environment variable",
      );
    this.baseUrl = checkBaseUrl(
      options.baseUrl ?? readEnv("CIVIS_API_ENDPOINT") ?? DEFAULT_BASE_URL,
    );
    const secrets = secretForms(apiKey);
    const transport = createTransport({
      // What it reads of them: retries, timeoutMs, maxConcurrency, sleep,
      // maxRateLimitWaitMs, onLog.
      ...options,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      secrets,
      returnsOf: returnsByRoute(new URL(this.baseUrl).pathname),
    });
    this.raw = createClient<paths>({
      baseUrl: this.baseUrl,
      fetch: transport.fetch,
      querySerializer: civisQuerySerializer,
      pathSerializer: civisPathSerializer,
      // Set on the Request openapi-fetch builds, so a middleware sees them;
      // a call's own headers win.
      headers: Object.fromEntries([
        ["authorization", authorization(apiKey)],
        ...fixedHeaders({
          userAgent: options.userAgent ?? defaultUserAgent(VERSION),
          headers: options.headers,
        }),
      ]),
    });
    Object.assign(
      this,
      buildResources({
        request: this.raw.request as unknown as RawRequest,
        fetch: transport.fetch,
        log: transport.log,
        secrets,
      }),
    );
  }
}
