// Reads spec/openapi.yaml into the few facts the engine needs per operation:
// route, parameters, body and response schemas (with every `$ref` inlined, so
// ajv sees self-contained schemas) and the success status. The spec is the
// only source of the emulator's routes and validation rules.
import {
  defaultSpecPath,
  inlineSpecRefs,
  isObject,
  jsonContent,
  operations,
  readSpecFile,
  type JsonSchema,
} from "../../spec/document.js";

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

/** Reads and parses a spec file (YAML or JSON). */
export function loadSpec(path: string | URL = defaultSpecPath()): EmulatorSpec {
  return parseSpec(readSpecFile(path));
}

/** Turns a parsed OpenAPI 3.1 document into the engine's operation list. */
export function parseSpec(doc: JsonSchema): EmulatorSpec {
  const info = isObject(doc["info"]) ? doc["info"] : {};
  const list: SpecOperation[] = [];
  const byOperationId = new Map<string, SpecOperation>();

  for (const op of operations(inlineSpecRefs(doc))) {
    const { operationId, method, path } = op;
    if (operationId === undefined || operationId === "") {
      throw new Error(`${method} ${path} has no operationId`);
    }
    if (byOperationId.has(operationId)) {
      throw new Error(`Duplicate operationId ${operationId}`);
    }
    const successStatus = op.successCodes[0];
    if (successStatus === undefined) {
      throw new Error(`${operationId} lists no 2xx response`);
    }
    const operation: SpecOperation = {
      operationId,
      method,
      path,
      parameters: op.parameters.flatMap(specParameter),
      requestBody: readBody(op.requestBody),
      successStatus,
      noContent: successStatus === 204,
      responses: readResponses(op.responses),
    };
    checkPathParameters(operation);
    list.push(operation);
    byOperationId.set(operationId, operation);
  }
  return {
    title: String(info["title"] ?? ""),
    version: String(info["version"] ?? ""),
    operations: list,
    byOperationId,
    document: doc,
  };
}

// Headers and cookies: the engine reads none.
function specParameter(raw: JsonSchema): SpecParameter[] {
  const where = raw["in"];
  if (where !== "path" && where !== "query") return [];
  return [
    {
      name: String(raw["name"]),
      in: where,
      required: where === "path" || raw["required"] === true,
      schema: isObject(raw["schema"]) ? raw["schema"] : {},
    },
  ];
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
