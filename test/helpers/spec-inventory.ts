/**
 * Compares an OpenAPI 3.1 document with the seed inventory
 * (test/seed-inventory.json), both ways. Pure functions over parsed JSON, so
 * that test/spec-inventory.test.ts can run them on the real spec and on small
 * fixtures alike. Every problem is one line starting with the operationId.
 */
import type {
  SeedInventory,
  SeedMethod,
  SeedParam,
} from "../../scripts/seed-inventory.js";
import { resolveRef } from "../../src/emulator/spec-document.js";

type JsonObject = { [key: string]: unknown };

const httpVerbs = [
  "get",
  "put",
  "post",
  "delete",
  "patch",
  "head",
  "options",
  "trace",
] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `total_user_shares` -> `totalUserShares`, segment by segment for dotted paths. */
export function camelCase(name: string): string {
  return name
    .split(".")
    .map((s) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()))
    .join(".");
}

/** Follows a local `$ref` (`#/components/...`), repeatedly; anything else is returned as is. */
export function deref(spec: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 32 && isObject(current); hops++) {
    const ref = current["$ref"];
    if (typeof ref !== "string") return current;
    current = resolveRef(spec, ref);
  }
  return current;
}

/**
 * The schema objects that describe the same value as `node`: the node itself,
 * its `$ref` target (3.1 allows siblings beside `$ref`) and its `allOf`,
 * `oneOf` and `anyOf` members, recursively. Array `items` are a level below.
 */
function facets(spec: unknown, node: unknown, depth = 0): JsonObject[] {
  if (!isObject(node) || depth > 24) return [];
  const out: JsonObject[] = [node];
  if (typeof node["$ref"] === "string")
    out.push(...facets(spec, deref(spec, node), depth + 1));
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const members = node[key];
    if (Array.isArray(members))
      for (const m of members) out.push(...facets(spec, m, depth + 1));
  }
  return out;
}

/** True when a node carries an `x-` extension whose string value says why it is not in the seeds. */
function hasReason(node: JsonObject): boolean {
  return Object.entries(node).some(
    ([key, value]) =>
      key.startsWith("x-") && typeof value === "string" && value.trim() !== "",
  );
}

function exempt(spec: unknown, node: unknown): boolean {
  return facets(spec, node).some(hasReason);
}

/**
 * True when the node follows recorded responses rather than the seeds, and
 * says why (`x-recorded`, the spec's precedence rule).
 */
function recorded(spec: unknown, node: unknown): boolean {
  return facets(spec, node).some((f) => {
    const why = f["x-recorded"];
    return typeof why === "string" && why.trim() !== "";
  });
}

/** The JSON types a schema admits (`type`, or inferred from `properties`/`items`/`enum`/`const`). */
function schemaTypes(spec: unknown, node: unknown): Set<string> {
  const types = new Set<string>();
  for (const f of facets(spec, node)) {
    const t = f["type"];
    if (typeof t === "string") types.add(t);
    if (Array.isArray(t))
      for (const x of t) if (typeof x === "string") types.add(x);
    if (isObject(f["properties"])) types.add("object");
    if (f["items"] !== undefined) types.add("array");
    const values = Array.isArray(f["enum"])
      ? f["enum"]
      : "const" in f
        ? [f["const"]]
        : [];
    for (const v of values) {
      if (v === null) types.add("null");
      else if (typeof v === "number")
        types.add(Number.isInteger(v) ? "integer" : "number");
      else if (typeof v === "string" || typeof v === "boolean")
        types.add(typeof v);
    }
  }
  return types;
}

function schemaItems(spec: unknown, node: unknown): unknown[] {
  return facets(spec, node)
    .map((f) => f["items"])
    .filter((i) => i !== undefined);
}

function schemaFormats(spec: unknown, node: unknown): Set<string> {
  return new Set(
    facets(spec, node)
      .map((f) => f["format"])
      .filter((f): f is string => typeof f === "string"),
  );
}

/** Why `node` does not fit the seed's type (`int`, `str (time)`, `List[int]`, `dict`, ...), or undefined. */
export function typeMismatch(
  spec: unknown,
  node: unknown,
  seedType: string,
): string | undefined {
  if (seedType === "object") return undefined; // arbitrary JSON (json_values value)
  const types = schemaTypes(spec, node);
  const list = /^List\[(\w+)\]$/.exec(seedType);
  const want: Record<string, string> = {
    int: "integer",
    str: "string",
    "str (time)": "string",
    bool: "boolean",
    dict: "object",
  };
  const expected = list ? "array" : want[seedType];
  if (expected === undefined) return `unknown seed type ${seedType}`;
  const shown = [...types].join("|") || "none";
  if (!types.has(expected))
    return `type ${shown}, seed says ${seedType} (${expected})`;
  if (seedType === "str (time)" && !schemaFormats(spec, node).has("date-time"))
    return "a timestamp without format: date-time";
  if (list) {
    const items = schemaItems(spec, node);
    const inner = list[1] ?? "";
    if (items.length === 0)
      return `an array without items, seed says ${seedType}`;
    const problem = items
      .map((i) => typeMismatch(spec, i, inner))
      .find((p) => p !== undefined);
    if (problem) return `items: ${problem}`;
  }
  return undefined;
}

interface SchemaField {
  /** Dotted camelCase path as the spec spells it. */
  path: string;
  /** The property schemas for that path (several where branches or operations overlap). */
  nodes: unknown[];
  /** Marked with an `x-` reason here or on an ancestor. */
  exempt: boolean;
}

/** Every property of a schema, recursively, through `$ref`, `allOf`, `oneOf`, `anyOf` and array `items`. */
export function schemaFields(
  spec: unknown,
  schema: unknown,
): Map<string, SchemaField> {
  const out = new Map<string, SchemaField>();
  const walk = (
    node: unknown,
    prefix: string,
    inherited: boolean,
    depth: number,
  ) => {
    if (depth > 16) return;
    const parts = facets(spec, node);
    const isExempt = inherited || parts.some(hasReason);
    for (const part of parts) {
      if (part["items"] !== undefined)
        walk(part["items"], prefix, isExempt, depth + 1);
      const props = part["properties"];
      if (!isObject(props)) continue;
      for (const [name, sub] of Object.entries(props)) {
        const path = prefix === "" ? name : `${prefix}.${name}`;
        const subExempt = isExempt || exempt(spec, sub);
        const seen = out.get(path);
        if (seen) {
          seen.nodes.push(sub);
          seen.exempt &&= subExempt;
        } else out.set(path, { path, nodes: [sub], exempt: subExempt });
        walk(sub, path, subExempt, depth + 1);
      }
    }
  };
  walk(schema, "", false, 0);
  return out;
}

/**
 * The property names a JSON object must carry: `required` of the node, its
 * `$ref` and `allOf` members, plus what every `oneOf`/`anyOf` branch requires.
 */
function requiredNames(spec: unknown, node: unknown, depth = 0): Set<string> {
  const out = new Set<string>();
  if (!isObject(node) || depth > 24) return out;
  const own = node["required"];
  if (Array.isArray(own))
    for (const r of own) if (typeof r === "string") out.add(r);
  if (typeof node["$ref"] === "string")
    for (const r of requiredNames(spec, deref(spec, node), depth + 1))
      out.add(r);
  const allOf = node["allOf"];
  if (Array.isArray(allOf))
    for (const m of allOf)
      for (const r of requiredNames(spec, m, depth + 1)) out.add(r);
  for (const key of ["oneOf", "anyOf"]) {
    const branches = node[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const sets = branches.map((b) => requiredNames(spec, b, depth + 1));
    for (const r of sets[0] ?? []) if (sets.every((s) => s.has(r))) out.add(r);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Operations

/** One operation of the spec with its parameters, request body and responses resolved. */
export interface SpecOperation {
  operationId: string;
  verb: string;
  path: string;
  params: {
    name: string;
    in: string;
    required: boolean;
    schema: unknown;
    exempt: boolean;
  }[];
  /** The `application/json` request body schema, if any. */
  body?: unknown;
  bodyRequired: boolean;
  /** Status code -> response object (resolved). */
  responses: Map<string, JsonObject>;
}

/** All operations of the spec, path-level parameters merged into each. */
export function specOperations(spec: unknown): SpecOperation[] {
  const ops: SpecOperation[] = [];
  const paths = isObject(spec) && isObject(spec["paths"]) ? spec["paths"] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(spec, rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item["parameters"]) ? item["parameters"] : [];
    for (const verb of httpVerbs) {
      const op = item[verb];
      if (!isObject(op)) continue;
      const byKey = new Map<string, JsonObject>();
      for (const raw of [
        ...shared,
        ...(Array.isArray(op["parameters"]) ? op["parameters"] : []),
      ]) {
        const p = deref(spec, raw);
        if (isObject(p))
          byKey.set(`${String(p["in"])} ${String(p["name"])}`, p);
      }
      const requestBody = deref(spec, op["requestBody"]);
      const content = isObject(requestBody)
        ? deref(spec, requestBody["content"])
        : undefined;
      const json = isObject(content) ? content["application/json"] : undefined;
      const responses = new Map<string, JsonObject>();
      const rawResponses = op["responses"];
      if (isObject(rawResponses))
        for (const [code, r] of Object.entries(rawResponses)) {
          const resolved = deref(spec, r);
          if (isObject(resolved)) responses.set(code, resolved);
        }
      ops.push({
        operationId:
          typeof op["operationId"] === "string" ? op["operationId"] : "",
        verb: verb.toUpperCase(),
        path,
        params: [...byKey.values()].map((p) => ({
          name: String(p["name"]),
          in: String(p["in"]),
          required: p["required"] === true,
          schema: p["schema"],
          exempt: hasReason(p) || exempt(spec, p["schema"]),
        })),
        ...(isObject(json) && json["schema"] !== undefined
          ? { body: json["schema"] }
          : {}),
        bodyRequired: isObject(requestBody) && requestBody["required"] === true,
        responses,
      });
    }
  }
  return ops;
}

/** The status the seeds and DESIGN.md give: a printed "Response code" wins, else 204/201/200. */
export function expectedStatus(method: SeedMethod): number {
  if (method.responseCode !== undefined) return method.responseCode;
  if (method.verb === "DELETE") return 204;
  if (method.method === "post" || method.method === "post_resources")
    return 201;
  return 200;
}

/** The JSON schema of the success response (the expected code, else the first 2xx). */
function successSchema(
  spec: unknown,
  op: SpecOperation,
  status: number,
): unknown {
  const response =
    op.responses.get(String(status)) ??
    [...op.responses.entries()].find(([code]) => /^2\d\d$/.test(code))?.[1];
  const content = response ? deref(spec, response["content"]) : undefined;
  const json = isObject(content) ? content["application/json"] : undefined;
  return isObject(json) ? json["schema"] : undefined;
}

/** A seed array query param may be spelled `user_ids[]` on the wire. */
const paramName = (name: string) => name.replace(/\[\]$/, "");

interface Pair {
  method: SeedMethod;
  op: SpecOperation;
}

/**
 * Pairs seed methods with operations by operationId; problems for anything
 * unpaired, except the operations listed as known additions.
 */
function pairUp(
  spec: unknown,
  inventory: SeedInventory,
  additions: readonly string[] = [],
): { pairs: Pair[]; problems: string[] } {
  const ops = specOperations(spec);
  const problems: string[] = [];
  const byId = new Map<string, SpecOperation>();
  for (const op of ops) {
    if (op.operationId === "")
      problems.push(`${op.verb} ${op.path}: no operationId`);
    else if (byId.has(op.operationId))
      problems.push(`${op.operationId}: operationId used twice`);
    else byId.set(op.operationId, op);
  }
  const added = new Set(additions);
  const known = new Set(inventory.methods.map((m) => m.operationId));
  const counted = ops.filter(
    (op) => known.has(op.operationId) || !added.has(op.operationId),
  ).length;
  if (counted !== inventory.methods.length)
    problems.push(
      `(spec): ${counted} operations besides the known additions, the seeds have ${inventory.methods.length} methods`,
    );
  const pairs: Pair[] = [];
  for (const method of inventory.methods) {
    const op = byId.get(method.operationId);
    if (op) pairs.push({ method, op });
    else
      problems.push(
        `${method.operationId}: no operation (seed: ${method.verb} ${method.path})`,
      );
  }
  for (const id of byId.keys())
    if (!known.has(id) && !added.has(id))
      problems.push(`${id}: operation not in the seeds`);
  for (const id of added)
    if (known.has(id))
      problems.push(`${id}: listed as an addition, but the seeds have it`);
    else if (!byId.has(id))
      problems.push(`${id}: listed as an addition, but the spec lacks it`);
  return { pairs, problems };
}

// ---------------------------------------------------------------------------
// The checks, one family each

/** Operation count, operationIds, verbs and paths; `additions` are beyond the seeds. */
export function checkOperations(
  spec: unknown,
  inventory: SeedInventory,
  additions: readonly string[] = [],
): string[] {
  const { pairs, problems } = pairUp(spec, inventory, additions);
  for (const { method, op } of pairs)
    if (op.verb !== method.verb || op.path !== method.path)
      problems.push(
        `${method.operationId}: is ${op.verb} ${op.path}, seed says ${method.verb} ${method.path}`,
      );
  return problems;
}

/** Every seed parameter is in the operation, in the right place, with its required-ness and type. */
export function checkParams(spec: unknown, inventory: SeedInventory): string[] {
  const problems: string[] = [];
  for (const { method, op } of pairUp(spec, inventory).pairs) {
    const id = method.operationId;
    const bodyProps =
      op.body === undefined ? new Map() : topLevelProperties(spec, op.body);
    const bodyRequired =
      op.body === undefined ? new Set<string>() : requiredNames(spec, op.body);
    for (const param of method.params) {
      if (param.in === "body") {
        const nodes = bodyProps.get(param.name);
        if (!nodes) {
          problems.push(`${id}: request body lacks ${param.name}`);
          continue;
        }
        if (param.required !== bodyRequired.has(param.name))
          problems.push(
            `${id}: body ${param.name} should ${param.required ? "" : "not "}be required`,
          );
        problems.push(
          ...typeProblems(spec, id, `body ${param.name}`, nodes, param),
        );
        continue;
      }
      const found = op.params.find(
        (p) => p.in === param.in && paramName(p.name) === param.name,
      );
      if (!found) {
        const elsewhere = op.params.find(
          (p) => paramName(p.name) === param.name,
        );
        problems.push(
          elsewhere
            ? `${id}: ${param.name} is a ${elsewhere.in} parameter, seed says ${param.in}`
            : `${id}: lacks ${param.in} parameter ${param.name}`,
        );
        continue;
      }
      if (found.required !== param.required)
        problems.push(
          `${id}: ${param.in} parameter ${param.name} should ${param.required ? "" : "not "}be required`,
        );
      problems.push(
        ...typeProblems(
          spec,
          id,
          `${param.in} ${param.name}`,
          [found.schema],
          param,
        ),
      );
    }
    if (
      method.params.some((p) => p.in === "body" && p.required) &&
      !op.bodyRequired
    )
      problems.push(
        `${id}: requestBody should be required (it has required fields)`,
      );
    if (method.params.some((p) => p.in === "body") && op.body === undefined)
      problems.push(`${id}: no application/json request body`);
  }
  return problems;
}

function topLevelProperties(
  spec: unknown,
  schema: unknown,
): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const part of facets(spec, schema)) {
    const props = part["properties"];
    if (!isObject(props)) continue;
    for (const [name, sub] of Object.entries(props))
      out.set(name, [...(out.get(name) ?? []), sub]);
  }
  return out;
}

function typeProblems(
  spec: unknown,
  id: string,
  what: string,
  nodes: unknown[],
  param: SeedParam,
): string[] {
  // Any one declaration that fits is enough (oneOf branches, shared schemas).
  const mismatches = nodes.map((n) => typeMismatch(spec, n, param.type));
  if (mismatches.some((m) => m === undefined)) return [];
  return [`${id}: ${what} is ${mismatches[0] ?? ""}`];
}

/**
 * Every seed response field is in the success response schema, camelCased,
 * with its type; a schema or field marked `x-recorded` follows the recorded
 * responses instead.
 */
export function checkResponseFields(
  spec: unknown,
  inventory: SeedInventory,
): string[] {
  const problems: string[] = [];
  for (const { method, op } of pairUp(spec, inventory).pairs) {
    if (method.responseFields.length === 0) continue;
    const id = method.operationId;
    const schema = successSchema(spec, op, expectedStatus(method));
    if (schema === undefined) {
      problems.push(`${id}: no application/json success response schema`);
      continue;
    }
    if (recorded(spec, schema)) continue;
    const fields = schemaFields(spec, schema);
    for (const seedPath of method.responseFields) {
      const wirePath = camelCase(seedPath);
      const field = fields.get(wirePath);
      if (!field) {
        problems.push(`${id}: response lacks ${wirePath} (seed ${seedPath})`);
        continue;
      }
      if (field.nodes.some((n) => recorded(spec, n))) continue;
      const seedType = method.responseFieldTypes[seedPath] ?? "";
      const mismatches = field.nodes.map((n) =>
        typeMismatch(spec, n, seedType),
      );
      if (!mismatches.some((m) => m === undefined))
        problems.push(`${id}: response ${wirePath} is ${mismatches[0] ?? ""}`);
    }
  }
  return problems;
}

/** The other way: parameters, body properties and response properties the seeds do not mention. */
export function checkExtras(spec: unknown, inventory: SeedInventory): string[] {
  const problems: string[] = [];
  for (const { method, op } of pairUp(spec, inventory).pairs) {
    const id = method.operationId;
    const seedParams = new Set(method.params.map((p) => `${p.in} ${p.name}`));
    for (const p of op.params) {
      if (p.in !== "path" && p.in !== "query") continue;
      if (!p.exempt && !seedParams.has(`${p.in} ${paramName(p.name)}`))
        problems.push(`${id}: ${p.in} parameter ${p.name} is not in the seed`);
    }
    if (op.body !== undefined)
      for (const [name, nodes] of topLevelProperties(spec, op.body))
        if (
          !seedParams.has(`body ${name}`) &&
          !nodes.some((n) => exempt(spec, n))
        )
          problems.push(
            `${id}: request body property ${name} is not in the seed`,
          );
    const schema = successSchema(spec, op, expectedStatus(method));
    if (schema === undefined) continue;
    const seedFields = new Set(method.responseFields.map(camelCase));
    for (const field of schemaFields(spec, schema).values())
      if (!field.exempt && !seedFields.has(field.path))
        problems.push(
          `${id}: response property ${field.path} is not in the seed`,
        );
  }
  return problems;
}

/** 204 for deletes (no body), 201 for `post`/`post_resources`, 200 otherwise; one 2xx only. */
export function checkStatusCodes(
  spec: unknown,
  inventory: SeedInventory,
): string[] {
  const problems: string[] = [];
  for (const { method, op } of pairUp(spec, inventory).pairs) {
    const id = method.operationId;
    const want = String(expectedStatus(method));
    const success = [...op.responses.keys()].filter((c) =>
      /^2(\d\d|XX)$/.test(c),
    );
    if (!success.includes(want))
      problems.push(
        `${id}: documents ${success.join(", ") || "no 2xx"}, expected ${want}`,
      );
    else
      for (const code of success)
        if (code !== want)
          problems.push(`${id}: documents ${code} besides ${want}`);
    const noContent = op.responses.get("204");
    if (want === "204" && noContent && noContent["content"] !== undefined)
      problems.push(`${id}: the 204 response declares a body`);
  }
  return problems;
}

/** All problems between the spec and the seed inventory; empty when they agree. */
export function compareSpecToInventory(
  spec: unknown,
  inventory: SeedInventory,
  additions: readonly string[] = [],
): string[] {
  return [
    ...checkOperations(spec, inventory, additions),
    ...checkParams(spec, inventory),
    ...checkResponseFields(spec, inventory),
    ...checkExtras(spec, inventory),
    ...checkStatusCodes(spec, inventory),
  ].filter((p, i, all) => all.indexOf(p) === i);
}

/**
 * The `properties` objects that declare a response field of an operation
 * (camelCase dotted path), for tests that delete it from a copy of the spec.
 */
export function findPropertyOwners(
  spec: unknown,
  operationId: string,
  status: number,
  wirePath: string,
): JsonObject[] {
  const op = specOperations(spec).find((o) => o.operationId === operationId);
  if (!op) return [];
  const owners: JsonObject[] = [];
  const segments = wirePath.split(".");
  const walk = (node: unknown, index: number, depth: number) => {
    if (depth > 16) return;
    for (const part of facets(spec, node)) {
      if (part["items"] !== undefined) walk(part["items"], index, depth + 1);
      const props = part["properties"];
      const segment = segments[index] ?? "";
      if (!isObject(props) || !(segment in props)) continue;
      if (index === segments.length - 1) owners.push(props);
      else walk(props[segment], index + 1, depth + 1);
    }
  };
  walk(successSchema(spec, op, status), 0, 0);
  return owners;
}
