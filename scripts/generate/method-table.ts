// Builds the method table from the spec (inlined by the one spec loader):
// per resource (the operation's tag) and reference method name, its route,
// positional arguments, every argument's location and run-time constraints,
// `paginated`, opaque response keys and body normalization. Also keeps the
// descriptions the signature renderer turns into JSDoc.
import {
  flattenAllOf,
  isObject,
  jsonContent,
  operations,
  type JsonSchema,
} from "../../src/spec/document.js";
import type { BodyKind } from "../../src/http/read-body.js";
import type { ArgInfo } from "../../src/methods/method-spec.js";

/** What generated/methods.ts holds for one method. */
export interface MethodEntry {
  /** The verb and the path below `/<resource>`: `"GET /{id}"`, `"GET"`. */
  route: string;
  args: string[];
  params: Record<string, ArgInfo>;
  /** The operation takes a JSON body (sent as `{}` when nothing goes in it). */
  body?: true;
  paginated?: true;
  opaque?: string[];
  normalize?: string;
  /** The success body's top-level kind; absent for a 204. */
  returns?: BodyKind;
}

/** What the signature renderer needs beyond the table. */
export interface MethodDocs {
  operationId: string;
  summary: string;
  description?: string;
  /** Every input (path, query, body) by name: schema, required, description. */
  inputs: Record<string, { schema: JsonSchema; required: boolean }>;
  /** The success body's schema; undefined for a 204. */
  result?: JsonSchema;
}

export interface MethodTable {
  /** resource -> method -> entry, in the spec's order. */
  methods: Record<string, Record<string, MethodEntry>>;
  docs: Record<string, Record<string, MethodDocs>>;
  /** Tag descriptions, by resource. */
  resources: Record<string, string>;
}

/** The table is built in place; the client reads it as read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

function argShape(raw: unknown, where?: ArgInfo["in"]): ArgInfo {
  const s = flattenAllOf(raw);
  const type = Array.isArray(s.type) ? (s.type as string[])[0] : s.type;
  const info: Writable<ArgInfo> = where ? { in: where } : {};
  if (typeof type === "string") info.type = type;
  if (Array.isArray(s.enum)) info.enum = s.enum as ArgInfo["enum"];
  if (typeof s.minimum === "number") info.min = s.minimum;
  if (typeof s.maximum === "number") info.max = s.maximum;
  if (typeof s.minLength === "number") info.minLength = s.minLength;
  if (typeof s.maxLength === "number") info.maxLength = s.maxLength;
  if (typeof s["x-max-bytes"] === "number") info.maxBytes = s["x-max-bytes"];
  if (typeof s.pattern === "string") info.pattern = s.pattern;
  if (s.default !== undefined) info.default = s.default as ArgInfo["default"];
  if (s["x-json-text"] === true) info.json = true;
  if (typeof s.minItems === "number") info.minItems = s.minItems;
  if (s.items) info.items = argShape(s.items);
  return info;
}

/** The names of opaque properties anywhere in a response schema. */
function opaqueKeys(node: unknown, out: Set<string>): void {
  if (!isObject(node)) return;
  const s = flattenAllOf(node);
  for (const branch of [
    ...((s.oneOf as unknown[]) ?? []),
    ...((s.anyOf as unknown[]) ?? []),
  ])
    opaqueKeys(branch, out);
  opaqueKeys(s.items, out);
  for (const [name, prop] of Object.entries((s.properties as JsonSchema) ?? {}))
    if (isObject(prop) && prop["x-opaque"] === true) out.add(name);
    else opaqueKeys(prop, out);
}

/**
 * The top-level kind of a success body: `object`, `array`, or `any` when the
 * schema allows both (a `oneOf`/`anyOf` mixing them, or no type at all).
 */
export function bodyKind(node: unknown): BodyKind {
  const s = flattenAllOf(node);
  const branches = [
    ...((s.oneOf as unknown[]) ?? []),
    ...((s.anyOf as unknown[]) ?? []),
  ];
  const kinds = new Set<BodyKind>(branches.map(bodyKind));
  const types = ([] as unknown[]).concat(s.type ?? []);
  if (types.includes("array") || s.items) kinds.add("array");
  if (types.includes("object") || s.properties) kinds.add("object");
  return kinds.size === 1 ? [...kinds][0]! : "any";
}

/** The key of `x-civis-normalize: { key: K }` on an operation, if any. */
function normalizeKey(op: JsonSchema): string | undefined {
  const mark = op["x-civis-normalize"];
  if (mark === undefined) return undefined;
  if (!isObject(mark) || typeof mark.key !== "string")
    throw new Error(
      `${String(op.operationId)}: x-civis-normalize needs { key: <name> }`,
    );
  return mark.key;
}

/**
 * The positional arguments (spec header, "Positional arguments"): path
 * parameters in path order, then required query parameters, then the body's
 * `required` list in order; or the operation's explicit `x-civis-args`.
 */
function positional(
  op: JsonSchema,
  path: string,
  params: JsonSchema[],
  body: JsonSchema | undefined,
  known: Record<string, unknown>,
): string[] {
  const explicit = op["x-civis-args"];
  if (explicit !== undefined) {
    if (
      !Array.isArray(explicit) ||
      explicit.some((a) => typeof a !== "string" || !(a in known))
    )
      throw new Error(
        `${String(op.operationId)}: x-civis-args must list declared arguments`,
      );
    return explicit as string[];
  }
  return [
    ...[...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
    ...params
      .filter((p) => p.in === "query" && p.required === true)
      .map((p) => p.name as string),
    ...(((body && flattenAllOf(body).required) as string[] | undefined) ?? []),
  ];
}

const has = (response: unknown, header: string) =>
  isObject(response) &&
  isObject(response.headers) &&
  header in response.headers;

export function buildMethodTable(spec: JsonSchema): MethodTable {
  const table: MethodTable = { methods: {}, docs: {}, resources: {} };
  for (const tag of (spec.tags as JsonSchema[] | undefined) ?? [])
    table.resources[tag.name as string] = String(tag.description ?? "");
  for (const walked of operations(spec)) {
    const { path, operation: op } = walked;
    const id = walked.operationId ?? "";
    const resource = walked.tags[0];
    if (!resource || !id.startsWith(`${resource}_`))
      throw new Error(`${id}: the first tag must be the resource prefix`);
    const name = id.slice(resource.length + 1);
    // Headers and cookies: the client sends none of its own.
    const params = walked.parameters.filter(
      (p) => p.in === "path" || p.in === "query",
    );
    const entry: MethodEntry = { route: "", args: [], params: {} };
    const inputs: MethodDocs["inputs"] = {};
    for (const p of params) {
      const where = p.in as "path" | "query";
      const schema = {
        ...(p.schema as JsonSchema),
        ...(p.description ? { description: p.description } : {}),
      };
      entry.params[p.name as string] = argShape(p.schema, where);
      inputs[p.name as string] = {
        schema,
        required: where === "path" || p.required === true,
      };
    }
    const body = jsonContent(walked.requestBody);
    if (body) {
      entry.body = true;
      const flat = flattenAllOf(body);
      const required = (flat.required as string[] | undefined) ?? [];
      for (const [prop, schema] of Object.entries(
        flat.properties as JsonSchema,
      )) {
        entry.params[prop] = argShape(schema, "body");
        inputs[prop] = {
          schema: schema as JsonSchema,
          required: required.includes(prop),
        };
      }
    }
    const below = path.slice(resource.length + 1);
    if (!path.startsWith(`/${resource}`) || !/^(\/|$)/.test(below))
      throw new Error(`${id}: the path must start with /${resource}`);
    entry.route = below ? `${walked.method} ${below}` : walked.method;
    entry.args = positional(op, path, params, body, entry.params);
    const success = walked.responses[String(walked.successCodes[0])];
    if (!success) throw new Error(`${id} lists no 2xx response`);
    if (has(success, "X-Pagination-Total-Pages")) entry.paginated = true;
    const result = jsonContent(success);
    const opaque = new Set<string>();
    opaqueKeys(result, opaque);
    if (opaque.size) entry.opaque = [...opaque].sort();
    const normalize = normalizeKey(op);
    if (normalize) entry.normalize = normalize;
    if (result) entry.returns = bodyKind(result);
    (table.methods[resource] ??= {})[name] = entry;
    (table.docs[resource] ??= {})[name] = {
      operationId: id,
      summary: String(op.summary ?? ""),
      ...(op.description ? { description: String(op.description) } : {}),
      inputs,
      ...(result ? { result } : {}),
    };
  }
  return table;
}
