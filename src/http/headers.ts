// The headers every request of a client carries: `Authorization`, the user
// agent, the caller's extra headers and the Civis job headers.
import { basicCredential } from "../text/redact.js";
import { readEnv, type Env } from "./env.js";

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
