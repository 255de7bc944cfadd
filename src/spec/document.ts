// The one spec loader: spec/openapi.yaml parsed and every local `$ref`
// inlined, for the emulator, the generator (scripts/) and the tests alike.
// Inlined copies of `#/components/schemas/<Name>` remember their name, so the
// generator can still name the types it emits. And the one walker of its
// operations, so that every reader merges parameters and picks the success
// status alike.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** A JSON object as written in the spec (schemas, operations, ...). */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * `spec/openapi.yaml` of this package. From `src/emulator/` (tsx) and from
 * `dist/src/emulator/` (built) alike it is found by walking up.
 */
export function defaultSpecPath(): string {
  return fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
}

/** Reads a spec file (YAML or JSON) as written, `$ref`s and all. */
export function readSpecFile(
  path: string | URL = defaultSpecPath(),
): JsonSchema {
  const doc: unknown = parse(readFileSync(path, "utf8"));
  if (!isObject(doc)) throw new Error("OpenAPI document is not an object");
  return doc;
}

/** Reads a spec file (YAML or JSON) with every local `$ref` inlined. */
export function readSpecDocument(
  path: string | URL = defaultSpecPath(),
): JsonSchema {
  return inlineSpecRefs(readSpecFile(path));
}

const names = new WeakMap<object, string>();

/** `"Group"` for a schema inlined from `#/components/schemas/Group`. */
export function schemaName(node: unknown): string | undefined {
  return isObject(node) ? names.get(node) : undefined;
}

/** The document with every local `$ref` inlined (already inlined: a copy). */
export function inlineSpecRefs(doc: JsonSchema): JsonSchema {
  return inlineRefs(doc, doc, []) as JsonSchema;
}

/**
 * Replaces every local `$ref` by a copy of its target. Siblings of a `$ref`
 * (descriptions, mostly) are kept, overriding the target's. Cycles throw:
 * the spec has none, and inlining one would never end.
 */
function inlineRefs(node: unknown, doc: JsonSchema, seen: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, doc, seen));
  if (!isObject(node)) return node;
  const ref = node["$ref"];
  if (typeof ref === "string") {
    if (seen.includes(ref)) {
      throw new Error(`Circular $ref: ${[...seen, ref].join(" -> ")}`);
    }
    const target = inlineRefs(resolveRef(doc, ref), doc, [...seen, ref]);
    const { $ref: _ignored, ...siblings } = node;
    const rest = inlineRefs(siblings, doc, seen);
    const out =
      isObject(target) && isObject(rest) ? { ...target, ...rest } : target;
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    if (name && isObject(out)) names.set(out, name);
    return out;
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = inlineRefs(value, doc, seen);
  }
  const name = names.get(node);
  if (name) names.set(out, name);
  return out;
}

/** The node a local `$ref` (`#/components/...`) points at. */
export function resolveRef(doc: unknown, ref: string): unknown {
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

/** One operation of a document, as `operations()` reads it. */
export interface DocumentOperation {
  /** Upper case: GET, PUT, POST, ... */
  method: string;
  /** The path as the document writes it. */
  path: string;
  /** Undefined when the document gives none (a Swagger 2.0 description may not). */
  operationId: string | undefined;
  tags: string[];
  /**
   * The path item's parameters, each overridden by the operation's own of the
   * same name and `in` (as OpenAPI says), then the operation's others; a
   * `$ref` is followed. Every `in` is kept (Swagger 2.0 has `body`).
   */
  parameters: JsonSchema[];
  /** The request body object, when the operation has one. */
  requestBody: JsonSchema | undefined;
  /** The responses object as written. */
  responses: JsonSchema;
  /** The 2xx status codes the responses list, in numeric order. */
  successCodes: number[];
  /** The operation object as written (summary, description, `x-` marks...). */
  operation: JsonSchema;
}

const HTTP_METHODS = new Set([
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
]);

/**
 * Every operation of an OpenAPI 3.1 document (or a Swagger 2.0 description),
 * once, in document order: the one walker of `paths` that the emulator, the
 * generator, the `GET /endpoints` view and spec:diff all read the spec with.
 */
export function operations(doc: unknown): DocumentOperation[] {
  const paths = isObject(doc) ? doc["paths"] : undefined;
  if (!isObject(paths))
    throw new Error("OpenAPI document has no `paths` object");
  const out: DocumentOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !isObject(operation)) continue;
      const responses = isObject(operation["responses"])
        ? operation["responses"]
        : {};
      const id = operation["operationId"];
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof id === "string" ? id : undefined,
        tags: Array.isArray(operation["tags"])
          ? operation["tags"].filter((t): t is string => typeof t === "string")
          : [],
        parameters: mergeParameters(
          doc,
          item["parameters"],
          operation["parameters"],
        ),
        requestBody: isObject(operation["requestBody"])
          ? operation["requestBody"]
          : undefined,
        responses,
        successCodes: successCodes(responses),
        operation,
      });
    }
  }
  return out;
}

/** The 2xx status codes a responses object lists, in numeric order (`2XX` is no code). */
export function successCodes(responses: unknown): number[] {
  return Object.keys(isObject(responses) ? responses : {})
    .filter((code) => /^2\d\d$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
}

// Keyed by `in` and name: the operation's parameter takes the place of the
// path item's one it overrides.
function mergeParameters(
  doc: unknown,
  shared: unknown,
  own: unknown,
): JsonSchema[] {
  const byKey = new Map<string, JsonSchema>();
  for (const raw of [shared, own].flatMap((l) => (Array.isArray(l) ? l : []))) {
    const ref = isObject(raw) ? raw["$ref"] : undefined;
    const p = typeof ref === "string" ? resolveRef(doc, ref) : raw;
    if (isObject(p)) byKey.set(`${String(p["in"])}:${String(p["name"])}`, p);
  }
  return [...byKey.values()];
}

/** Merges `allOf` into one object schema (properties and required merged). */
export function flattenAllOf(node: unknown): JsonSchema {
  const s = isObject(node) ? node : {};
  if (!Array.isArray(s.allOf)) return s;
  const out: JsonSchema = { ...s, properties: {}, required: [] };
  delete out.allOf;
  for (const part of [...(s.allOf as unknown[]), { ...s, allOf: undefined }]) {
    const p = flattenAllOf(part);
    Object.assign(out.properties as JsonSchema, p.properties ?? {});
    for (const r of (p.required as string[] | undefined) ?? [])
      if (!(out.required as string[]).includes(r))
        (out.required as string[]).push(r);
    for (const [k, v] of Object.entries(p))
      if (!["properties", "required", "allOf"].includes(k) && v !== undefined)
        out[k] ??= v;
  }
  return out;
}

/** The `application/json` schema of a request body or response object. */
export function jsonContent(node: unknown): JsonSchema | undefined {
  const content = isObject(node) ? node["content"] : undefined;
  const media = isObject(content) ? content["application/json"] : undefined;
  return isObject(media) && isObject(media["schema"])
    ? media["schema"]
    : undefined;
}

export function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
