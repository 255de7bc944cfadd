// The contract between the emulator's engine (HTTP, routing, auth, validation,
// faults) and its resources (state and the semantics of each operation).
import type { SpecOperation } from "./load-spec.js";

/** A seeded user of the emulator. `apiKey` is a secret: never log it. */
export interface EmulatorUser {
  id: number;
  username: string;
  name: string;
  initials: string;
  email: string;
  admin: boolean;
  apiKey: string;
  primaryGroupId: number | null;
}

/** What a handler sees of one request, after auth, routing and validation. */
export interface HandlerContext<S = unknown> {
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

/** A handler's answer. Bodies are wire format: camelCase keys. */
export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler<S = unknown> = (
  ctx: HandlerContext<S>,
) => HandlerResult | Promise<HandlerResult>;

/** Thrown by handlers and the engine; rendered as the Civis error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(errorDescription);
    this.name = "ApiError";
  }
}

/**
 * A start-up input the emulator refuses: a fixture, a data file, a key. The
 * message says which and why, never quoting a key or a password.
 */
export class EmulatorSetupError extends Error {
  constructor(message: string) {
    // Names from a fixture may hold terminal escapes; only newlines stay.
    super(message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "?"));
    this.name = "EmulatorSetupError";
  }
}
