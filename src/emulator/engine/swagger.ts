// OpenAPI 3.1 (spec/openapi.yaml) -> Swagger 2.0: the form of the description
// the real API serves at `GET /endpoints`, which civis-python downloads at
// start-up. A generator over our own spec, never a parser of Swagger:
// - schemas become `definitions`, referenced with `$ref`; `allOf` is flattened
//   (civis-python reads a body's `properties` directly);
// - request bodies become `in: body` parameters whose fields are camelCase, as
//   the published reference documents them (the API accepts both cases);
// - nullability is dropped: Swagger 2.0 has none, and the published
//   description never marks it;
// - `oneOf` has no Swagger 2.0 form: its first branch, the documented one, is
//   published;
// - the resource roots carry the real document's trailing slash (`/groups/`);
// - a query parameter's `enum`, `maximum` and `default` are stated in its
//   description, in the words the real document uses, where the spec's
//   description has them (otherwise they stay keywords).
import { writeConstraintWords } from "../../spec/constraint-words.js";
import { camelCase as camel } from "../../spec/name-case.js";
import {
  inlineSpecRefs,
  jsonContent,
  operations,
  resolveRef,
  type JsonSchema,
} from "../../spec/document.js";
import {
  PARAMETER_KEYWORDS,
  SCHEMA_KEYWORDS,
} from "../../spec/swagger-keywords.js";

/** The Swagger 2.0 description of an OpenAPI 3.1 document (our spec). */
export function toSwagger(doc: JsonSchema): JsonSchema {
  const schemas = object(object(doc["components"])["schemas"]);
  const convert = schemaConverter(schemas);
  const paths: JsonSchema = {};
  // Parameters from the inlined document (Swagger 2.0 has no parameter
  // `$ref` to a schema); bodies and responses from the one as written, so
  // that their schemas stay `$ref`s to `definitions`.
  for (const op of operations(inlineSpecRefs(doc))) {
    const method = op.method.toLowerCase();
    const written = object(object(object(doc["paths"])[op.path])[method]);
    const parameters = op.parameters
      .filter((p) => p["in"] === "path" || p["in"] === "query")
      .map(parameter);
    const body = follow(doc, written["requestBody"]);
    const bodySchema = jsonContent(body);
    if (bodySchema)
      parameters.push({
        name: "body",
        in: "body",
        required: body["required"] === true,
        schema: convert(bodySchema),
      });
    // One segment is a resource root: `/groups/`, as the real document has it.
    const key = op.path.split("/").length === 2 ? `${op.path}/` : op.path;
    const item = object((paths[key] ??= {}));
    item[method] = {
      ...pick(op.operation, ["tags", "summary", "description"]),
      parameters,
      responses: successResponses(doc, written["responses"], convert),
    };
  }
  const info = object(doc["info"]);
  return {
    swagger: "2.0",
    info: pick(info, ["title", "version", "description"]),
    basePath: "/",
    consumes: ["application/json"],
    produces: ["application/json"],
    securityDefinitions: {
      basicAuth: {
        type: "basic",
        description: "The API key as the user name and an empty password.",
      },
    },
    security: [{ basicAuth: [] }],
    paths,
    definitions: Object.fromEntries(
      Object.entries(schemas).map(([name, s]) => [name, convert(s)]),
    ),
  };
}

function schemaConverter(schemas: JsonSchema): (node: unknown) => JsonSchema {
  const target = (ref: string): JsonSchema => {
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    if (!name || !schemas[name]) throw new Error(`Unresolvable $ref: ${ref}`);
    return object(schemas[name]);
  };
  const convert = (node: unknown): JsonSchema => {
    const s = object(node);
    const { $ref: ref, oneOf, anyOf, allOf, ...rest } = s;
    if (typeof ref === "string") {
      // Swagger 2.0 ignores a `$ref`'s siblings: with any (a description,
      // mostly) the target is inlined so that they hold.
      return Object.keys(rest).length === 0
        ? { $ref: ref.replace("#/components/schemas/", "#/definitions/") }
        : convert({ ...target(ref), ...rest });
    }
    const branches = Array.isArray(oneOf) ? oneOf : anyOf;
    if (Array.isArray(branches) && branches.length > 0)
      return convert({ ...object(branches[0]), ...rest });

    // `allOf` flattened: own keywords win, the parts fill in.
    const parts = (Array.isArray(allOf) ? allOf : []).map((part) => {
      const p = object(part);
      return convert(typeof p["$ref"] === "string" ? target(p["$ref"]) : p);
    });
    const out: JsonSchema = {};
    for (const part of [...parts].reverse()) Object.assign(out, part);
    Object.assign(out, pick(rest, SCHEMA_KEYWORDS), primitiveType(rest));
    if (rest["items"] !== undefined) out["items"] = convert(rest["items"]);
    const additional = rest["additionalProperties"];
    if (additional !== undefined)
      out["additionalProperties"] =
        typeof additional === "boolean" ? additional : convert(additional);
    const properties: JsonSchema = {};
    for (const part of parts) Object.assign(properties, part["properties"]);
    for (const [name, value] of Object.entries(object(rest["properties"])))
      properties[camel(name)] = convert(value);
    if (Object.keys(properties).length > 0) out["properties"] = properties;
    else delete out["properties"];
    const required = new Set<string>();
    for (const part of parts)
      for (const name of strings(part["required"])) required.add(name);
    for (const name of strings(rest["required"])) required.add(camel(name));
    if (required.size > 0) out["required"] = [...required];
    else delete out["required"];
    return out;
  };
  return convert;
}

/** `type` and `enum` without `null`, `const` as a one-value `enum`. */
function primitiveType(s: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  const types = (Array.isArray(s["type"]) ? s["type"] : [s["type"]]).filter(
    (t) => typeof t === "string" && t !== "null",
  );
  // Several types have no Swagger 2.0 form: untyped then.
  if (types.length === 1) out["type"] = types[0];
  const values = Array.isArray(s["enum"])
    ? s["enum"]
    : "const" in s
      ? [s["const"]]
      : undefined;
  if (values) out["enum"] = values.filter((v) => v !== null);
  return out;
}

/** A path or query parameter (already `$ref`-free) in Swagger 2.0 form. */
function parameter(p: JsonSchema): JsonSchema {
  const out: JsonSchema = {
    name: p["name"],
    in: p["in"],
    required: p["in"] === "path" || p["required"] === true,
    ...pick(p, ["description"]),
    ...parameterSchema(object(p["schema"])),
  };
  // `user_ids[]=1&user_ids[]=2`: one pair per item.
  if (out["type"] === "array") out["collectionFormat"] = "multi";
  if (p["in"] === "query" && typeof p["description"] === "string") {
    const words = writeConstraintWords(p["description"], object(p["schema"]));
    out["description"] = words.description;
    for (const keyword of words.stated) delete out[keyword];
  }
  return out;
}

function parameterSchema(schema: JsonSchema): JsonSchema {
  const out = { ...pick(schema, PARAMETER_KEYWORDS), ...primitiveType(schema) };
  if (schema["items"] !== undefined)
    out["items"] = parameterSchema(object(schema["items"]));
  return out;
}

function successResponses(
  doc: JsonSchema,
  raw: unknown,
  convert: (node: unknown) => JsonSchema,
): JsonSchema {
  const out: JsonSchema = {};
  for (const [code, value] of Object.entries(object(raw))) {
    if (!/^2\d\d$/.test(code)) continue;
    const response = follow(doc, value);
    const schema = jsonContent(response);
    out[code] = {
      description: response["description"] ?? "success",
      ...(schema ? { schema: convert(schema) } : {}),
    };
  }
  return out;
}

/** A `#/components/...` reference followed one level (schema refs inside stay). */
function follow(doc: JsonSchema, node: unknown): JsonSchema {
  const ref = object(node)["$ref"];
  return object(typeof ref === "string" ? resolveRef(doc, ref) : node);
}

function pick(source: JsonSchema, keys: readonly string[]): JsonSchema {
  const out: JsonSchema = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function object(value: unknown): JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonSchema)
    : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : [];
}
