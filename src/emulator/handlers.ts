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

// Compile-time check: no handler without an operation. An operation without
// a handler answers 501 naming it (a new operation in the spec builds and
// runs before anyone writes its semantics); a test lists them: none today.
type Extra = Exclude<keyof typeof all, OperationId>;
const noExtra: [Extra] extends [never] ? true : never = true;
void noExtra;

/** The handler of each operationId the emulator implements. */
export const handlers: Partial<Record<OperationId, Handler<State>>> = all;
