// Every operation of the spec, keyed by operationId: the resources' handlers
// merged into one table for the engine.
import type { EngineHandler } from "../engine/handler-types.js";
import type { State } from "../model/state.js";
import { credentialHandlers } from "./credentials.js";
import { groupHandlers } from "./groups.js";
import { jsonValueHandlers } from "./json-values.js";
import { matchTargetHandlers } from "./match-targets.js";
import type { OperationId } from "./operation-handler.js";
import { permissionSetHandlers } from "./permission-sets.js";

const all = {
  ...matchTargetHandlers,
  ...jsonValueHandlers,
  ...permissionSetHandlers,
  ...groupHandlers,
  ...credentialHandlers,
};

// Compile-time check: no handler without an operation. An operation without
// a handler answers 501 naming it, so that a new operation in the spec builds
// and runs before anyone writes its semantics; a test lists any such.
type Extra = Exclude<keyof typeof all, OperationId>;
const noExtra: [Extra] extends [never] ? true : never = true;
void noExtra;

/** The handler of each operationId the emulator implements. */
export const handlers: Partial<Record<OperationId, EngineHandler<State>>> = all;
