// JSON values (seed 001). `value_str` is parsed and stored; `value` is
// returned as that parsed JSON, its keys untouched. JSON values depend on
// nothing, so their dependency list is empty.
import { badRequest } from "../errors.js";
import { assignDeclared, echo } from "../fields.js";
import { requireById } from "../permissions.js";
import { byId, shareHandlers, transferHandlers } from "../shares.js";
import { newObject } from "../state.js";
import type { JsonValueRecord, State } from "../state.js";
import { untype } from "../typed-handler.js";
import type { Schema, TypedTable } from "../typed-handler.js";
import type { SpecOperation } from "../spec.js";

const what = "JSON value";

/** Every stored field the response declares; nothing is computed. */
const present = (ctx: { operation: SpecOperation }, record: JsonValueRecord) =>
  echo<Schema<"JsonValue">>(ctx.operation, record);

// `value_str` is stored parsed, as `value`.
const except = ["value_str"];

/** The parsed `value_str` (its size and JSON-ness were checked against the spec). */
function parseValueStr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("value_str must be valid JSON.");
  }
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
