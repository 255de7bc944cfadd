// Reads spec/openapi.yaml into the few facts the engine needs per operation:
// route, parameters, body and response schemas (with every `$ref` inlined, so
// ajv sees self-contained schemas) and the success status. The spec is the
// only source of the emulator's routes and validation rules.
import {
  defaultSpecPath,
  inlineSpecRefs,
  isObject,
  jsonContent,
  readSpecFile,
  type JsonSchema,
} from "./spec-document.js";

export { defaultSpecPath, type JsonSchema };

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
  /** The JSON body schema of each status the spec lists (null: no body). */
  responses: ReadonlyMap<number, JsonSchema | null>;
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

/** Reads and parses a spec file (YAML or JSON). */
export function loadSpec(path: string | URL = defaultSpecPath()): EmulatorSpec {
  return parseSpec(readSpecFile(path));
}

/** Turns a parsed OpenAPI 3.1 document into the engine's operation list. */
export function parseSpec(doc: unknown): EmulatorSpec {
  if (!isObject(doc) || !isObject(doc["paths"])) {
    throw new Error("OpenAPI document has no `paths` object");
  }
  const inlined = inlineSpecRefs(doc);
  const info = isObject(doc["info"]) ? doc["info"] : {};
  const operations: SpecOperation[] = [];
  const byOperationId = new Map<string, SpecOperation>();

  for (const [path, item] of Object.entries(inlined["paths"] as JsonSchema)) {
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
        responses: readResponses(op["responses"]),
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

function readResponses(raw: unknown): Map<number, JsonSchema | null> {
  const out = new Map<number, JsonSchema | null>();
  for (const [code, response] of Object.entries(isObject(raw) ? raw : {}))
    out.set(Number(code), jsonContent(response) ?? null);
  return out;
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

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
