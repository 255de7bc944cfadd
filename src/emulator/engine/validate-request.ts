// Request validation, compiled with ajv from the spec's parameter and body
// schemas: no schema check is written by hand. Path and query values arrive
// as strings and are coerced to the spec's types (and query defaults filled
// in), query booleans in every spelling the real API accepts, integers only
// as canonical decimal text; bodies are validated as sent, without coercion.
// The first error becomes a 400 naming the field, e.g.
// `Invalid parameter: limit must be <= 50`.
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { JsonSchema } from "../../spec/document.js";
import { snakeCase } from "../../spec/name-case.js";
import { badRequest } from "../model/api-errors.js";
import { createAjv, describeSchemaError } from "../model/json-schema.js";
import type {
  EmulatorSpec,
  SpecOperation,
  SpecParameter,
} from "./load-spec.js";

/** Path, query and body after validation, ready for a handler. */
export interface ValidInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}

/** The raw pieces of a request, as routing and body parsing left them. */
export interface RawInput {
  /** Decoded path parameters (strings). */
  path: Record<string, string>;
  search: URLSearchParams;
  /** The parsed JSON body; undefined when the body was empty. */
  body: unknown;
}

export interface RequestValidator {
  /** Validates one request; throws a 400 `ApiError` on the first problem. */
  validate(operation: SpecOperation, raw: RawInput): ValidInput;
  /** Compiles every operation's schemas now (they compile lazily otherwise). */
  compileAll(): void;
}

interface Compiled {
  path: ValidateFunction;
  query: ValidateFunction;
  pathParams: SpecParameter[];
  queryParams: SpecParameter[];
  body: ValidateFunction | null;
}

/** One validator per emulator instance; schemas compile on first use. */
export function createRequestValidator(spec: EmulatorSpec): RequestValidator {
  const paramsAjv = createAjv({ coerce: true });
  const bodyAjv = createAjv();
  const cache = new Map<string, Compiled>();

  const compile = (op: SpecOperation): Compiled => {
    let compiled = cache.get(op.operationId);
    if (compiled) return compiled;
    const pathParams = op.parameters.filter((p) => p.in === "path");
    const queryParams = op.parameters.filter((p) => p.in === "query");
    compiled = {
      path: paramsAjv.compile(objectOf(pathParams)),
      query: paramsAjv.compile(objectOf(queryParams)),
      pathParams,
      queryParams,
      body: op.requestBody ? bodyAjv.compile(op.requestBody.schema) : null,
    };
    cache.set(op.operationId, compiled);
    return compiled;
  };

  return {
    compileAll() {
      for (const op of spec.operations) compile(op);
    },
    validate(op, raw) {
      const compiled = compile(op);

      const path: Record<string, unknown> = { ...raw.path };
      for (const p of compiled.pathParams)
        if (p.name in path) path[p.name] = integers(p, path[p.name]);
      check(compiled.path, path, new Map());

      // Only declared query parameters reach the handler; others are ignored,
      // as the real API ignores them.
      const parsed = parseQuery(raw.search);
      const query: Record<string, unknown> = {};
      for (const p of compiled.queryParams) {
        if (!(p.name in parsed)) continue;
        const value = parsed[p.name]!;
        query[p.name] = hasType(p.schema, "boolean")
          ? queryBoolean(value)
          : integers(p, value);
      }
      check(compiled.query, query, new Map());

      return { path, query, body: validateBody(compiled, raw.body) };
    },
  };
}

function validateBody(
  compiled: Compiled,
  raw: unknown,
): Record<string, unknown> {
  if (raw !== undefined && !isPlainObject(raw)) {
    throw badRequest("Invalid request body: must be a JSON object");
  }
  const { body, originalNames } = snakeCaseKeys(raw ?? {});
  if (!compiled.body) {
    // No body in the spec: `{}` is tolerated (civis-python sends it), any
    // key is unknown.
    const first = Object.keys(body)[0];
    if (first !== undefined) {
      throw badRequest(
        `Unknown parameter: ${originalNames.get(first) ?? first}`,
      );
    }
    return body;
  }
  check(compiled.body, body, originalNames);
  return body;
}

/**
 * Query string to values: `user_ids[]=1&user_ids[]=2` and
 * `user_ids=1&user_ids=2` both give `user_ids: ["1", "2"]`; a single
 * `user_ids=1` stays a string (ajv wraps it when the schema is an array).
 */
function parseQuery(
  search: URLSearchParams,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const bracketed = key.endsWith("[]");
    const name = bracketed ? key.slice(0, -2) : key;
    const prior = out[name];
    if (prior === undefined) out[name] = bracketed ? [value] : value;
    else if (Array.isArray(prior)) prior.push(value);
    else out[name] = [prior, value];
  }
  return out;
}

const hasType = (schema: unknown, type: string): boolean => {
  const t = (schema as JsonSchema | undefined)?.type;
  return t === type || (Array.isArray(t) && t.includes(type));
};

// ajv's coercion reads a number the way JavaScript's `==` does, so `0x1`,
// `1e0`, `+1`, `1.0` and ` 1` would all be id 1, and 2^53 + 1 would be
// 2^53: integers are read here instead, from canonical decimal text only
// (no `+`, no leading zero, no exponent), within the safe range.
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]*)$/;

function integerText(name: string, text: unknown): unknown {
  if (typeof text !== "string") return text;
  if (!CANONICAL_INTEGER.test(text))
    throw badRequest(
      `Invalid parameter: ${name} must be an integer in decimal digits`,
    );
  const n = Number(text);
  if (!Number.isSafeInteger(n))
    throw badRequest(
      `Invalid parameter: ${name} must be between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
    );
  return n;
}

/** A path or query value with its integers read; other types unchanged. */
function integers(param: SpecParameter, value: unknown): unknown {
  const { name, schema } = param;
  if (hasType(schema, "integer"))
    return Array.isArray(value)
      ? value.map((v) => integerText(name, v))
      : integerText(name, value);
  if (hasType(schema, "array") && hasType(schema.items, "integer"))
    return (Array.isArray(value) ? value : [value]).map((v, i) =>
      integerText(`${name}[${i}]`, v),
    );
  return value;
}

/**
 * A query boolean as the real API reads it: `true`/`false` in any letter case
 * (civis-python sends `True`/`False`) and `1`/`0`. Anything else is left for
 * the schema check to reject, naming the parameter.
 */
function queryBoolean(value: string | string[]): unknown {
  if (typeof value !== "string") return value;
  const v = value.toLowerCase();
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return value;
}

/**
 * Top-level camelCase keys to snake_case (`valueStr` -> `value_str`), the
 * API accepting both. Nested values are left alone: they may be user data.
 * When both spellings are sent, the snake_case one wins.
 */
export function snakeCaseKeys(input: Record<string, unknown>): {
  body: Record<string, unknown>;
  originalNames: Map<string, string>;
} {
  // No prototype: a "__proto__" key stays a key (and an unknown parameter).
  const body: Record<string, unknown> = Object.create(null) as Record<
    string,
    unknown
  >;
  const originalNames = new Map<string, string>();
  for (const [key, value] of Object.entries(input)) {
    const snake = snakeCase(key);
    if (snake !== key && Object.hasOwn(input, snake)) continue;
    body[snake] = value;
    originalNames.set(snake, key);
  }
  return { body, originalNames };
}

function objectOf(params: SpecOperation["parameters"]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const p of params) {
    properties[p.name] = p.schema;
    if (p.required) required.push(p.name);
  }
  return { type: "object", properties, required };
}

function check(
  validate: ValidateFunction,
  data: Record<string, unknown>,
  originalNames: Map<string, string>,
): void {
  if (validate(data)) return;
  const error = validate.errors?.[0];
  throw badRequest(
    error ? describeSchemaError(error, originalNames) : "Invalid parameters",
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
