// The comparison behind `npm run spec:diff`: the operations of a published
// Swagger 2.0 description (`$ref`s already resolved) against those of
// spec/openapi.yaml (inlined), for the resources our spec has. What counts as
// drift: operations, path and query parameters (type, required, enum,
// maximum, default), request body and response fields, recursively (type,
// required, enum), success status codes. The description states a query
// parameter's constraints in words rather than keywords: where it has no
// keyword, its words are read (src/spec/constraint-words.ts). What is
// not drift: the case of request body keys (the API accepts both),
// nullability (the published description never marks it), formats and
// descriptions, a constraint the description does not state, and words no
// phrasing reads (notes).
import {
  readConstraintWords,
  schemaConstraints,
  type ConstraintKeyword,
} from "../../src/spec/constraint-words.js";
import {
  flattenAllOf as flatten,
  operations,
} from "../../src/spec/document.js";
import { snakeCase as snake } from "../../src/spec/name-case.js";

type Json = Record<string, unknown>;

/** Where in an operation a finding is. */
export const WHERES = [
  "operation",
  "path",
  "query",
  "body",
  "response",
] as const;
export type Where = (typeof WHERES)[number];
/** What a named finding is about, in words, by where it is. */
export const SUBJECTS: Record<Where, string> = {
  operation: "the operation",
  path: "path parameter",
  query: "query parameter",
  body: "request body field",
  response: "response field",
};
/** What changed; `added`: only in the description, `removed`: only in our spec. */
export const CHANGES = [
  "added",
  "removed",
  "type",
  "required",
  "enum",
  "maximum",
  "default",
  "name",
  "status",
] as const;
export type Change = (typeof CHANGES)[number];

/** One difference; `here` is spec/openapi.yaml, `there` the description. */
export interface Finding {
  resource: string;
  /** Our operationId; for an operation only there, the one the naming rule gives it. */
  operation: string;
  method: string;
  path: string;
  where: Where;
  /** Parameter name or dotted field path; "" for the operation, or the whole body or response. */
  name: string;
  change: Change;
  here?: string;
  there?: string;
}

/**
 * A difference that is not drift: a format, a description, a constraint the
 * description does not state (`here` names it), words no phrasing reads
 * (`there` holds them).
 */
export interface Note extends Omit<Finding, "change"> {
  kind: "format" | "description" | "constraint" | "words";
}

/**
 * The description's side of a finding, for `--apply`: the new operation,
 * parameter or field, or an enum's values in the description's order.
 */
export type Source =
  | { kind: "operation"; operation: Operation }
  /** `after`: the query parameter it follows there. */
  | { kind: "param"; param: Param; after: string | undefined }
  | { kind: "field"; schema: Json; required: boolean }
  | { kind: "enum"; values: string[] };

export interface Comparison {
  findings: Finding[];
  /** The description's side of each finding that has one. */
  sources: Map<Finding, Source>;
  notes: Note[];
  /** Operations found on both sides. */
  compared: number;
  /** False when the description marks no response field required (then it says nothing either way). */
  responseRequired: boolean;
}

export interface Param {
  name: string;
  required: boolean;
  /** The parameter's schema: in Swagger 2.0, the parameter object itself. */
  schema: Json;
  description?: unknown;
}

export interface Operation {
  resource: string;
  id: string;
  method: string;
  /** As written, without a trailing slash. */
  path: string;
  pathParams: Param[];
  query: Map<string, Param>;
  body: Json | undefined;
  response: Json | undefined;
  success: number[];
  /** The operation object as written (summary, description, tags...). */
  raw: Json;
  /** The body parameter (Swagger 2.0) or request body object (OpenAPI). */
  bodyRequired: boolean;
}

/**
 * A method's name by civis-python's rule: the HTTP verb (GET is `get` when
 * the path ends in a `{param}`, `list` otherwise) and the literal segments
 * after the resource, joined with `_`.
 */
export function civisMethodName(method: string, path: string): string {
  const segments = path.split("/").filter(Boolean).slice(1);
  const verb = method.toLowerCase();
  const list = verb === "get" && !segments.at(-1)?.startsWith("{");
  const literals = segments.filter((s) => !s.startsWith("{"));
  return [list ? "list" : verb, ...literals].join("_");
}

/** Compares our spec (OpenAPI 3.1, inlined) with a description (Swagger 2.0, dereferenced). */
export function compareDescriptions(ours: Json, theirs: Json): Comparison {
  const here = readOperations(ours, "openapi");
  const resources = [...new Set(here.map((op) => op.resource))];
  const there = readOperations(theirs, "swagger").filter((op) =>
    resources.includes(op.resource),
  );
  const responseRequired = there.some((op) => marksRequired(op.response));
  const out: Comparison = {
    findings: [],
    sources: new Map(),
    notes: [],
    compared: 0,
    responseRequired,
  };
  const theirsByKey = new Map(there.map((op) => [matchKey(op), op]));
  for (const resource of resources) {
    for (const op of here.filter((o) => o.resource === resource)) {
      const other = theirsByKey.get(matchKey(op));
      theirsByKey.delete(matchKey(op));
      if (other) {
        out.compared += 1;
        compareOperation(op, other, responseRequired, out);
      } else out.findings.push(at(op, "operation", "", "removed"));
    }
    for (const op of there.filter((o) => o.resource === resource))
      if (theirsByKey.has(matchKey(op)))
        found(out, at(op, "operation", "", "added"), {
          kind: "operation",
          operation: op,
        });
  }
  return out;
}

function found(out: Comparison, finding: Finding, source?: Source): void {
  out.findings.push(finding);
  if (source) out.sources.set(finding, source);
}

function at(
  op: Operation,
  where: Where,
  name: string,
  change: Change,
  here?: string,
  there?: string,
): Finding {
  return { ...place(op, where, name), change, ...sides(here, there) };
}

function place(op: Operation, where: Where, name: string) {
  const { resource, id: operation, method, path } = op;
  return { resource, operation, method, path, where, name };
}

// Only the sides that have a value, so that JSON output has no nulls.
function sides(here?: string, there?: string) {
  return {
    ...(here === undefined ? {} : { here }),
    ...(there === undefined ? {} : { there }),
  };
}

// `GET /groups/{}/members/{}`: path parameter names are compared apart.
const matchKey = (op: Operation) =>
  `${op.method} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;

function readOperations(
  doc: Json,
  dialect: "openapi" | "swagger",
): Operation[] {
  return operations(doc).map((walked) => {
    const { method, operation: op, parameters } = walked;
    const path = walked.path.replace(/\/+$/, "") || "/";
    const resource = path.split("/")[1] ?? "";
    const read = (where: "path" | "query") =>
      parameters
        .filter((p) => p.in === where)
        .map((p) => ({
          // `user_ids[]` and `user_ids` name the same array parameter.
          name: String(p.name).replace(/\[\]$/, ""),
          required: where === "path" || p.required === true,
          schema: dialect === "openapi" ? object(p.schema) : p,
          description: p.description,
        }));
    const success = object(walked.responses[String(walked.successCodes[0])]);
    const bodyParam = parameters.find((p) => p.in === "body");
    return {
      resource,
      id:
        dialect === "openapi"
          ? String(walked.operationId)
          : `${resource}_${civisMethodName(method, path)}`,
      method,
      path,
      // By position in the path: that is how civis-python passes them.
      pathParams: read("path").sort(
        (a, b) => path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`),
      ),
      query: new Map(read("query").map((p) => [p.name, p])),
      body:
        dialect === "openapi"
          ? jsonSchema(op.requestBody)
          : bodyParam && object(bodyParam.schema),
      response:
        dialect === "openapi"
          ? jsonSchema(success)
          : success.schema === undefined
            ? undefined
            : object(success.schema),
      success: walked.successCodes,
      raw: op,
      bodyRequired:
        dialect === "openapi"
          ? object(op.requestBody).required === true
          : bodyParam?.required === true,
    };
  });
}

function jsonSchema(node: unknown): Json | undefined {
  const schema = object(
    object(object(node).content)["application/json"],
  ).schema;
  return schema === undefined ? undefined : object(schema);
}

function compareOperation(
  a: Operation,
  b: Operation,
  responseRequired: boolean,
  out: Comparison,
): void {
  a.pathParams.forEach((pa, i) => {
    const pb = b.pathParams[i];
    if (!pb) return;
    if (pa.name !== pb.name)
      out.findings.push(at(a, "path", pa.name, "name", pa.name, pb.name));
    compareParam(a, "path", pa, pb, out);
  });
  for (const [name, pa] of a.query) {
    const pb = b.query.get(name);
    if (pb) compareParam(a, "query", pa, pb, out);
    else out.findings.push(at(a, "query", name, "removed", paramSummary(pa)));
  }
  let previous: string | undefined;
  for (const [name, pb] of b.query) {
    if (!a.query.has(name))
      found(out, at(a, "query", name, "added", undefined, paramSummary(pb)), {
        kind: "param",
        param: pb,
        after: previous,
      });
    previous = name;
  }
  compareBodies(a, "body", a.body, b.body, true, out);
  if (a.success.join() !== b.success.join())
    out.findings.push(
      at(
        a,
        "response",
        "",
        "status",
        a.success.join(", "),
        b.success.join(", "),
      ),
    );
  compareBodies(a, "response", a.response, b.response, responseRequired, out);
}

const paramSummary = (p: Param) =>
  `${typeOf(p.schema)}${p.required ? ", required" : ""}`;

function compareParam(
  op: Operation,
  where: "path" | "query",
  a: Param,
  b: Param,
  out: Comparison,
): void {
  const differ = (change: Change, here: string, there: string) => {
    if (here !== there)
      out.findings.push(at(op, where, a.name, change, here, there));
  };
  differ("type", typeOf(a.schema), typeOf(b.schema));
  differ("required", requiredWord(a.required), requiredWord(b.required));
  const keywords = ["enum", "maximum", "default"] as const;
  compareConstraints(op, where, a.name, a.schema, b.schema, keywords, out);
  note(op, where, a.name, a.schema.format, b.schema.format, "format", out);
  note(op, where, a.name, a.description, b.description, "description", out);
}

const requiredWord = (required: boolean) =>
  required ? "required" : "optional";

/** A constraint as the report prints it: enums sorted, `none` for none. */
function printed(value: unknown): string {
  if (value === undefined) return "none";
  return Array.isArray(value)
    ? value.map(String).sort().join(", ")
    : String(value);
}

/** An enum's values from a finding's side, as `printed` wrote them. */
export const enumList = (printed: string | undefined): string[] =>
  printed === undefined || printed === "none" ? [] : printed.split(", ");

/**
 * Our keyword against the description's keyword or, where it has none, its
 * words. A constraint the description does not state is a note (with the
 * words that may state it, when no phrasing read them), never drift.
 */
function compareConstraints(
  op: Operation,
  where: Where,
  name: string,
  a: Json,
  b: Json,
  keys: readonly ConstraintKeyword[],
  out: Comparison,
): void {
  const theirs = flatten(b);
  const here = schemaConstraints(flatten(a));
  const keywords = schemaConstraints(theirs);
  const words = readConstraintWords(theirs.description, theirs.type);
  for (const key of keys) {
    const there = keywords[key] ?? words.stated[key];
    if (there === undefined) {
      const unread = words.unread.filter((u) => u.about.includes(key));
      if (unread.length)
        out.notes.push({
          ...place(op, where, name),
          kind: "words",
          there: unread.map((u) => u.sentence).join(" "),
        });
      else if (here[key] !== undefined)
        out.notes.push({
          ...place(op, where, name),
          kind: "constraint",
          here: `${key} ${printed(here[key])}`,
        });
      continue;
    }
    const [h, t] = [printed(here[key]), printed(there)];
    if (h === t) continue;
    const finding = at(op, where, name, key, h, t);
    found(
      out,
      finding,
      key === "enum" ? { kind: "enum", values: there as string[] } : undefined,
    );
  }
}

/** Words as compared: each run of whitespace one space; "" for no text. */
export const oneLine = (text: unknown): string =>
  typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";

function note(
  op: Operation,
  where: Where,
  name: string,
  here: unknown,
  there: unknown,
  kind: Note["kind"],
  out: Comparison,
): void {
  const a = oneLine(here);
  const b = oneLine(there);
  if (a !== b)
    out.notes.push({
      ...place(op, where, name),
      kind,
      ...sides(a || undefined, b || undefined),
    });
}

function compareBodies(
  op: Operation,
  where: "body" | "response",
  a: Json | undefined,
  b: Json | undefined,
  compareRequired: boolean,
  out: Comparison,
): void {
  if (a && b) walk(op, where, a, b, "", compareRequired, out, 0);
  else if (a) out.findings.push(at(op, where, "", "removed", typeOf(a)));
  else if (b)
    out.findings.push(at(op, where, "", "added", undefined, typeOf(b)));
}

// Arrays are transparent in field paths: `readers.users.id`.
function walk(
  op: Operation,
  where: "body" | "response",
  rawA: Json,
  rawB: Json,
  path: string,
  compareRequired: boolean,
  out: Comparison,
  depth: number,
): void {
  const a = flatten(rawA);
  const b = flatten(rawB);
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) {
    out.findings.push(at(op, where, path, "type", ta, tb));
    return;
  }
  note(op, where, path, a.format, b.format, "format", out);
  if (path !== "") {
    compareConstraints(op, where, path, a, b, ["enum"], out);
    note(op, where, path, a.description, b.description, "description", out);
  }
  if (depth > 16 || a.oneOf || a.anyOf) return;
  if (a.items && b.items)
    walk(
      op,
      where,
      object(a.items),
      object(b.items),
      path,
      compareRequired,
      out,
      depth + 1,
    );
  const pa = fields(a, where);
  const pb = fields(b, where);
  for (const [key, fa] of pa) {
    const name = path ? `${path}.${fa.name}` : fa.name;
    const fb = pb.get(key);
    if (!fb) {
      out.findings.push(at(op, where, name, "removed", typeOf(fa.schema)));
      continue;
    }
    if (compareRequired && fa.required !== fb.required)
      out.findings.push(
        at(
          op,
          where,
          name,
          "required",
          requiredWord(fa.required),
          requiredWord(fb.required),
        ),
      );
    walk(
      op,
      where,
      fa.schema,
      fb.schema,
      name,
      compareRequired,
      out,
      depth + 1,
    );
  }
  for (const [key, fb] of pb)
    if (!pa.has(key)) {
      const name = path ? `${path}.${fb.name}` : fb.name;
      found(out, at(op, where, name, "added", undefined, typeOf(fb.schema)), {
        kind: "field",
        schema: fb.schema,
        required: fb.required,
      });
    }
}

/** Properties by comparison key: request body keys ignore camelCase/snake_case. */
function fields(
  schema: Json,
  where: "body" | "response",
): Map<string, { name: string; schema: Json; required: boolean }> {
  const key = (name: string) => (where === "body" ? snake(name) : name);
  const required = new Set(list(schema.required).map((n) => key(String(n))));
  return new Map(
    Object.entries(object(schema.properties)).map(([name, value]) => [
      key(name),
      { name, schema: object(value), required: required.has(key(name)) },
    ]),
  );
}

/**
 * A type as the report prints it: `integer`, `array<string>`, `object`,
 * `any` (untyped), `oneOf(object | array<string>)`; `null` never counts.
 */
export function typeOf(node: Json): string {
  const s = flatten(node);
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches))
    return `oneOf(${branches.map((b) => typeOf(object(b))).join(" | ")})`;
  let types = (Array.isArray(s.type) ? s.type : [s.type]).filter(
    (t): t is string => typeof t === "string" && t !== "null",
  );
  if (types.length === 0)
    types = s.properties ? ["object"] : s.items ? ["array"] : ["any"];
  return types
    .map((t) =>
      t === "array" ? `array<${s.items ? typeOf(object(s.items)) : "any"}>` : t,
    )
    .join(" | ");
}

function marksRequired(node: Json | undefined, depth = 0): boolean {
  if (!node || depth > 16) return false;
  const s = flatten(node);
  if (list(s.required).length > 0) return true;
  return [s.items, ...Object.values(object(s.properties))].some((child) =>
    child === undefined ? false : marksRequired(object(child), depth + 1),
  );
}

function object(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Json)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * True when a schema of ours and one of the description's have the same
 * shape: no finding between them (fields, types, `required` when compared,
 * enums), whatever their descriptions and formats.
 */
export function sameShape(
  ours: Json,
  theirs: Json,
  where: "body" | "response",
  compareRequired: boolean,
): boolean {
  const scratch: Comparison = {
    findings: [],
    sources: new Map(),
    notes: [],
    compared: 0,
    responseRequired: compareRequired,
  };
  const op: Operation = {
    ...{ resource: "", id: "", method: "", path: "", pathParams: [] },
    ...{ query: new Map(), body: undefined, response: undefined },
    ...{ success: [], raw: {}, bodyRequired: false },
  };
  walk(op, where, ours, theirs, "", compareRequired, scratch, 0);
  return scratch.findings.length === 0;
}
