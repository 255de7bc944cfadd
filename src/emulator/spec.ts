// Reads spec/openapi.yaml into the few facts the engine needs per operation:
// route, parameters and body schemas (with every `$ref` inlined, so ajv sees
// self-contained schemas) and the success status. The spec is the only
// source of the emulator's routes and validation rules.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** A JSON Schema object as written in the spec (2020-12 dialect). */
export type JsonSchema = { [keyword: string]: unknown };

/** One path or query parameter of an operation. */
export interface SpecParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonSchema;
}

/** What the engine knows about one operation. */
export interface SpecOperation {
  /** `<resource>_<seed method>`. */
  operationId: string;
  /** Upper case: GET, POST, PUT, PATCH, DELETE. */
  method: string;
  /** The spec's template, e.g. `/groups/{id}/members/{user_id}`. */
  path: string;
  parameters: SpecParameter[];
  /** The JSON body schema, or null when the operation takes no body. */
  requestBody: { required: boolean; schema: JsonSchema } | null;
  /** The lowest 2xx status the spec lists (201 for creates, 204 for deletes). */
  successStatus: number;
  /** True when the success response is 204 No Content. */
  noContent: boolean;
}

/** The loaded spec: its operations in document order. */
export interface EmulatorSpec {
  title: string;
  version: string;
  operations: SpecOperation[];
  byOperationId: ReadonlyMap<string, SpecOperation>;
  /** The parsed document as written (`$ref`s kept), e.g. for `GET /endpoints`. */
  document: JsonSchema;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * `spec/openapi.yaml` of this package. From `src/emulator/` (tsx) and from
 * `dist/emulator/` (built) alike it is two folders up.
 */
export function defaultSpecPath(): string {
  return fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
}

/** Reads and parses a spec file (YAML or JSON). */
export function loadSpec(path: string = defaultSpecPath()): EmulatorSpec {
  const text = readFileSync(path, "utf8");
  return parseSpec(parse(text) as unknown);
}

/** Turns a parsed OpenAPI 3.1 document into the engine's operation list. */
export function parseSpec(doc: unknown): EmulatorSpec {
  if (!isObject(doc) || !isObject(doc["paths"])) {
    throw new Error("OpenAPI document has no `paths` object");
  }
  const resolve = (node: unknown) => inlineRefs(node, doc, []);
  const info = isObject(doc["info"]) ? doc["info"] : {};
  const operations: SpecOperation[] = [];
  const byOperationId = new Map<string, SpecOperation>();

  for (const [path, rawItem] of Object.entries(doc["paths"])) {
    const item = resolve(rawItem);
    if (!isObject(item)) continue;
    const shared = asArray(item["parameters"]);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operationId = op["operationId"];
      if (typeof operationId !== "string" || operationId === "") {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      }
      if (byOperationId.has(operationId)) {
        throw new Error(`Duplicate operationId ${operationId}`);
      }
      const operation: SpecOperation = {
        operationId,
        method: method.toUpperCase(),
        path,
        parameters: mergeParameters(shared, asArray(op["parameters"])),
        requestBody: readBody(op["requestBody"]),
        ...readSuccess(op["responses"], operationId),
      };
      checkPathParameters(operation);
      operations.push(operation);
      byOperationId.set(operationId, operation);
    }
  }
  return {
    title: String(info["title"] ?? ""),
    version: String(info["version"] ?? ""),
    operations,
    byOperationId,
    document: doc,
  };
}

// Operation-level parameters override path-level ones with the same name+in.
function mergeParameters(shared: unknown[], own: unknown[]): SpecParameter[] {
  const byKey = new Map<string, SpecParameter>();
  for (const raw of [...shared, ...own]) {
    if (!isObject(raw)) continue;
    const where = raw["in"];
    if (where !== "path" && where !== "query") continue; // headers, cookies: unused
    const name = String(raw["name"]);
    byKey.set(`${where}:${name}`, {
      name,
      in: where,
      required: where === "path" || raw["required"] === true,
      schema: isObject(raw["schema"]) ? raw["schema"] : {},
    });
  }
  return [...byKey.values()];
}

function readBody(raw: unknown): SpecOperation["requestBody"] {
  if (!isObject(raw) || !isObject(raw["content"])) return null;
  const media = raw["content"]["application/json"];
  if (!isObject(media)) return null;
  return {
    required: raw["required"] === true,
    schema: isObject(media["schema"]) ? media["schema"] : {},
  };
}

function readSuccess(
  raw: unknown,
  operationId: string,
): Pick<SpecOperation, "successStatus" | "noContent"> {
  const codes = isObject(raw)
    ? Object.keys(raw)
        .map(Number)
        .filter((code) => code >= 200 && code < 300)
        .sort((a, b) => a - b)
    : [];
  const successStatus = codes[0];
  if (successStatus === undefined) {
    throw new Error(`${operationId} lists no 2xx response`);
  }
  return { successStatus, noContent: successStatus === 204 };
}

function checkPathParameters(op: SpecOperation): void {
  for (const match of op.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1];
    if (!op.parameters.some((p) => p.in === "path" && p.name === name)) {
      throw new Error(
        `${op.operationId}: path parameter {${name}} is not declared`,
      );
    }
  }
}

/** The document with every local `$ref` inlined (also used by the generator). */
export function inlineSpecRefs(doc: unknown): unknown {
  return isObject(doc) ? inlineRefs(doc, doc, []) : doc;
}

/**
 * Replaces every local `$ref` by a copy of its target. Siblings of a `$ref`
 * (descriptions, mostly) are kept, overriding the target's. Cycles throw:
 * the emulator's spec has none, and inlining one would never end.
 */
function inlineRefs(node: unknown, doc: JsonSchema, seen: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, doc, seen));
  if (!isObject(node)) return node;
  const ref = node["$ref"];
  if (typeof ref === "string") {
    if (seen.includes(ref)) {
      throw new Error(`Circular $ref: ${[...seen, ref].join(" -> ")}`);
    }
    const target = inlineRefs(pointer(doc, ref), doc, [...seen, ref]);
    const { $ref: _ignored, ...siblings } = node;
    const rest = inlineRefs(siblings, doc, seen);
    return isObject(target) && isObject(rest) ? { ...target, ...rest } : target;
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = inlineRefs(value, doc, seen);
  }
  return out;
}

function pointer(doc: JsonSchema, ref: string): unknown {
  if (!ref.startsWith("#/")) {
    throw new Error(`Only local $refs are supported: ${ref}`);
  }
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) || !(key in node)) {
      throw new Error(`Unresolvable $ref: ${ref}`);
    }
    node = node[key];
  }
  return node;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
