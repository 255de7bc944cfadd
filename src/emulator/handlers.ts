// Every operation of the spec, keyed by operationId: the resources' handlers
// merged into one table for the engine.
import { credentialHandlers } from "./resources/credentials.js";
import { groupHandlers } from "./resources/groups.js";
import { jsonValueHandlers } from "./resources/json-values.js";
import { matchTargetHandlers } from "./resources/match-targets.js";
import { permissionSetHandlers } from "./resources/permission-sets.js";
import type { State } from "./state.js";
import type { OperationId } from "./typed-handler.js";
import type { Handler } from "./types.js";

const all = {
  ...matchTargetHandlers,
  ...jsonValueHandlers,
  ...permissionSetHandlers,
  ...groupHandlers,
  ...credentialHandlers,
};

// Compile-time checks: no operation without a handler, no handler without an
// operation.
type Missing = Exclude<OperationId, keyof typeof all>;
type Extra = Exclude<keyof typeof all, OperationId>;
const complete: [Missing, Extra] extends [never, never] ? true : never = true;
void complete;

/** The handler of each operationId. */
export const handlers: Record<OperationId, Handler<State>> = all;
