// The emulator app: the engine wired to the spec, the resource handlers and a
// fresh state. `createEmulatorApp()` gives an in-process Civis API whose
// `handle(Request)` answers like the real one; `startEmulator` serves it.
import { createEngine } from "./engine.js";
import type { EmulatorApp, RateLimitOptions, RequestRecord } from "./engine.js";
import type { FaultOptions } from "./faults.js";
import { handlers as resourceHandlers } from "./handlers.js";
import { loadSpec } from "./spec.js";
import type { EmulatorSpec } from "./spec.js";
import { createState, defaultUsers, randomHex } from "./state.js";
import { toSwagger } from "./swagger.js";
import type { State } from "./state.js";
import type { EmulatorUser, Handler } from "./types.js";

export interface EmulatorAppOptions {
  /**
   * The users and their API keys. Default: users 1 (admin), 2 and 3 with
   * random keys. A partial entry is completed from the default user with the
   * same id (or generic values), e.g. `[{ id: 1, apiKey: "test-key" }]`.
   */
  users?: Array<Partial<EmulatorUser>>;
  /** Fault injection (off by default); see `FaultOptions`. */
  faults?: FaultOptions;
  /** The limit `X-RateLimit-*` describes; not enforced unless `enforce`. */
  rateLimit?: RateLimitOptions;
  /** How many of the latest requests the request log keeps; default 1000. */
  requestLogSize?: number;
  /** A loaded spec; default: this package's `spec/openapi.yaml`. @internal */
  spec?: EmulatorSpec;
  /**
   * Check every answer against the spec's response schemas (a mismatch is a
   * 500 naming it, and goes to `onError`); default false.
   */
  validateResponses?: boolean;
  /** Replaces handlers by operationId (tests: a handler that throws, say). @internal */
  handlers?: Record<string, Handler<State>>;
  /** Receives unexpected handler errors (answered 500); default: stderr. */
  onError?: (
    error: unknown,
    where: Pick<RequestRecord, "method" | "path" | "operationId">,
  ) => void;
}

/** A fresh, independent emulated Civis API (no state shared between apps). */
export function createEmulatorApp(
  options: EmulatorAppOptions = {},
): EmulatorApp<State> {
  const users = completeUsers(options.users);
  const spec = options.spec ?? loadSpec();
  let description: unknown;
  return createEngine<State>({
    spec,
    handlers: { ...resourceHandlers, ...options.handlers },
    users,
    state: createState(users),
    faults: options.faults,
    rateLimit: options.rateLimit,
    requestLogSize: options.requestLogSize,
    validateResponses: options.validateResponses,
    onError: options.onError,
    // The API's own description (Swagger 2.0), as civis-python fetches it at
    // start-up; built on first request.
    extraRoutes: {
      "GET /endpoints": () => (description ??= toSwagger(spec.document)),
    },
  });
}

/** Fills partial user entries from the defaults; no entries: the defaults. */
export function completeUsers(
  entries?: Array<Partial<EmulatorUser>>,
): EmulatorUser[] {
  const defaults = defaultUsers();
  if (!entries) return defaults;
  return entries.map((entry, index) => {
    const id = entry.id ?? index + 1;
    const base = defaults.find((u) => u.id === id);
    const username = entry.username ?? base?.username ?? `user${id}`;
    const name = entry.name ?? base?.name ?? username;
    return {
      id,
      username,
      name,
      initials:
        entry.initials ?? base?.initials ?? name.slice(0, 2).toUpperCase(),
      email: entry.email ?? base?.email ?? `${username}@example.test`,
      admin: entry.admin ?? base?.admin ?? false,
      apiKey: entry.apiKey ?? base?.apiKey ?? randomHex(32),
      primaryGroupId: entry.primaryGroupId ?? base?.primaryGroupId ?? null,
    };
  });
}
