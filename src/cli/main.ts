// `civis-api <resource> <method> [arguments...] [options]`: reads the command
// line, calls the client's method (which checks every value and speaks to the
// API), prints the result, and returns the exit code. Nothing here calls
// process.exit or reads process.env, so tests can run it in-process.
import { APIClient, DEFAULT_BASE_URL } from "../client.js";
import type { ResponseMeta } from "../http/response-meta.js";
import { VERSION } from "../version.js";
import { parseInvocation, wantsHelp, type Invocation } from "./args.js";
import {
  SHELLS,
  complete,
  completionScript,
  type Shell,
} from "./completion.js";
import { EXIT_CODES, exitKind } from "./exit-codes.js";
import { mainHelp, methodHelp, resourceHelp } from "./help.js";
import { quoted } from "../text/redact.js";
import { findMethod, findResource } from "./names.js";
import { jsonDocument, jsonLine, put, type Out } from "./output.js";
import { Progress } from "./progress.js";
import { renderTable } from "./table.js";
import { escapeControls } from "./terminal-text.js";
import { valueReader, type StdinSource } from "./value-files.js";
import { MissingKeyError, UsageError } from "./usage-error.js";

/** Where the command line reads and writes. */
export interface CliIO {
  stdout: Out;
  stderr: Out;
  /** CIVIS_API_KEY and CIVIS_API_ENDPOINT are read from here, and only here. */
  env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for a value given as `@-`; none: such a value is an error. */
  stdin?: StdinSource;
}

type Method = (...argv: unknown[]) => unknown;

/** Runs one command line; resolves with its exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    await run(argv, io);
    return EXIT_CODES.ok[0];
  } catch (error) {
    const kind = exitKind(error);
    const message = error instanceof Error ? error.message : String(error);
    // Messages quote server text, which may hold terminal escapes.
    let text = `civis-api: ${escapeControls(message)}\n`;
    if (error instanceof UsageError && error.usage)
      text += `\n${error.usage}\n`;
    await put(io.stderr, text);
    return EXIT_CODES[kind][0];
  }
}

async function run(argv: string[], io: CliIO): Promise<void> {
  const [first, second, ...rest] = argv;
  if (first === undefined)
    throw new UsageError("no resource given", mainHelp());
  if (first === "--help" || first === "-h") return put(io.stdout, mainHelp());
  if (first === "--version") return put(io.stdout, `${VERSION}\n`);
  if (first === "completion") {
    const shell = SHELLS.find((s) => s === second);
    if (!shell || rest.length)
      throw new UsageError(
        "usage: civis-api completion bash|zsh",
        "Prints a script to source, e.g. `source <(civis-api completion bash)`.",
      );
    return put(io.stdout, completionScript(shell));
  }
  if (first === "__complete") {
    const shell = SHELLS.find((s) => s === second) ?? ("bash" as Shell);
    return put(io.stdout, complete(shell, rest));
  }
  const resource = findResource(first);
  if (!resource)
    throw new UsageError(`unknown resource ${quoted(first)}`, mainHelp());
  if (second === "--help" || second === "-h")
    return put(io.stdout, resourceHelp(resource));
  if (second === undefined)
    throw new UsageError(
      `${resource}: no method given`,
      resourceHelp(resource),
    );
  const method = findMethod(resource, second);
  if (!method)
    throw new UsageError(
      `${resource} has no method ${quoted(second)}`,
      resourceHelp(resource),
    );
  if (wantsHelp(rest)) return put(io.stdout, methodHelp(resource, method));
  let invocation: Invocation;
  try {
    invocation = await parseInvocation(
      resource,
      method,
      rest,
      valueReader(io.stdin),
    );
  } catch (e) {
    if (e instanceof UsageError)
      throw new UsageError(e.message, methodHelp(resource, method));
    throw e;
  }
  try {
    await call(invocation, io);
  } catch (e) {
    // The client's checks name the method: point to its arguments.
    if (
      (e instanceof TypeError || e instanceof RangeError) &&
      e.message.startsWith(`${resource}.${method}`)
    )
      throw new UsageError(
        e.message,
        `Run \`civis-api ${resource} ${method} --help\` for its arguments.`,
      );
    throw e;
  }
}

/**
 * A fetch that keeps each response's body text, for `--raw`: by the
 * response's headers (what `onResponse` is given), since pages fetched ahead
 * arrive in any order; and the last one.
 */
function capturingFetch() {
  const bodies = new WeakMap<Headers, Promise<string>>();
  let last: Promise<string> | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    // A copy of the stream, read alongside the client's; unread on failure.
    const text = response.clone().text();
    text.catch(() => {});
    bodies.set(response.headers, text);
    last = text;
    return response;
  };
  return {
    fetch,
    bodyOf: (headers: Headers) => bodies.get(headers),
    last: () => last,
  };
}

async function call(inv: Invocation, io: CliIO): Promise<void> {
  const apiKey = io.env.CIVIS_API_KEY;
  if (!apiKey)
    throw new MissingKeyError(
      "no API key: set the CIVIS_API_KEY environment variable",
    );
  const raw = inv.format === "raw" ? capturingFetch() : undefined;
  const client = new APIClient({
    apiKey,
    baseUrl: io.env.CIVIS_API_ENDPOINT || DEFAULT_BASE_URL,
    ...(raw ? { fetch: raw.fetch } : {}),
  });
  const fn = (client as unknown as Record<string, Record<string, Method>>)[
    inv.resource
  ]![inv.method]!;
  const progress = inv.iterator ? Progress.for(io.stderr) : undefined;
  // Wire pages not yet written, in order (`--raw --iterator`).
  const pages: Promise<string>[] = [];
  const onResponse = (meta: ResponseMeta) => {
    progress?.response(meta);
    const body = raw?.bodyOf(meta.headers);
    if (inv.iterator && body) pages.push(body);
  };
  const options = { ...inv.options, ...inv.call, onResponse };

  if (!inv.iterator) {
    const result = await (fn(...inv.args, options) as Promise<unknown>);
    if (raw) {
      const text = (await raw.last()) ?? "";
      if (text) await put(io.stdout, text.endsWith("\n") ? text : `${text}\n`);
    } else if (inv.format === "table")
      await put(io.stdout, renderTable(inv.resource, result, width(io)));
    else if (result !== undefined) await put(io.stdout, jsonDocument(result));
    return;
  }

  const items = fn(...inv.args, {
    ...options,
    iterator: true,
    prefetch: inv.prefetch,
  });
  const rows: unknown[] = [];
  const writeWirePages = async () => {
    for (let body = pages.shift(); body; body = pages.shift())
      for (const item of JSON.parse(await body) as unknown[])
        await put(io.stdout, jsonLine(item));
  };
  try {
    for await (const item of items as AsyncIterable<unknown>) {
      if (raw) await writeWirePages();
      else if (inv.format === "table") rows.push(item);
      else await put(io.stdout, jsonLine(item));
      progress?.item();
    }
    if (raw) await writeWirePages();
  } finally {
    progress?.end();
  }
  if (inv.format === "table")
    await put(io.stdout, renderTable(inv.resource, rows, width(io)));
}

/** The terminal's width; COLUMNS or 80 when stdout is not a terminal. */
function width(io: CliIO): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
