// JSON values. `value_str` is parsed and stored; `value` is returned as that
// parsed JSON, its keys untouched. JSON values depend on nothing, so their
// dependency list is empty. A value is stored only if it can be served back
// as it was sent: see `parseValueStr`.
import { badRequest } from "../model/api-errors.js";
import { newObject } from "../model/state.js";
import type { State } from "../model/state.js";
import { byId } from "./locator.js";
import { recordHandlers } from "./record-family.js";
import { shareHandlers } from "./share-family.js";
import { transferHandlers } from "./transfer-family.js";

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

const locate = byId(
  (state: State, id: number) => state.jsonValues.get(id),
  "JSON value",
);

export const jsonValueHandlers = {
  ...recordHandlers("json_values", ["get", "post", "patch"], {
    locate,
    store: (state) => state.jsonValues,
    // Parsed before the record is made, so that a refused value uses no id.
    create: (ctx) => {
      const value = parseValueStr(ctx.body.value_str);
      return {
        ...newObject(ctx.state, "jsonValues", ctx.user.id),
        name: null,
        value,
      };
    },
    // Parsed before anything changes, so that a refused value changes nothing.
    prepare: (ctx, record) => {
      if (ctx.body.value_str !== undefined)
        record.value = parseValueStr(ctx.body.value_str);
    },
    // Stored parsed, as `value`.
    except: ["value_str"],
  }),
  ...shareHandlers("json_values", locate),
  ...transferHandlers("json_values", locate),
};
