// JSON values (seed 001). `value_str` is parsed and stored; `value` is
// returned as that parsed JSON, its keys untouched. JSON values depend on
// nothing, so their dependency list is empty. A value is stored only if it
// can be served back as it was sent: see `parseValueStr`.
import { badRequest } from "../model/api-errors.js";
import { assignDeclared, echo } from "../model/fields.js";
import { requireById } from "../model/permissions.js";
import { byId, shareHandlers, transferHandlers } from "./shares.js";
import { newObject } from "../model/state.js";
import type { JsonValueRecord, State } from "../model/state.js";
import { untype } from "./typed-handler.js";
import type { Schema, TypedTable } from "./typed-handler.js";
import type { SpecOperation } from "../engine/load-spec.js";

const what = "JSON value";

/** Every stored field the response declares; nothing is computed. */
const present = (ctx: { operation: SpecOperation }, record: JsonValueRecord) =>
  echo<Schema<"JsonValue">>(ctx.operation, record);

// `value_str` is stored parsed, as `value`.
const except = ["value_str"];

/**
 * Levels of arrays and objects a value may have. JSON.stringify overflows
 * the stack a few thousand levels down, and civis-python (Python 3.11's
 * json) cannot read a response nested about 1000 deep: 512 leaves both room.
 */
const MAX_VALUE_DEPTH = 512;

/** Why `value` cannot be served back as sent, or null. Iterative: no depth limit of its own. */
function unservable(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    // 1e400 parses to Infinity, which JSON.stringify writes as null.
    if (typeof v === "number" && !Number.isFinite(v))
      return "holds a number beyond the range of a double (such as 1e400)";
    if (v === null || typeof v !== "object") continue;
    if (depth >= MAX_VALUE_DEPTH)
      return `must be nested at most ${MAX_VALUE_DEPTH} levels deep`;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return null;
}

/**
 * The parsed `value_str`, whose size and JSON-ness were checked against the
 * spec; refused (400, nothing stored) when it could not be served back.
 */
function parseValueStr(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw badRequest("Invalid parameter: value_str must be valid JSON");
  }
  const problem = unservable(value);
  if (problem) throw badRequest(`Invalid parameter: value_str ${problem}`);
  return value;
}

const find = (state: State, id: number) => state.jsonValues.get(id);
const requireValue = requireById(find, what);

const table: TypedTable<
  "json_values_post" | "json_values_get" | "json_values_patch"
> = {
  json_values_post: (ctx) => {
    const value = parseValueStr(ctx.body.value_str);
    const record: JsonValueRecord = {
      ...newObject(ctx.state, "jsonValues", ctx.user.id),
      name: null,
      value,
    };
    assignDeclared(record, ctx, { replace: true, except });
    ctx.state.jsonValues.set(record.id, record);
    return { status: 201, body: present(ctx, record) };
  },
  json_values_get: (ctx) => ({
    body: present(ctx, requireValue(ctx.state, ctx.path.id, ctx.user, "read")),
  }),
  json_values_patch: (ctx) => {
    const record = requireValue(ctx.state, ctx.path.id, ctx.user, "write");
    // Parse before changing anything, so a bad value_str changes nothing.
    const value =
      ctx.body.value_str === undefined
        ? record.value
        : parseValueStr(ctx.body.value_str);
    assignDeclared(record, ctx, { except });
    record.value = value;
    record.updatedAt = ctx.state.now();
    return { body: present(ctx, record) };
  },
};

export const jsonValueHandlers = {
  ...untype(table),
  ...shareHandlers("json_values", byId(find, what)),
  ...transferHandlers("json_values", byId(find, what)),
};
