// Compiles the parts of the spec the client needs at run time (argument
// locations and constraints, opaque response keys, body normalization) into
// compact data, so that the client bundle carries neither a YAML parser nor a
// JSON-schema engine. Response keys need no list: every key is converted.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { inlineSpecRefs } from "../src/emulator/spec.js";
import type { ArgShape, CompactOperation } from "../src/spec-data-expand.js";
import type { BodyKind } from "../src/spec-data-types.js";

/** What generated/spec-data.ts holds (see src/spec-data-expand.ts). */
export interface CompactSpecData {
  operations: Record<string, CompactOperation>;
}

type Json = Record<string, unknown>;

const METHODS = ["get", "put", "post", "patch", "delete", "head"] as const;

/** The spec with every `$ref` inlined, by the emulator's own resolver. */
export function loadSpec(url: URL): Json {
  return inlineSpecRefs(parse(readFileSync(url, "utf8"))) as Json;
}

/** Flattens `allOf` into one object schema (properties and required merged). */
export function flatten(node: unknown): Json {
  const s = node as Json;
  if (!Array.isArray(s.allOf)) return s;
  const out: Json = { ...s, properties: {}, required: [] };
  delete out.allOf;
  for (const part of [...(s.allOf as unknown[]), { ...s, allOf: undefined }]) {
    const p = flatten(part);
    Object.assign(out.properties as Json, p.properties ?? {});
    (out.required as string[]).push(...((p.required as string[]) ?? []));
    for (const [k, v] of Object.entries(p))
      if (!["properties", "required", "allOf"].includes(k) && v !== undefined)
        out[k] ??= v;
  }
  return out;
}

function argShape(raw: unknown): ArgShape {
  const s = flatten(raw);
  const type = Array.isArray(s.type) ? (s.type as string[])[0] : s.type;
  const info: ArgShape = {};
  if (typeof type === "string") info.type = type;
  if (Array.isArray(s.enum)) info.enum = s.enum as ArgShape["enum"];
  if (typeof s.minimum === "number") info.min = s.minimum;
  if (typeof s.maximum === "number") info.max = s.maximum;
  if (typeof s.minLength === "number") info.minLength = s.minLength;
  if (typeof s.maxLength === "number") info.maxLength = s.maxLength;
  if (typeof s["x-max-bytes"] === "number") info.maxBytes = s["x-max-bytes"];
  if (typeof s.pattern === "string") info.pattern = s.pattern;
  if (s.default !== undefined) info.default = s.default as ArgShape["default"];
  if (s["x-json-text"] === true) info.json = true;
  if (typeof s.minItems === "number") info.minItems = s.minItems;
  if (s.items) info.items = argShape(s.items);
  return info;
}

/** `targetFileName` -> `target_file_name`. */
export const snake = (k: string) =>
  k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Walks a response schema, noting the names of opaque properties. */
function walkResponse(
  node: unknown,
  opaque: Set<string>,
  seen = new Set<unknown>(),
): void {
  if (!node || seen.has(node)) return;
  seen.add(node);
  const s = flatten(node);
  for (const branch of [
    ...((s.oneOf as unknown[]) ?? []),
    ...((s.anyOf as unknown[]) ?? []),
  ])
    walkResponse(branch, opaque, seen);
  if (s.items) walkResponse(s.items, opaque, seen);
  for (const [name, prop] of Object.entries((s.properties as Json) ?? {})) {
    if ((prop as Json)["x-opaque"] === true) opaque.add(name);
    else walkResponse(prop, opaque, seen);
  }
}

/** The key of `x-civis-normalize: { key: K }` on an operation, if any. */
function normalizeKey(op: Json): string | undefined {
  const mark = op["x-civis-normalize"] as Json | undefined;
  if (mark === undefined) return undefined;
  if (typeof mark?.key !== "string")
    throw new Error(
      `${String(op.operationId)}: x-civis-normalize needs { key: <name> }`,
    );
  return mark.key;
}

/**
 * The top-level kind of a success body: `object`, `array`, or `any` when the
 * schema allows both (a `oneOf`/`anyOf` mixing them, or no type at all).
 */
export function bodyKind(node: unknown): BodyKind {
  const s = flatten(node);
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

export function buildSpecData(spec: Json): CompactSpecData {
  const operations: Record<string, CompactOperation> = {};
  for (const rawItem of Object.values(spec.paths as Json)) {
    const item = rawItem as Json;
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const info: CompactOperation = {};
      for (const raw of [
        ...((item.parameters as unknown[]) ?? []),
        ...((op.parameters as unknown[]) ?? []),
      ]) {
        const p = raw as Json;
        const where = p.in as "path" | "query";
        (info[where] ??= {})[p.name as string] = argShape(p.schema);
      }
      if (op.requestBody) {
        const rb = op.requestBody as Json;
        const media = (rb.content as Json)["application/json"] as Json;
        const body = flatten(media.schema);
        info.body = {};
        for (const [name, prop] of Object.entries(body.properties as Json))
          info.body[name] = argShape(prop);
      }
      const opaque = new Set<string>();
      const kinds = new Set<BodyKind>();
      for (const [code, raw] of Object.entries(op.responses as Json)) {
        if (!code.startsWith("2")) continue;
        const res = raw as Json;
        const media = (res.content as Json | undefined)?.["application/json"];
        if (!media) continue;
        walkResponse((media as Json).schema, opaque);
        kinds.add(bodyKind((media as Json).schema));
      }
      if (opaque.size) info.opaque = [...opaque].sort();
      const normalize = normalizeKey(op);
      if (normalize) info.normalize = normalize;
      // Absent: no success body (a 204); the client then reads none.
      if (kinds.size) info.returns = kinds.size === 1 ? [...kinds][0] : "any";
      operations[op.operationId as string] = info;
    }
  }
  return { operations };
}
