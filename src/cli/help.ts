// The help texts: resources, methods and each method's arguments with the
// spec's descriptions (generated/cli-help.ts) and the constraints the client
// checks (the method table). Wrapped to 80 columns.
import { help } from "../../generated/cli-help.js";
import { DEFAULT_BASE_URL } from "../client.js";
import { routeOf, type ArgInfo } from "../methods/method-spec.js";
import { CALL_FLAGS, PAGING_FLAGS, type Flag } from "./args.js";
import { EXIT_CODES } from "./exit-codes.js";
import {
  aliasNames,
  aliasesOf,
  findMethod,
  optionalArgs,
  table,
} from "./names.js";

const WIDTH = 80;
const GUTTER = 28;

/** Words of `text` in lines ending by column 80, all but the first indented. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const room = WIDTH - indent;
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : " ".repeat(indent) + l)).join("\n");
}

/** `  term   description`, the description wrapped beside or below the term. */
function row(term: string, text: string, gutter = GUTTER): string {
  const left = `  ${term}`;
  if (!text) return left;
  if (left.length + 2 > gutter)
    return `${left}\n${" ".repeat(gutter)}${wrap(text, gutter)}`;
  return left.padEnd(gutter) + wrap(text, gutter);
}

const range = (info: ArgInfo) =>
  info.min !== undefined && info.max !== undefined
    ? ` ${info.min}..${info.max}`
    : info.min !== undefined
      ? ` >=${info.min}`
      : info.max !== undefined
        ? ` <=${info.max}`
        : "";

/** What a value looks like: `integer`, `read|write|manage`, `integer,...`. */
function placeholder(info: ArgInfo): string {
  if (info.enum) return info.enum.join("|");
  if (info.type === "array") return `${placeholder(info.items ?? {})},...`;
  if (info.json) return "json";
  return info.type ?? "json";
}

/** The kind of value and the constraints the client checks, as a note. */
function note(info: ArgInfo, positional: boolean): string {
  const notes: string[] = [];
  if (info.type === "array") {
    const items = info.items ?? {};
    notes.push(
      `${items.enum ? items.enum.join("|") : `${items.type ?? "value"}s`}${range(items)}, ${positional ? "comma-separated" : "comma-separated or repeated"}`,
    );
  } else if (info.enum) {
    if (positional) notes.push(info.enum.join("|"));
  } else if (info.type === "boolean") {
    if (positional) notes.push("true|false");
  } else if (info.json) notes.push("JSON text");
  else if (info.type === "integer" || info.type === "number")
    notes.push(`${info.type}${range(info)}`);
  if (info.minLength) notes.push("not empty");
  if (info.maxBytes) notes.push(`at most ${info.maxBytes} bytes`);
  if (info.default !== undefined) notes.push(`default ${info.default}`);
  return notes.length ? `(${notes.join("; ")})` : "";
}

const sentence = (...parts: string[]) => parts.filter(Boolean).join(" ");

const FROM_FILES =
  "Any value can be read from a file: @path (trailing line breaks dropped), or @- for standard input; @@ starts a value with a literal @.";

/** One row per flag, `--name <placeholder>`, each text after `lead`. */
const flagRows = (flags: readonly Flag[], lead = ""): string[] =>
  flags.map(([flag, value, text]) =>
    row(`--${flag}${value ? ` <${value}>` : ""}`, lead + text),
  );

/** The flags of every method, and help. */
const callFlags = (): string[] => [
  ...flagRows(CALL_FLAGS),
  row("-h, --help", "this help"),
];

export function methodHelp(resource: string, method: string): string {
  const spec = table[resource]![method]!;
  const route = routeOf(resource, spec);
  const docs = help.methods[resource]![method]!;
  const aliases = aliasesOf(resource, method);
  const out = [
    `Usage: civis-api ${resource} ${method}${spec.args.map((a) => ` <${a}>`).join("")} [options]`,
    "",
    wrap(docs.summary, 0),
  ];
  if (docs.description) out.push("", wrap(docs.description, 0));
  out.push(
    "",
    `${route.method} ${route.path}${aliases.length ? `; also \`${aliases.join("`, `")}\`` : ""}`,
  );
  if (spec.args.length) {
    out.push("", "Arguments:");
    for (const a of spec.args)
      out.push(
        row(
          `<${a}>`,
          sentence(docs.args[a] ?? "", note(spec.params[a]!, true)),
        ),
      );
  }
  const optional = optionalArgs(spec);
  if (optional.length || spec.paginated) {
    out.push("", "Options:");
    for (const name of optional) {
      const info = spec.params[name]!;
      const term =
        info.type === "boolean"
          ? `--[no-]${name}`
          : `--${name} <${placeholder(info)}>`;
      out.push(row(term, sentence(docs.args[name] ?? "", note(info, false))));
    }
    if (spec.paginated) out.push(...flagRows(PAGING_FLAGS));
  }
  out.push("", "Output and call:", ...callFlags());
  const long = optional.find((name) => name.includes("_"));
  if (long)
    out.push(
      "",
      `Flags take dashes for underscores too: --${long.replaceAll("_", "-")}.`,
    );
  if (spec.args.length || optional.length) out.push("", wrap(FROM_FILES, 0));
  out.push("");
  return out.join("\n");
}

export function resourceHelp(resource: string): string {
  const out = [
    `Usage: civis-api ${resource} <method> [arguments...] [options]`,
    "",
    wrap(help.resources[resource] ?? "", 0),
    "",
    "Methods:",
  ];
  for (const method of Object.keys(table[resource]!))
    out.push(row(method, help.methods[resource]![method]!.summary));
  const aliases = aliasNames(resource);
  if (aliases.length) {
    out.push("", "Aliases:");
    for (const alias of aliases)
      out.push(row(alias, `= ${findMethod(resource, alias)}`));
  }
  out.push(
    "",
    `Run \`civis-api ${resource} <method> --help\` for a method's arguments.`,
    "",
  );
  return out.join("\n");
}

export function mainHelp(): string {
  const out = [
    "Usage: civis-api <resource> <method> [arguments...] [options]",
    "",
    wrap(
      "Every method of the Civis Platform API reference from the shell, with the reference's names and arguments: required arguments are positional, in the reference's order; optional ones are flags. Prints JSON.",
      0,
    ),
    "",
    "Resources:",
  ];
  for (const resource of Object.keys(table))
    out.push(row(resource, help.resources[resource] ?? ""));
  out.push(
    "",
    "Commands:",
    row("<resource> --help", "the resource's methods"),
    row("<resource> <method> --help", "the method's arguments and options"),
    row(
      "completion bash|zsh",
      "a shell completion script, e.g. `source <(civis-api completion bash)`",
    ),
    row("--version", "this package's version"),
    "",
    "Output and call options of every method:",
    ...callFlags(),
    ...flagRows(PAGING_FLAGS, "(paginated lists) "),
    "",
    "Progress of long paging goes to stderr when it is a terminal, never to stdout.",
    "",
    "Values from files, for big values and secrets (kept out of shell history and",
    "`ps`), as curl reads them:",
    row(
      "@path",
      "any argument or option value: the file's UTF-8 text, trailing line breaks dropped",
    ),
    row("@-", "the same from standard input (for one value only)"),
    row("@@text", "the value @text: a leading @ is written twice"),
    "",
    "Environment:",
    row(
      "CIVIS_API_KEY",
      "your API key (required; there is no flag for it, so that it stays out of shell history)",
    ),
    row(
      "CIVIS_API_ENDPOINT",
      `the API's base URL (default ${DEFAULT_BASE_URL})`,
    ),
    "",
    "Exit codes:",
  );
  for (const [code, meaning] of Object.values(EXIT_CODES))
    out.push(row(String(code), meaning, 6));
  out.push("");
  return out.join("\n");
}
