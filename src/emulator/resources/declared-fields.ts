// Stored fields follow the spec, not a list in each handler: a create or
// update copies every field the operation's request schema declares onto the
// record (camelCase, as the response spells it), and a presenter echoes every
// stored field the operation's response schema declares. So a new optional
// field in a request and a response schema is stored and echoed with no
// handler edit; handlers add only what they compute.
import { camelCase as camel } from "../../spec/name-case.js";
import {
  flattenAllOf,
  isObject,
  type JsonSchema,
} from "../../spec/document.js";
import type { SpecOperation } from "../engine/load-spec.js";

// A pure function of a loaded spec's schema objects, asked again for every
// item of every list answer: worked out once per schema.
const declaredKeys = new WeakMap<object, readonly string[]>();

const declared = (schema: JsonSchema | null | undefined): readonly string[] => {
  if (!schema) return [];
  let keys = declaredKeys.get(schema);
  if (!keys) {
    keys = Object.keys((flattenAllOf(schema).properties as JsonSchema) ?? {});
    declaredKeys.set(schema, keys);
  }
  return keys;
};

export interface Assign {
  /** Body fields the handler stores its own way (e.g. `user_id`, `value_str`). */
  except?: readonly string[];
  /**
   * A put or post: every declared field is written, absent ones reset to
   * `defaults` (by record key), else to null where the response allows it,
   * else removed. Otherwise (patch) only those sent.
   */
  replace?: boolean;
  defaults?: Record<string, unknown>;
}

/** Copies the declared request fields of `body` onto `record`. */
export function assignDeclared(
  record: object,
  { operation, body }: { operation: SpecOperation; body: object },
  { except = [], replace = false, defaults = {} }: Assign = {},
): void {
  const target = record as Record<string, unknown>;
  const sent = body as Record<string, unknown>;
  const answered = flattenAllOf(itemSchema(operation)).properties as
    JsonSchema | undefined;
  for (const name of declared(operation.requestBody?.schema)) {
    if (except.includes(name)) continue;
    const key = camel(name);
    if (sent[name] !== undefined) target[key] = sent[name];
    else if (!replace) continue;
    else if (key in defaults) target[key] = defaults[key];
    else if (allowsNull(answered?.[key])) target[key] = null;
    else delete target[key];
  }
}

const allowsNull = (schema: unknown) =>
  isObject(schema) &&
  (schema.type === "null" ||
    (Array.isArray(schema.type) && schema.type.includes("null")));

/** The object schema of one item of an operation's success body. */
function itemSchema(operation: SpecOperation): JsonSchema | undefined {
  let schema = operation.responses.get(operation.successStatus) ?? undefined;
  if (schema?.type === "array" && isObject(schema.items)) schema = schema.items;
  return schema;
}

/**
 * The stored fields of `record` that the operation's success schema (or its
 * item's) declares. Typed as the schema says: when `validateResponses` is on
 * (the tests), the engine checks the answer against the same schema.
 */
export function echo<T>(operation: SpecOperation, record: object): T {
  const out: Record<string, unknown> = {};
  const stored = record as Record<string, unknown>;
  for (const key of declared(itemSchema(operation)))
    if (stored[key] !== undefined) out[key] = stored[key];
  return out as T;
}

/** The first `enum` in a schema or its `anyOf`/`oneOf` branches. */
function firstEnum(node: unknown): unknown[] | undefined {
  if (!isObject(node)) return undefined;
  if (Array.isArray(node.enum)) return node.enum;
  for (const branch of [
    ...((node.anyOf as unknown[]) ?? []),
    ...((node.oneOf as unknown[]) ?? []),
  ]) {
    const found = firstEnum(branch);
    if (found) return found;
  }
  return undefined;
}

/** The enum of the items of property `key`, in the first object branch declaring it. */
export function declaredEnum(
  schema: JsonSchema | null | undefined,
  key: string,
): readonly string[] {
  for (const branch of (schema?.oneOf as JsonSchema[] | undefined) ?? [
    schema,
  ]) {
    const props = flattenAllOf(branch).properties as JsonSchema | undefined;
    const items = props?.[key];
    const list = isObject(items) ? firstEnum(items.items) : undefined;
    if (list) return list as string[];
  }
  throw new Error(`no enum of ${key} in the schema`);
}
