// The description's shapes (Swagger 2.0, dereferenced) in the form
// spec/openapi.yaml writes them, for `npm run spec:diff -- --apply`:
// request body keys in snake_case, response keys as the wire has them; a
// response field nullable, as the spec's header says of fields taken in this
// way; constraints the description states in words written as keywords too;
// an object equal in shape to one of the spec's schemas written as a `$ref`
// to it.
import {
  readConstraintWords,
  type StatedConstraints,
} from "../../src/spec/constraint-words.js";
import { isObject, type JsonSchema as Json } from "../../src/spec/document.js";
import { snakeCase as snake } from "../../src/spec/name-case.js";
import {
  PARAMETER_KEYWORDS,
  SCHEMA_KEYWORDS,
} from "../../src/spec/swagger-keywords.js";
import { sameShape, type Param } from "./compare.js";

/** The spec's object schemas (inlined), that a new shape may reuse. */
export interface Reusable {
  /** Name -> inlined schema, in the spec's order. */
  schemas: ReadonlyMap<string, Json>;
  /** Whether `required` counts in a response's shape (see Comparison). */
  responseRequired: boolean;
}

/**
 * A body or response schema of the description in the spec's form. `field`:
 * it is a property (a response property is nullable); `reuse`: objects equal
 * in shape to a spec schema become a `$ref` to it.
 */
export function openapiSchema(
  node: Json,
  where: "body" | "response",
  reuse?: Reusable,
  field = false,
): Json {
  const s = node;
  if (reuse && isObject(s.properties))
    for (const [name, ours] of reuse.schemas)
      if (sameShape(ours, s, where, where === "body" || reuse.responseRequired))
        return { $ref: `#/components/schemas/${name}` };
  const out: Json = {};
  const nullable = where === "response" && field;
  if (typeof s.type === "string")
    out.type = nullable ? [s.type, "null"] : s.type;
  for (const key of SCHEMA_KEYWORDS)
    if (s[key] !== undefined) out[key] = s[key];
  const values = Array.isArray(s.enum) ? s.enum : undefined;
  const stated = readConstraintWords(s.description).stated;
  const enumValues = values ?? stated.enum;
  if (enumValues) out.enum = nullable ? [...enumValues, null] : enumValues;
  if (isObject(s.items))
    out.items = openapiSchema(s.items, where, reuse, false);
  const key = (name: string) => (where === "body" ? snake(name) : name);
  if (isObject(s.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([name, value]) => [
        key(name),
        openapiSchema(isObject(value) ? value : {}, where, reuse, true),
      ]),
    );
    if (Array.isArray(s.required) && s.required.length > 0)
      out.required = s.required.map((n) => key(String(n)));
  }
  if (typeof s.additionalProperties === "boolean")
    out.additionalProperties = s.additionalProperties;
  else if (isObject(s.additionalProperties))
    out.additionalProperties = openapiSchema(
      s.additionalProperties,
      where,
      reuse,
    );
  return out;
}

/**
 * A query or path parameter of the description in the spec's form: the
 * constraints its words state become keywords as well (the words stay in
 * the description, and the emulator writes them from the keywords).
 */
export function openapiParameter(p: Param, where: "path" | "query"): Json {
  const s = p.schema;
  const schema: Json = {};
  if (typeof s.type === "string") schema.type = s.type;
  for (const key of PARAMETER_KEYWORDS)
    if (s[key] !== undefined) schema[key] = s[key];
  if (Array.isArray(s.enum)) schema.enum = s.enum;
  if (isObject(s.items)) schema.items = openapiSchema(s.items, "body");
  const stated = readConstraintWords(p.description, s.type).stated;
  fillFromWords(schema, stated);
  const out: Json = { name: p.name, in: where };
  if (where === "path" || p.required) out.required = true;
  if (typeof p.description === "string") out.description = p.description;
  // `user_ids[]=1&user_ids[]=2`, as the spec's other arrays.
  if (schema.type === "array")
    Object.assign(out, { style: "form", explode: true });
  out.schema = schema;
  return out;
}

/** Keywords for what the words state and no keyword does, typed as the schema. */
function fillFromWords(schema: Json, stated: StatedConstraints): void {
  const typed = (value: string): unknown =>
    schema.type === "integer" || schema.type === "number"
      ? Number(value)
      : schema.type === "boolean"
        ? value === "true"
        : value;
  if (schema.enum === undefined && stated.enum)
    schema.enum = stated.enum.map(typed);
  if (schema.maximum === undefined && stated.maximum !== undefined)
    schema.maximum = stated.maximum;
  if (schema.default === undefined && stated.default !== undefined)
    schema.default = typed(stated.default);
}
