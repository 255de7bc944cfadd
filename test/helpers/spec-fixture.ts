/**
 * Builds the smallest OpenAPI document that agrees with a seed inventory, so
 * that the comparison in spec-inventory.ts can be tested without the real
 * spec: a conforming fixture must give no problems, a damaged one must.
 */
import type {
  SeedInventory,
  SeedMethod,
} from "../../scripts/seed-inventory.js";
import { camelCase, expectedStatus } from "./spec-inventory.js";

type Schema = { [key: string]: unknown };

/** The JSON Schema of a seed type (`int`, `str (time)`, `List[int]`, `dict`, `object`). */
export function schemaOfSeedType(type: string): Schema {
  const list = /^List\[(\w+)\]$/.exec(type);
  if (list) return { type: "array", items: schemaOfSeedType(list[1] ?? "") };
  switch (type) {
    case "int":
      return { type: "integer" };
    case "str":
      return { type: "string" };
    case "str (time)":
      return { type: "string", format: "date-time" };
    case "bool":
      return { type: "boolean" };
    case "dict":
      return { type: "object", properties: {} };
    default:
      return {}; // `object`: any JSON
  }
}

/** Nested response schema from the dotted field list, keys camelCased as on the wire. */
function responseSchema(method: SeedMethod): Schema {
  const root: Schema = { type: "object", properties: {} };
  for (const field of method.responseFields) {
    const segments = field.split(".");
    let parent = root;
    for (const segment of segments.slice(0, -1)) {
      const container = (parent["properties"] as Record<string, Schema>)[
        camelCase(segment)
      ];
      if (!container)
        throw new Error(`${method.operationId}: ${field} before its parent`);
      parent = (container["items"] as Schema | undefined) ?? container;
    }
    const type = method.responseFieldTypes[field] ?? "";
    const schema =
      type === "List[dict]"
        ? { type: "array", items: { type: "object", properties: {} } }
        : schemaOfSeedType(type);
    (parent["properties"] as Record<string, Schema>)[
      camelCase(segments.at(-1) ?? "")
    ] = schema;
  }
  return root;
}

/** A spec that matches the inventory exactly; response schemas sit in components behind `$ref`. */
export function specFromInventory(inventory: SeedInventory): Schema {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, Schema> = {};
  for (const method of inventory.methods) {
    const parameters = method.params
      .filter((p) => p.in !== "body")
      .map((p) => ({
        name:
          p.in === "query" && p.type.startsWith("List[")
            ? `${p.name}[]`
            : p.name,
        in: p.in,
        required: p.required,
        schema: schemaOfSeedType(p.type),
      }));
    const body = method.params.filter((p) => p.in === "body");
    const required = body.filter((p) => p.required).map((p) => p.name);
    const status = String(expectedStatus(method));
    const response: Schema = { description: "ok" };
    if (method.responseFields.length > 0) {
      schemas[method.operationId] = responseSchema(method);
      response["content"] = {
        "application/json": {
          schema: { $ref: `#/components/schemas/${method.operationId}` },
        },
      };
    }
    (paths[method.path] ??= {})[method.verb.toLowerCase()] = {
      operationId: method.operationId,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body.length > 0
        ? {
            requestBody: {
              required: required.length > 0,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: Object.fromEntries(
                      body.map((p) => [p.name, schemaOfSeedType(p.type)]),
                    ),
                    ...(required.length > 0 ? { required } : {}),
                  },
                },
              },
            },
          }
        : {}),
      responses: { [status]: response },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "fixture", version: "0" },
    paths,
    components: { schemas },
  };
}
