// What openapi-fetch is given to speak the Civis wire format: the default
// headers (auth, user agent, job headers), the query serializer and the path
// serializer, and the environment they are read from.
import { basicCredential, quoteKey } from "./redact.js";

/** `Basic base64(apiKey + ":")`: the key as user name, empty password, as civis-python sends. */
export function basicAuthorization(apiKey: string): string {
  return `Basic ${basicCredential(apiKey)}`;
}

/**
 * The `Authorization` value for `apiKey`, checked first. Kept only in the
 * headers of the client's requests: no object a user can reach shows it.
 */
export function authorization(apiKey: string): string {
  if (
    typeof apiKey !== "string" ||
    apiKey.trim() === "" ||
    /[\r\n]|\p{Surrogate}/u.test(apiKey)
  ) {
    // Never echo the value: it may be a real key with a stray character.
    throw new TypeError(
      "apiKey must be a non-empty, well-formed string without line breaks",
    );
  }
  return basicAuthorization(apiKey);
}

type Env = Readonly<Record<string, string | undefined>>;

interface DenoLike {
  permissions?: {
    querySync?: (d: { name: "env"; variable: string }) => { state: string };
  };
  env: { get(name: string): string | undefined };
}

/**
 * An environment variable, or undefined: from `env` when given, else from the
 * runtime. Never prompts: under Deno the permission's state is asked first
 * (which never prompts) and the variable read only when granted; browsers
 * have no environment, and a runtime that throws is taken as having none.
 */
export function readEnv(
  name: string,
  env?: Env | undefined,
): string | undefined {
  try {
    if (env) return env[name] || undefined;
    const g = globalThis as { Deno?: DenoLike; process?: { env?: Env } };
    if (g.Deno) {
      const state = g.Deno.permissions?.querySync?.({
        name: "env",
        variable: name,
      }).state;
      return state === "granted"
        ? g.Deno.env.get(name) || undefined
        : undefined;
    }
    return g.process?.env?.[name] || undefined;
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

/** Options of `fixedHeaders`. */
export interface FixedHeadersOptions {
  /** `User-Agent` to send (browsers may drop it); see `defaultUserAgent`. */
  userAgent?: string | undefined;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Where to read `CIVIS_JOB_ID` / `CIVIS_RUN_ID`; default `process.env` when there is one. */
  env?: Env | undefined;
}

const JOB_HEADERS = [
  ["x-civis-job-id", "CIVIS_JOB_ID"],
  ["x-civis-run-id", "CIVIS_RUN_ID"],
] as const;

/**
 * The headers every request carries besides `Authorization`, as lower-case
 * `[name, value]` pairs: the extra headers, `User-Agent`, and
 * `X-Civis-Job-ID` / `X-Civis-Run-ID` when `CIVIS_JOB_ID` / `CIVIS_RUN_ID`
 * are set. Computed once, so a bad header value fails at construction.
 */
export function fixedHeaders(
  options: FixedHeadersOptions = {},
): [string, string][] {
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
  // Read only what the headers option does not already give.
  for (const [name, variable] of JOB_HEADERS)
    if (!fixed.has(name)) set(name, readEnv(variable, options.env));
  return [...fixed];
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

// What URL parsing (or a server) resolves away as a dot segment, to the
// parent path: `.` and `..`, their percent-encoded forms included, and their
// look-alikes (fullwidth `．．`, `‥`), which a server that normalizes
// Unicode (NFKC) turns into dots.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

const refused = (name: string, why: string) =>
  new TypeError(`path parameter ${quoteKey(name)} ${why}`);

/** One path parameter's value as a path segment, or a TypeError naming it. */
function segment(name: string, value: unknown): string {
  if (value === undefined || value === null) throw refused(name, "is missing");
  if (
    typeof value !== "string" &&
    !(typeof value === "number" && Number.isFinite(value))
  )
    throw refused(name, "must be a string or a finite number");
  const text = String(value);
  if (text === "" || DOT_SEGMENT.test(text.normalize("NFKC")))
    throw refused(
      name,
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    );
  try {
    return encodeURIComponent(text);
  } catch {
    throw refused(name, "must be well-formed Unicode");
  }
}

/**
 * Civis path format: each `{name}` of the path becomes its value, a string
 * or finite number, URI-encoded. Refused, with a TypeError naming the
 * parameter (never its value), so that nothing is sent: a missing value
 * (openapi-fetch would leave `{name}` in the URL), an empty one, and `.`,
 * `..` or a percent-encoded form of them, which would address another
 * endpoint. Pass as openapi-fetch's `pathSerializer` option.
 */
export function civisPathSerializer(
  pathname: string,
  params: Record<string, unknown>,
): string {
  let out = "";
  let from = 0;
  for (let at = pathname.indexOf("{"); at >= 0;) {
    const end = pathname.indexOf("}", at);
    if (end < 0) break;
    const name = pathname.slice(at + 1, end);
    out += pathname.slice(from, at) + segment(name, params[name]);
    from = end + 1;
    at = pathname.indexOf("{", from);
  }
  return out + pathname.slice(from);
}
