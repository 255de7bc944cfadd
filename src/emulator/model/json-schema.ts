// The one Ajv set-up of the emulator: JSON Schema 2020-12 as the spec writes
// it, with the spec's own keywords, for the request and response checks and
// the data file alike; and an Ajv error as a sentence naming the field.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv/dist/2020.js";
import type { SchemaValidateFunction } from "ajv/dist/types/index.js";

/**
 * An Ajv instance. `coerce`: for path and query values, which arrive as
 * strings: they are coerced to the schema's types (a single value to a
 * one-item array) and absent ones get the schema's default.
 */
export function createAjv({ coerce = false } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false, // OpenAPI adds keywords (example, x-*) unknown to JSON Schema
    validateFormats: false, // formats are documentation here (date-time, password)
    allErrors: false,
    logger: false,
    ...(coerce ? { coerceTypes: "array", useDefaults: true } : {}),
  });
  addSpecKeywords(ajv);
  return ajv;
}

// The spec's own constraints beyond JSON Schema: `x-max-bytes` (a limit in
// UTF-8 bytes, where maxLength counts characters) and `x-json-text` (the
// string must be JSON). The client reads the same keywords from the spec.
function addSpecKeywords(ajv: Ajv2020): void {
  const maxBytes: SchemaValidateFunction = (max: number, data: string) => {
    const ok = Buffer.byteLength(data, "utf8") <= max;
    maxBytes.errors = ok
      ? []
      : [{ keyword: "x-max-bytes", message: `must be at most ${max} bytes` }];
    return ok;
  };
  const jsonText: SchemaValidateFunction = (on: boolean, data: string) => {
    let ok = true;
    if (on)
      try {
        JSON.parse(data);
      } catch {
        ok = false;
      }
    jsonText.errors = ok
      ? []
      : [{ keyword: "x-json-text", message: "must be valid JSON" }];
    return ok;
  };
  ajv.addKeyword({
    keyword: "x-max-bytes",
    type: "string",
    schemaType: "number",
    errors: true,
    validate: maxBytes,
  });
  ajv.addKeyword({
    keyword: "x-json-text",
    type: "string",
    schemaType: "boolean",
    errors: true,
    validate: jsonText,
  });
}

/** One Ajv error as a sentence naming the field, in the caller's spelling. */
export function describeSchemaError(
  error: ErrorObject,
  originalNames: ReadonlyMap<string, string> = new Map(),
): string {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  // `user_ids/0` -> `user_ids[0]`; the top-level key as the caller spelled it.
  const field = (child?: string): string => {
    const [head, ...rest] =
      child === undefined ? segments : [...segments, child];
    if (head === undefined) return "";
    const tail = rest.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`));
    return (originalNames.get(head) ?? head) + tail.join("");
  };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `Invalid parameter: ${field(String(params["missingProperty"]))} is required`;
    case "additionalProperties":
      return `Unknown parameter: ${field(String(params["additionalProperty"]))}`;
    case "enum": {
      const allowed = Array.isArray(params["allowedValues"])
        ? params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")
        : "";
      return `Invalid parameter: ${field() || "body"} must be one of ${allowed}`;
    }
    default: {
      const name = field();
      return name
        ? `Invalid parameter: ${name} ${error.message ?? "is invalid"}`
        : `Invalid request body: ${error.message ?? "is invalid"}`;
    }
  }
}
