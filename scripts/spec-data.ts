// Compiles the parts of the spec the client needs at run time (argument
// locations and constraints, response key names) into compact data, so that
// the client bundle carries neither a YAML parser nor a JSON-schema engine.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { inlineSpecRefs } from "../src/emulator/spec.js";
import type { ArgShape, CompactOperation } from "../src/spec-data-expand.js";
import type { BodyKind } from "../src/spec-data-types.js";

/** What generated/spec-data.ts holds (see src/spec-data-expand.ts). */
export interface CompactSpecData {
  operations: Record<string, CompactOperation>;
  /** camelCase response keys that differ from their snake_case form. */
  responseKeys: string[];
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

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Walks a response schema, noting every property name and opaque ones. */
function walkResponse(
  node: unknown,
  keys: Record<string, string>,
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
    walkResponse(branch, keys, opaque, seen);
  if (s.items) walkResponse(s.items, keys, opaque, seen);
  for (const [name, prop] of Object.entries((s.properties as Json) ?? {})) {
    keys[name] = snake(name);
    if ((prop as Json)["x-opaque"] === true) opaque.add(name);
    else walkResponse(prop, keys, opaque, seen);
  }
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
  const responseKeys: Record<string, string> = {};
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
        walkResponse((media as Json).schema, responseKeys, opaque);
        kinds.add(bodyKind((media as Json).schema));
      }
      if (opaque.size) info.opaque = [...opaque].sort();
      // Absent: no success body (a 204); the client then reads none.
      if (kinds.size) info.returns = kinds.size === 1 ? [...kinds][0] : "any";
      operations[op.operationId as string] = info;
    }
  }
  return {
    operations,
    responseKeys: Object.keys(responseKeys)
      .filter((k) => k !== responseKeys[k])
      .sort(),
  };
}
