// An OpenAPI document against the API reference's inventory
// (test/seed-inventory.json), both ways: operations with their verbs and
// paths, parameters, response fields and their types, status codes, and
// nothing the reference does not mention unless an `x-` extension says why.
// The document is read by the emulator's spec loader (every `$ref` inlined),
// so this file only walks schemas. Each problem is one line starting with the
// operationId; the test runs it on the real spec and on small fixtures.
import {
  parseSpec,
  type SpecOperation,
} from "../../src/emulator/engine/load-spec.js";
import { isObject, type JsonSchema } from "../../src/spec/document.js";
import { camelCase } from "../../src/spec/name-case.js";

/** One parameter of a reference method (civis-python's `iterator` flag excluded). */
export interface SeedParam {
  name: string;
  /** As the reference prints it: `int`, `str`, `bool`, `List[int]`. */
  type: string;
  /** Positional in the reference's signature; keyword-only ones are optional. */
  required: boolean;
  in: "path" | "query" | "body";
}

/** One method of the reference, as test/seed-inventory.json records it. */
export interface SeedMethod {
  resource: string;
  method: string;
  operationId: string;
  verb: string;
  path: string;
  paginated: boolean;
  params: SeedParam[];
  /** Only where the reference prints "Response code NNN". */
  responseCode?: number;
  /** Dotted snake_case paths of the response fields, containers included. */
  responseFields: string[];
  /** The reference's type of each field (`int`, `str (time)`, `List[dict]`, ...). */
  responseFieldTypes: Record<string, string>;
}

export interface SeedInventory {
  methods: SeedMethod[];
}

/** A printed "Response code" wins; else 204 for deletes, 201 for creates, 200. */
export function expectedStatus(m: SeedMethod): number {
  if (m.responseCode !== undefined) return m.responseCode;
  if (m.verb === "DELETE") return 204;
  return m.method === "post" || m.method === "post_resources" ? 201 : 200;
}

/** The node and the members of its `allOf`, `oneOf` and `anyOf`, recursively. */
function facets(node: unknown): JsonSchema[] {
  if (!isObject(node)) return [];
  const members = ["allOf", "oneOf", "anyOf"].flatMap((k) =>
    Array.isArray(node[k]) ? (node[k] as unknown[]) : [],
  );
  return [node, ...members.flatMap(facets)];
}

/** An `x-` extension with a reason, on the node or one of its facets. */
const exempt = (node: unknown) =>
  facets(node).some((f) =>
    Object.entries(f).some(
      ([k, v]) => k.startsWith("x-") && typeof v === "string" && v.trim(),
    ),
  );

/** Marked as following the recorded responses rather than the reference. */
const recorded = (node: unknown) =>
  facets(node).some((f) => typeof f["x-recorded"] === "string");

/** The JSON types a schema admits. */
function types(node: unknown): Set<string> {
  const out = new Set<string>();
  for (const f of facets(node)) {
    for (const t of [f["type"]].flat()) if (typeof t === "string") out.add(t);
    if (isObject(f["properties"])) out.add("object");
    if (f["items"] !== undefined) out.add("array");
    for (const v of Array.isArray(f["enum"]) ? f["enum"] : [])
      out.add(v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);
  }
  return out;
}

const wanted: Record<string, string> = {
  int: "integer",
  str: "string",
  "str (time)": "string",
  bool: "boolean",
  dict: "object",
};

/** Why one of `nodes` does not fit the reference's type, or undefined when one does. */
function typeProblem(nodes: unknown[], seedType: string): string | undefined {
  const problems = nodes.map((node): string | undefined => {
    if (seedType === "object") return undefined; // any JSON (a JSON value's `value`)
    const list = /^List\[(\w+)\]$/.exec(seedType);
    const want = list ? "array" : wanted[seedType];
    if (!types(node).has(want ?? seedType))
      return `type ${[...types(node)].join("|") || "none"}, seed says ${seedType} (${want})`;
    if (
      seedType === "str (time)" &&
      !facets(node).some((f) => f["format"] === "date-time")
    )
      return "a timestamp without format: date-time";
    const items = facets(node).flatMap((f) => f["items"] ?? []);
    const inner = list && typeProblem(items, list[1]!);
    return inner ? `items: ${inner}` : undefined;
  });
  return problems.includes(undefined) ? undefined : problems[0];
}

interface Field {
  nodes: unknown[];
  exempt: boolean;
}

/** Every property of a schema by dotted path, through array `items`. */
function fields(schema: unknown): Map<string, Field> {
  const out = new Map<string, Field>();
  const walk = (node: unknown, prefix: string, excused: boolean) => {
    for (const part of facets(node)) {
      if (part["items"] !== undefined) walk(part["items"], prefix, excused);
      if (!isObject(part["properties"])) continue;
      for (const [name, sub] of Object.entries(part["properties"])) {
        const path = prefix ? `${prefix}.${name}` : name;
        const field = out.get(path) ?? { nodes: [], exempt: true };
        field.nodes.push(sub);
        field.exempt &&= excused || exempt(sub);
        out.set(path, field);
        walk(sub, path, excused || exempt(sub));
      }
    }
  };
  walk(schema, "", exempt(schema));
  return out;
}

/** Names a body's properties must carry (`required` of every `allOf` part). */
const requiredNames = (schema: unknown) =>
  new Set(
    facets(schema)
      .filter((f) => !("oneOf" in f || "anyOf" in f))
      .flatMap((f) => (Array.isArray(f["required"]) ? f["required"] : [])),
  );

function checkParams(m: SeedMethod, op: SpecOperation): string[] {
  const problems: string[] = [];
  const body = op.requestBody ? fields(op.requestBody.schema) : new Map();
  const bodyRequired = requiredNames(op.requestBody?.schema);
  const bare = (name: string) => name.replace(/\[\]$/, "");
  for (const p of m.params) {
    const where = p.in === "body" ? "body" : `${p.in} parameter`;
    const found =
      p.in === "body"
        ? body.get(p.name) && {
            nodes: body.get(p.name)!.nodes,
            required: bodyRequired.has(p.name),
          }
        : op.parameters
            .filter((q) => q.in === p.in && bare(q.name) === p.name)
            .map((q) => ({ nodes: [q.schema], required: q.required }))[0];
    if (!found) {
      problems.push(`${m.operationId}: lacks ${where} ${p.name}`);
      continue;
    }
    if (found.required !== p.required)
      problems.push(
        `${m.operationId}: ${where} ${p.name} should ${p.required ? "" : "not "}be required`,
      );
    const type = typeProblem(found.nodes, p.type);
    if (type) problems.push(`${m.operationId}: ${where} ${p.name} is ${type}`);
  }
  const named = new Set(m.params.map((p) => `${p.in} ${p.name}`));
  for (const q of op.parameters)
    if (!named.has(`${q.in} ${bare(q.name)}`) && !exempt(q.schema))
      problems.push(
        `${m.operationId}: ${q.in} parameter ${q.name} is not in the seed`,
      );
  for (const [name, field] of body)
    if (!name.includes(".") && !named.has(`body ${name}`) && !field.exempt)
      problems.push(
        `${m.operationId}: body property ${name} is not in the seed`,
      );
  return problems;
}

function checkResponse(m: SeedMethod, op: SpecOperation): string[] {
  const status = expectedStatus(m);
  const codes = [...op.responses.keys()].filter((c) => c >= 200 && c < 300);
  if (codes.join() !== String(status))
    return [
      `${m.operationId}: documents ${codes.join(", ")}, expected ${status}`,
    ];
  const schema = op.responses.get(status);
  if (status === 204)
    return schema ? [`${m.operationId}: the 204 response declares a body`] : [];
  if (!schema)
    return [`${m.operationId}: no application/json success response`];
  if (recorded(schema)) return [];
  const problems: string[] = [];
  const declared = fields(schema);
  for (const seedPath of m.responseFields) {
    const wire = camelCase(seedPath);
    const field = declared.get(wire);
    if (!field) problems.push(`${m.operationId}: response lacks ${wire}`);
    else if (!field.nodes.some(recorded)) {
      const type = typeProblem(field.nodes, m.responseFieldTypes[seedPath]!);
      if (type) problems.push(`${m.operationId}: response ${wire} is ${type}`);
    }
  }
  const mentioned = new Set(m.responseFields.map(camelCase));
  for (const [path, field] of declared)
    if (!mentioned.has(path) && !field.exempt)
      problems.push(
        `${m.operationId}: response property ${path} is not in the seed`,
      );
  return problems;
}

/**
 * Every problem between an OpenAPI document and the inventory; empty when
 * they agree. `additions` are operations the API has beyond the reference.
 */
export function compareSpecToInventory(
  document: JsonSchema,
  inventory: SeedInventory,
  additions: readonly string[] = [],
): string[] {
  const spec = parseSpec(document);
  const seeds = new Set(inventory.methods.map((m) => m.operationId));
  const problems = [
    ...[...spec.byOperationId.keys()]
      .filter((id) => !seeds.has(id) && !additions.includes(id))
      .map((id) => `${id}: operation not in the seeds`),
    ...additions
      .filter((id) => !spec.byOperationId.has(id))
      .map((id) => `${id}: listed as an addition, but the spec lacks it`),
  ];
  for (const m of inventory.methods) {
    const op = spec.byOperationId.get(m.operationId);
    if (!op) problems.push(`${m.operationId}: no operation`);
    else if (op.method !== m.verb || op.path !== m.path)
      problems.push(
        `${m.operationId}: is ${op.method} ${op.path}, seed says ${m.verb} ${m.path}`,
      );
    else problems.push(...checkParams(m, op), ...checkResponse(m, op));
  }
  return problems;
}
