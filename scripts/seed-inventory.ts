/**
 * Builds test/seed-inventory.json: one entry per method of the five seed texts
 * (the civis-python API reference, ../shared/seeds/*.txt beside the repo), with
 * its verb, path, parameters and response fields. test/spec-inventory.test.ts
 * compares spec/openapi.yaml against it.
 *
 *   npx tsx scripts/seed-inventory.ts           write the JSON
 *   npx tsx scripts/seed-inventory.ts --check   fail when the committed JSON is stale
 *
 * The seeds come in three text layouts (000/001: "- name" bullets and "API URL"
 * lines; 002/004: "•" bullets nested by indentation and blank lines; 003: like
 * 000 but without API URLs). Some method headings lack their signature line;
 * those methods are found through the method index by their summary.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as prettier from "prettier";

/** Where a parameter travels on the wire. */
export type ParamLocation = "path" | "query" | "body";

/** One parameter of a seed method (the civis-python `iterator` flag excluded). */
export interface SeedParam {
  name: string;
  /** As the seed prints it: `int`, `str`, `bool`, `List[int]`. */
  type: string;
  /** Positional (before `*`) in the signature; keyword-only ones are optional. */
  required: boolean;
  in: ParamLocation;
}

/** One method of the seeds, as recorded in test/seed-inventory.json. */
export interface SeedMethod {
  resource: string;
  method: string;
  operationId: string;
  summary: string;
  verb: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** `seed` when the seed prints an "API URL" line, `derived` from the naming rule otherwise. */
  pathFrom: "seed" | "derived";
  /** True when civis-python offers `iterator=True` for it. */
  paginated: boolean;
  /** Parameters in signature order. */
  params: SeedParam[];
  /** Only where the seed prints "Response code NNN". */
  responseCode?: number;
  /** Dotted snake_case paths of the response fields, containers included, sorted. */
  responseFields: string[];
  /** The seed's type of each response field (`int`, `str (time)`, `dict`, `List[dict]`, ...). */
  responseFieldTypes: Record<string, string>;
}

/** The whole of test/seed-inventory.json. */
export interface SeedInventory {
  $comment: string;
  methods: SeedMethod[];
}

/** Per-resource method counts of the seeds; anything else means the parser lost its way. */
const expectedCounts: Record<string, number> = {
  match_targets: 10,
  json_values: 10,
  permission_sets: 24,
  groups: 13,
  credentials: 16,
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The seeds live beside the repository, in the shared workspace. */
export const seedDir = resolve(repoRoot, "../shared/seeds");
export const inventoryFile = join(repoRoot, "test/seed-inventory.json");

// ---------------------------------------------------------------------------
// Lines

interface Line {
  /** Column of the bullet or first character; nests "•" fields in 002/004. */
  indent: number;
  bullet: "-" | "•" | null;
  /** Trimmed, without the bullet. */
  text: string;
}

/** Splits a seed into non-blank lines, undoing the places where 000/001 glue two lines together. */
function toLines(seed: string): Line[] {
  const unglued = seed
    .replace(/\r/g, "")
    // "GET /match_targets/{id}- Parameters:" and "GET /match_targets- Returns:"
    .replace(/(\S)- (Parameters:|Returns:)/g, "$1\n- $2")
    // "civis.Response- idint", "civis.Response - usersList["
    .replace(/(civis\.(?:response\.)?\w*Response)\s*- /g, "$1\n- ");
  const lines: Line[] = [];
  for (const raw of unglued.split("\n")) {
    const m = /^(\s*)(?:([-•])\s+)?(.*?)\s*$/.exec(raw);
    if (!m || m[3] === "") continue;
    lines.push({
      indent: m[1]?.length ?? 0,
      bullet: (m[2] as "-" | "•" | undefined) ?? null,
      text: m[3] ?? "",
    });
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Signatures and field lines

interface SignatureArg {
  name: string;
  type: string;
  required: boolean;
}

interface Signature {
  name: string;
  args: SignatureArg[];
}

/** A detail heading: `get(id: int) Response`, `list_types()`, `list() ListResponse`. */
function parseDetailSignature(text: string): Signature | undefined {
  const m = /^([a-z_]+)\((.*)\)(?:\s+\S.*)?$/.exec(text);
  if (!m) return undefined;
  const argText = m[2] ?? "";
  // The method index prints untyped args (`get(id)`); only zero-arg headings look alike.
  if (argText !== "" && !argText.includes(":")) return undefined;
  return { name: m[1] ?? "", args: parseSignatureArgs(argText) };
}

function parseSignatureArgs(argText: string): SignatureArg[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of argText) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "," && depth === 0) {
      tokens.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") tokens.push(current.trim());
  const args: SignatureArg[] = [];
  let keywordOnly = false;
  for (const token of tokens) {
    if (token === "*") {
      keywordOnly = true;
      continue;
    }
    const m = /^([a-z_][a-z0-9_]*)\s*:\s*(.+?)(\s*=\s*.+)?$/.exec(token);
    if (!m) throw new Error(`cannot read signature argument "${token}"`);
    args.push({
      name: m[1] ?? "",
      type: m[2] ?? "",
      required: !keywordOnly && m[3] === undefined,
    });
  }
  return args;
}

/** A parameter line of the "Parameters:" block: `idint`, `user_idsList[int]`, `namestr, optional`. */
const paramLine =
  /^([a-z_][a-z0-9_]*?)(List\[int\]|List\[str\]|int|str|bool|dict|object)(, optional)?$/;

/** A response field line: `idint`, `created_atstr (time)`, `usersList[`, `readers` (a dict in 000/003). */
const fieldLine =
  /^([a-z_][a-z0-9_]*?)(List\[int\]|List\[str\]|List\[dict\]|List\[|int|str \(time\)|str|bool|dict|object)?$/;

/** A response field without description: `id : int`, `created_at : str (time)`. */
const colonFieldLine = /^([a-z_][a-z0-9_]*) : (.+)$/;

/** The container types of layout 000/003 spelled like those of 002/004. */
function normalizeFieldType(type: string | undefined): string {
  if (type === undefined) return "dict";
  if (type === "List[") return "List[dict]";
  return type;
}

// ---------------------------------------------------------------------------
// Method index and detail sections

interface IndexEntry {
  /** Missing where the index prints only the summary (groups.list_child_groups in 003). */
  name?: string;
  summary: string;
}

function parseIndex(lines: Line[]): { entries: IndexEntry[]; end: number } {
  const start = lines.findIndex((l) => l.text === "Methods");
  if (start < 0) throw new Error('no "Methods" heading');
  const entries: IndexEntry[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    // The index prints untyped args; a typed signature is the first detail heading.
    if (text === "Examples" || parseDetailSignature(text)?.args.length) break;
    // 000/001: "get(id)Show Match Target info"; 002/004: "get(id)" then the summary.
    const oneLine = /^([a-z_]+)\(([^)]*)\)(.*)$/.exec(text);
    if (oneLine) {
      let summary = (oneLine[3] ?? "").trim();
      if (summary === "") summary = lines[++i]?.text ?? "";
      entries.push({ name: oneLine[1] ?? "", summary });
      continue;
    }
    // 003: "get" then "(id)Get a Group".
    const argsLine = /^\(([^)]*)\)(.*)$/.exec(lines[i + 1]?.text ?? "");
    if (/^[a-z_]+$/.test(text) && argsLine) {
      entries.push({ name: text, summary: (argsLine[2] ?? "").trim() });
      i++;
      continue;
    }
    // 000/001 have no "Examples": the details begin with a summary seen already.
    if (entries.some((e) => e.summary === text)) break;
    entries.push({ summary: text });
  }
  return { entries, end: i };
}

interface Section {
  name: string;
  signature?: Signature;
  summary: string;
  body: Line[];
}

/** Cuts the details into one section per index entry, in index order. */
function splitSections(lines: Line[]): Section[] {
  const { entries, end } = parseIndex(lines);
  const starts: { at: number; name: string; signature?: Signature }[] = [];
  let from = end;
  for (const entry of entries) {
    const found = findSectionStart(lines, from, end, entry);
    starts.push(found);
    from = found.at + 1;
  }
  return starts.map((s, k) => {
    const stop = starts[k + 1]?.at ?? lines.length;
    const first = s.signature ? s.at + 1 : s.at;
    const summary = lines[first]?.text ?? "";
    const entry = entries[k];
    if (entry && entry.summary !== summary)
      throw new Error(
        `${s.name}: summary "${summary}" differs from the index ("${entry.summary}")`,
      );
    return {
      name: s.name,
      ...(s.signature ? { signature: s.signature } : {}),
      summary,
      body: lines.slice(first + 1, stop),
    };
  });
}

function findSectionStart(
  lines: Line[],
  from: number,
  floor: number,
  entry: IndexEntry,
): { at: number; name: string; signature?: Signature } {
  for (let j = from; j < lines.length; j++) {
    const text = lines[j]?.text ?? "";
    const signature = parseDetailSignature(text);
    if (signature && entry.name !== undefined && signature.name === entry.name)
      return { at: j, name: entry.name, signature };
    if (text !== entry.summary) continue;
    const previous =
      j > floor ? parseDetailSignature(lines[j - 1]?.text ?? "") : undefined;
    if (previous) {
      // Summaries repeat (list_shares, list_resources_shares): this one is another method's.
      if (entry.name !== undefined && previous.name !== entry.name) continue;
      return { at: j - 1, name: previous.name, signature: previous };
    }
    // A heading without signature line (000, 001, 003): the summary starts the section.
    if (entry.name !== undefined) return { at: j, name: entry.name };
    throw new Error(
      `cannot name the method whose summary is "${entry.summary}"`,
    );
  }
  throw new Error(`no section for ${entry.name ?? `"${entry.summary}"`}`);
}

// ---------------------------------------------------------------------------
// One section

interface ParsedMethod {
  name: string;
  summary: string;
  apiUrl?: { verb: string; path: string };
  args: SignatureArg[];
  paginated: boolean;
  responseCode?: number;
  responseFields: Map<string, string>;
}

function parseSection(section: Section): ParsedMethod {
  const { body, name } = section;
  const at = (text: string) => body.findIndex((l) => l.text === text);
  const urlAt = at("API URL:");
  const paramsAt = at("Parameters:");
  const returnsAt = at("Returns:");
  if (returnsAt < 0) throw new Error(`${name}: no "Returns:"`);

  let apiUrl: ParsedMethod["apiUrl"];
  if (urlAt >= 0) {
    const m = /^(GET|POST|PUT|PATCH|DELETE) (\/\S+)$/.exec(
      body[urlAt + 1]?.text ?? "",
    );
    if (!m)
      throw new Error(`${name}: unreadable API URL "${body[urlAt + 1]?.text}"`);
    apiUrl = { verb: m[1] ?? "", path: m[2] ?? "" };
  }

  // The "Parameters:" block lists every argument; descriptions never match paramLine.
  const listed: SignatureArg[] = [];
  if (paramsAt >= 0) {
    for (const line of body.slice(paramsAt + 1, returnsAt)) {
      const m = paramLine.exec(line.text);
      if (m)
        listed.push({
          name: m[1] ?? "",
          type: m[2] ?? "",
          required: m[3] === undefined,
        });
    }
  }
  // Prefer the signature; where the heading lacks it, the block is all there is.
  const args = section.signature?.args ?? listed;
  const show = (a: SignatureArg[]) =>
    a.map((x) => `${x.name}: ${x.type}${x.required ? "" : "?"}`).join(", ");
  if (show(args) !== show(listed))
    throw new Error(
      `${name}: signature (${show(args)}) and Parameters block (${show(listed)}) differ`,
    );

  const returns = body.slice(returnsAt + 1);
  let responseCode: number | undefined;
  for (const line of returns) {
    const m = /^Response code (\d{3})\b/.exec(line.text);
    if (m) responseCode = Number(m[1]);
  }

  return {
    name,
    summary: section.summary,
    ...(apiUrl ? { apiUrl } : {}),
    args,
    paginated: args.some((a) => a.name === "iterator"),
    ...(responseCode !== undefined ? { responseCode } : {}),
    responseFields: parseResponseFields(name, returns),
  };
}

/**
 * Response fields as dotted paths. 002/004 nest "•" bullets by indentation;
 * 000/001/003 open a container with `- readers` / `- usersList[` and close it
 * by repeating that same line.
 */
function parseResponseFields(
  method: string,
  lines: Line[],
): Map<string, string> {
  const fields = new Map<string, string>();
  const add = (path: string, type: string) => {
    if (fields.has(path))
      throw new Error(`${method}: response field ${path} listed twice`);
    fields.set(path, type);
  };
  const indented: { indent: number; name: string }[] = [];
  const open: { line: string; name: string }[] = [];
  const openPath = () => open.map((o) => o.name);

  for (const line of lines) {
    if (line.bullet === "•") {
      const colon = colonFieldLine.exec(line.text);
      const m = colon ?? fieldLine.exec(line.text);
      if (!m)
        throw new Error(`${method}: unreadable response field "${line.text}"`);
      while ((indented.at(-1)?.indent ?? -1) >= line.indent) indented.pop();
      const name = m[1] ?? "";
      add(
        [...indented.map((f) => f.name), name].join("."),
        normalizeFieldType(m[2]),
      );
      indented.push({ indent: line.indent, name });
      continue;
    }
    // Drop the "civis.Response" type markers that prefix some lines in 000/003.
    const text = line.text.replace(/^civis\.(?:response\.)?\w*Response\s*/, "");
    const afterBracket = /^\]\s*(.*)$/.exec(text);
    const candidate = afterBracket ? (afterBracket[1] ?? "") : text;
    const colon = colonFieldLine.exec(candidate);
    if (colon) {
      add([...openPath(), colon[1] ?? ""].join("."), colon[2] ?? "");
      continue;
    }
    if (line.bullet !== "-" || afterBracket) continue; // description text
    const key = text;
    const closing = open.findIndex((o) => o.line === key);
    if (closing >= 0) {
      open.length = closing;
      continue;
    }
    const m = fieldLine.exec(text);
    if (!m) continue; // "- None"
    const name = m[1] ?? "";
    add([...openPath(), name].join("."), normalizeFieldType(m[2]));
    if (m[2] === undefined || m[2] === "List[") open.push({ line: key, name });
  }
  return fields;
}

// ---------------------------------------------------------------------------
// Paths

/** Literal path segments that contain an underscore themselves. */
const multiWordSegments = new Set(["child_groups"]);

/** A literal segment followed by a `{param}` when the method takes that argument positionally. */
const segmentParams: Record<string, string> = {
  resources: "name",
  members: "user_id",
  users: "user_id",
  groups: "group_id",
};

/**
 * DESIGN.md "Paths": the method name is the verb (`get` ends in a `{param}`,
 * `list` in a literal) followed by the literal segments after the resource; the
 * positional path arguments fill the `{params}` in order. A POST creates in a
 * collection, so its last segment takes no parameter (`post_resources(id, name)`).
 */
export function derivePath(
  resource: string,
  method: string,
  positional: readonly string[],
): { verb: SeedMethod["verb"]; path: string } {
  const m = /^(delete|get|list|patch|post|put)(?:_(.+))?$/.exec(method);
  if (!m)
    throw new Error(`${resource}.${method}: name does not start with a verb`);
  const action = m[1] ?? "";
  const words = m[2]?.split("_") ?? [];
  const segments: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]}_${words[i + 1]}`;
    if (multiWordSegments.has(pair)) {
      segments.push(pair);
      i++;
    } else segments.push(words[i] ?? "");
  }
  const available = new Set(positional);
  const parts = [resource];
  if (available.has("id")) parts.push("{id}");
  segments.forEach((segment, i) => {
    parts.push(segment);
    const param = segmentParams[segment];
    const last = i === segments.length - 1;
    const collection = last && (action === "post" || action === "list");
    if (
      param &&
      available.has(param) &&
      !parts.includes(`{${param}}`) &&
      !collection
    )
      parts.push(`{${param}}`);
  });
  const path = `/${parts.join("/")}`;
  if (action === "get" && !path.endsWith("}"))
    throw new Error(
      `${resource}.${method}: a "get" path must end in a parameter (${path})`,
    );
  if (action === "list" && path.endsWith("}"))
    throw new Error(
      `${resource}.${method}: a "list" path must end in a literal (${path})`,
    );
  const verb = (
    action === "get" || action === "list" ? "GET" : action.toUpperCase()
  ) as SeedMethod["verb"];
  return { verb, path };
}

// ---------------------------------------------------------------------------
// Inventory

function resourceOf(lines: Line[]): string {
  for (const line of lines) {
    const m = /^class (\w+)\(/.exec(line.text);
    if (m) return (m[1] ?? "").toLowerCase();
  }
  throw new Error('no "class Name(" line');
}

/** Parses one seed text into its methods. */
export function parseSeed(seed: string): SeedMethod[] {
  const lines = toLines(seed);
  const resource = resourceOf(lines);
  return splitSections(lines).map((section) => {
    const parsed = parseSection(section);
    const wireArgs = parsed.args.filter((a) => a.name !== "iterator");
    const positional = wireArgs.filter((a) => a.required).map((a) => a.name);
    const derived = derivePath(resource, parsed.name, positional);
    const where = `${resource}.${parsed.name}`;
    if (parsed.apiUrl) {
      const seedRoute = `${parsed.apiUrl.verb} ${parsed.apiUrl.path}`;
      const derivedRoute = `${derived.verb} ${derived.path}`;
      if (seedRoute !== derivedRoute)
        throw new Error(
          `${where}: derived ${derivedRoute} but the seed says ${seedRoute}`,
        );
    }
    const pathParams = [...derived.path.matchAll(/\{(\w+)\}/g)].map(
      (p) => p[1],
    );
    const bodyVerb = derived.verb !== "GET" && derived.verb !== "DELETE";
    const params: SeedParam[] = wireArgs.map((a) => ({
      name: a.name,
      type: a.type,
      required: a.required,
      in: pathParams.includes(a.name) ? "path" : bodyVerb ? "body" : "query",
    }));
    const fields = [...parsed.responseFields.keys()].sort();
    return {
      resource,
      method: parsed.name,
      operationId: `${resource}_${parsed.name}`,
      summary: parsed.summary,
      verb: derived.verb,
      path: derived.path,
      pathFrom: parsed.apiUrl ? "seed" : "derived",
      paginated: parsed.paginated,
      params,
      ...(parsed.responseCode !== undefined
        ? { responseCode: parsed.responseCode }
        : {}),
      responseFields: fields,
      responseFieldTypes: Object.fromEntries(
        fields.map((f) => [f, parsed.responseFields.get(f) ?? ""]),
      ),
    };
  });
}

/** Parses all seeds and checks the counts: exactly 73 unique methods. */
export function buildInventory(seeds: readonly string[]): SeedInventory {
  const methods = seeds
    .flatMap(parseSeed)
    .sort((a, b) => a.operationId.localeCompare(b.operationId));
  const problems: string[] = [];
  const ids = new Set(methods.map((m) => m.operationId));
  if (ids.size !== methods.length) problems.push("duplicate methods");
  for (const [resource, count] of Object.entries(expectedCounts)) {
    const found = methods.filter((m) => m.resource === resource).length;
    if (found !== count)
      problems.push(`${resource}: ${found} methods, expected ${count}`);
  }
  const total = Object.values(expectedCounts).reduce((a, b) => a + b, 0);
  if (ids.size !== total)
    problems.push(`${ids.size} unique methods, expected ${total}`);
  for (const m of methods)
    if (!m.verb || !m.path) problems.push(`${m.operationId}: no verb/path`);
  if (problems.length > 0)
    throw new Error(`seed inventory: ${problems.join("; ")}`);
  return {
    $comment:
      "Generated by scripts/seed-inventory.ts from the seeds (civis-python API reference); do not edit by hand.",
    methods,
  };
}

/** The seed texts, in file-name order. */
export function readSeeds(dir: string = seedDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** The inventory as the committed file holds it (formatted by prettier, so `format:check` agrees). */
export async function renderInventory(
  inventory: SeedInventory,
): Promise<string> {
  const options = (await prettier.resolveConfig(inventoryFile)) ?? {};
  return prettier.format(JSON.stringify(inventory), {
    ...options,
    filepath: inventoryFile,
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const inventory = buildInventory(readSeeds());
  const text = await renderInventory(inventory);
  const shown = relative(process.cwd(), inventoryFile);
  if (check) {
    const committed = existsSync(inventoryFile)
      ? readFileSync(inventoryFile, "utf8")
      : "";
    if (committed !== text) {
      console.error(`${shown} is stale: run npx tsx scripts/seed-inventory.ts`);
      process.exit(1);
    }
    console.log(`${shown} is up to date (${inventory.methods.length} methods)`);
    return;
  }
  writeFileSync(inventoryFile, text);
  const counts = Object.keys(expectedCounts)
    .map(
      (r) => `${r} ${inventory.methods.filter((m) => m.resource === r).length}`,
    )
    .join(", ");
  console.log(
    `wrote ${shown}: ${inventory.methods.length} methods (${counts})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main();
