// One method's command line: `<positional...> [--option value...]` read with
// node:util's parseArgs (strict: an unknown flag is an error), flags built
// from the method's table entry. Optional arguments are flags with their
// reference names (`--page_num`, or `--page-num`); booleans are switches
// with a `--no-` form; arrays are repeated flags or comma lists. Any value of
// the method's own arguments may be `@file` or `@-` (value-files.ts).
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { MethodSpec } from "../methods/method-spec.js";
import { optionalArgs, table } from "./names.js";
import { UsageError } from "./usage-error.js";
import { fromText, fromTexts } from "./values.js";

/** How results are printed. */
export type Format = "json" | "table" | "raw";

/** A parsed command line for one method, ready to call the client with. */
export interface Invocation {
  resource: string;
  method: string;
  /** Positional arguments, in the reference's order. */
  args: unknown[];
  /** Optional arguments, by wire name. */
  options: Record<string, unknown>;
  /** Per-call options (`timeoutMs`, `retries`), as typed: the client checks them. */
  call: Record<string, unknown>;
  iterator: boolean;
  /** `--prefetch`, as typed (the client checks it); undefined when not given. */
  prefetch: unknown;
  format: Format;
}

/** A flag beside a method's own arguments; no placeholder: a switch. */
export type Flag = readonly [name: string, placeholder: string, help: string];

/** Flags every method takes. */
export const CALL_FLAGS: readonly Flag[] = [
  ["table", "", "a table for people, fit to the terminal"],
  ["raw", "", "the body as the API sent it (wire format)"],
  ["timeout", "ms", "timeout of each try, in ms (default 60000)"],
  ["retries", "n", "most retries on 429, 5xx, network errors; 0 for none"],
];

/** Flags the paginated lists take too. */
export const PAGING_FLAGS: readonly Flag[] = [
  [
    "iterator",
    "",
    "every item of every page, as JSON Lines, fetched page by page (from --page_num on, if given)",
  ],
  [
    "prefetch",
    "n",
    "with --iterator: up to n pages requested ahead of the one being written (default 0: one at a time, which leaves the rate limit to other jobs)",
  ],
];

/** The flags a method takes beside its own arguments. */
export const flagsOf = (spec: MethodSpec): readonly Flag[] =>
  spec.paginated ? [...PAGING_FLAGS, ...CALL_FLAGS] : CALL_FLAGS;

const dashed = (name: string) => name.replaceAll("_", "-");

/** The spellings of one optional argument's flag: reference name first. */
export const spellings = (name: string): string[] =>
  name.includes("_") ? [name, dashed(name)] : [name];

type Options = NonNullable<ParseArgsConfig["options"]>;

const configs = new Map<MethodSpec, Options>();

/** parseArgs' options for a method; a clash with a global flag is a bug. */
export function flagConfig(spec: MethodSpec): Options {
  let options = configs.get(spec);
  if (options) return options;
  options = {};
  for (const [flag, value] of flagsOf(spec))
    options[flag] = { type: value ? "string" : "boolean" };
  const add = (flag: string, type: "string" | "boolean") => {
    if (Object.hasOwn(options!, flag))
      throw new Error(`civis-api: the flag --${flag} is defined twice`);
    options![flag] = { type };
  };
  for (const name of optionalArgs(spec)) {
    const info = spec.params[name]!;
    for (const flag of spellings(name)) {
      if (info.type === "boolean") {
        add(flag, "boolean");
        add(`no-${flag}`, "boolean");
      } else add(flag, "string");
    }
  }
  configs.set(spec, options);
  return options;
}

/** `-h` or `--help` before any `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some(
    (a) => a === "--help" || a === "-h",
  );
}

/**
 * Reads one method's command line; throws a UsageError when it cannot.
 * `read` turns each argument's text into its value (`@file`, `@-`).
 */
export async function parseInvocation(
  resource: string,
  method: string,
  argv: string[],
  read: (where: string, text: string) => Promise<string>,
): Promise<Invocation> {
  const spec = table[resource]![method]!;
  const where = `${resource}.${method}`;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: flagConfig(spec),
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (e) {
    // parseArgs' own advice on `--` does not apply: no method takes a "-x" value.
    const unknown = /^Unknown option '([^']*)'/.exec((e as Error).message);
    const message = unknown
      ? `unknown flag ${unknown[1]}`
      : (e as Error).message;
    throw new UsageError(`${where}: ${message}`);
  }
  const { positionals, tokens } = parsed;
  const values = parsed.values as Record<string, unknown>;
  const n = spec.args.length;
  if (positionals.length !== n)
    throw new UsageError(
      `${where} takes ${n} argument${n === 1 ? "" : "s"}${n ? ` (${spec.args.join(", ")})` : ""}; got ${positionals.length}`,
    );
  if (values.table && values.raw)
    throw new UsageError(`${where}: --table and --raw exclude each other`);
  // One at a time, in command-line order: standard input is read once.
  const args: unknown[] = [];
  for (const [i, name] of spec.args.entries()) {
    const label = `${where}: ${name}`;
    args.push(
      fromText(label, spec.params[name]!, await read(label, positionals[i]!)),
    );
  }
  // Flags in command-line order, whichever spelling each used: an array
  // gathers them all, any other value takes the last one.
  const options: Record<string, unknown> = {};
  for (const name of optionalArgs(spec)) {
    const info = spec.params[name]!;
    const flags = spellings(name);
    const mine = tokens.flatMap((t) =>
      t.kind === "option" && flags.includes(t.name.replace(/^no-/, ""))
        ? [t]
        : [],
    );
    const last = mine.at(-1);
    if (!last) continue;
    const label = `${where}: ${name}`;
    if (info.type === "boolean") options[name] = !last.name.startsWith("no-");
    else if (info.type === "array") {
      const texts: string[] = [];
      for (const t of mine) texts.push(await read(label, t.value ?? ""));
      options[name] = fromTexts(label, info, texts);
    } else
      options[name] = fromText(
        label,
        info,
        await read(label, last.value ?? ""),
      );
  }
  if (values.prefetch !== undefined && !values.iterator)
    throw new UsageError(`${where}: --prefetch needs --iterator`);
  const call: Record<string, unknown> = {};
  if (values.timeout !== undefined)
    call.timeoutMs = fromText("", { type: "number" }, values.timeout as string);
  if (values.retries !== undefined)
    call.retries = fromText("", { type: "integer" }, values.retries as string);
  return {
    resource,
    method,
    args,
    options,
    call,
    iterator: values.iterator === true,
    prefetch:
      values.prefetch === undefined
        ? undefined
        : fromText("", { type: "integer" }, values.prefetch as string),
    format: values.table ? "table" : values.raw ? "raw" : "json",
  };
}
