// JSON values (seed 001). `value_str` is parsed and stored; `value` is
// returned as that parsed JSON, its keys untouched. JSON values depend on
// nothing, so their dependency list is empty.
import { badRequest } from "../errors.js";
import { requireById } from "../permissions.js";
import { byId, shareHandlers, transferHandlers } from "../shares.js";
import { newObject } from "../state.js";
import type { JsonValueRecord, State } from "../state.js";
import { untype } from "../typed-handler.js";
import type { Schema, TypedTable } from "../typed-handler.js";

const what = "JSON value";

function present(record: JsonValueRecord): Schema<"JsonValue"> {
  return { id: record.id, name: record.name, value: record.value };
}

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
  json_values_post: ({ state, user, body }) => {
    const value = parseValueStr(body.value_str);
    const record: JsonValueRecord = {
      ...newObject(state, "jsonValues", user.id),
      name: body.name ?? null,
      value,
    };
    state.jsonValues.set(record.id, record);
    return { status: 201, body: present(record) };
  },
  json_values_get: ({ state, user, path }) => ({
    body: present(requireValue(state, path.id, user, "read")),
  }),
  json_values_patch: ({ state, user, path, body }) => {
    const record = requireValue(state, path.id, user, "write");
    // Parse before changing anything, so a bad value_str changes nothing.
    const value =
      body.value_str === undefined
        ? record.value
        : parseValueStr(body.value_str);
    if (body.name !== undefined) record.name = body.name;
    record.value = value;
    record.updatedAt = state.now();
    return { body: present(record) };
  },
};

export const jsonValueHandlers = {
  ...untype(table),
  ...shareHandlers("json_values", byId(find, what)),
  ...transferHandlers("json_values", byId(find, what)),
};
