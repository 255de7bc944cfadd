// The contract between the emulator's engine (HTTP, routing, auth, validation,
// faults) and its resources (state and the semantics of each operation).
import type { SpecOperation } from "./load-spec.js";
import type { EmulatorUser } from "../model/state.js";

/** What an engine handler sees of one request, after auth, routing and validation. */
export interface EngineHandlerContext<S = unknown> {
  /** `<resource>_<seed method>`, the spec's operationId. */
  operationId: string;
  /** The operation as the spec declares it (request and response schemas). */
  operation: SpecOperation;
  /** The authenticated caller. */
  user: EmulatorUser;
  /** Path parameters, decoded and coerced to the spec's types. */
  path: Record<string, unknown>;
  /** Query parameters, coerced to the spec's types (`user_ids[]` is an array). */
  query: Record<string, unknown>;
  /** The JSON body with keys in snake_case (camelCase input is converted). */
  body: Record<string, unknown>;
  /** The instance's state; never module-level. */
  state: S;
}

/** An engine handler's answer. Bodies are wire format: camelCase keys. */
export interface EngineHandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers one operation; its input checked against the spec, its state the instance's. */
export type EngineHandler<S = unknown> = (
  ctx: EngineHandlerContext<S>,
) => EngineHandlerResult | Promise<EngineHandlerResult>;
