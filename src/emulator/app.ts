// The emulator app: the engine wired to the spec, the resource handlers and a
// state. `createEmulatorApp()` gives an in-process Civis API whose
// `handle(Request)` answers like the real one; `startEmulator` serves it.
// Here too: what it starts from (the seeded state, fixtures, or a data file)
// and what `reset()` returns to; saving to the data file after every write.
import {
  createSaver,
  readDataFile,
  removeLeftovers,
} from "./model/data-file.js";
import { createEngine, reportToStderr } from "./engine/engine.js";
import type {
  Engine,
  RateLimitOptions,
  RequestRecord,
} from "./engine/engine.js";
import { forbidden, internalErrorBody } from "./model/api-errors.js";
import type { FaultOptions } from "./engine/faults.js";
import { checkFixtures, replayFixtures } from "./fixtures.js";
import type { CheckedFixtures, EmulatorFixtures } from "./fixtures.js";
import { handlers as resourceHandlers } from "./resources/index.js";
import { checkKeyTable } from "./model/keys.js";
import type { KeyTable } from "./model/keys.js";
import { loadSpec } from "./engine/load-spec.js";
import type { EmulatorSpec } from "./engine/load-spec.js";
import {
  createState,
  defaultRemoteHosts,
  defaultUsers,
  randomHex,
} from "./model/state.js";
import {
  parseStateFile,
  restoreState,
  serializeState,
} from "./model/state-file.js";
import type { StoredState } from "./model/state-file.js";
import { toSwagger } from "./engine/swagger.js";
import type { EmulatorUser, State } from "./model/state.js";
import { EmulatorSetupError } from "./model/setup-error.js";
import type { EngineHandler } from "./engine/handler-types.js";

export interface EmulatorAppOptions {
  /**
   * The users and their API keys. Default: users 1 (admin), 2 and 3 with
   * random keys. A partial entry is completed from the default user with the
   * same id (or generic values), e.g. `[{ id: 1, apiKey: "test-key" }]`.
   */
  users?: Array<Partial<EmulatorUser>>;
  /**
   * Fixed API keys by user id (8 to 256 visible ASCII characters, no `:`),
   * for the default users, those of `users` or those of the fixtures; the
   * others get random keys (or keep those of the data file).
   */
  keys?: Record<number, string>;
  /**
   * Objects to start with, created through the API as their owners, and
   * returned to by `reset()`; a refused entry rejects `ready` naming it.
   */
  fixtures?: EmulatorFixtures;
  /**
   * Keep the state in this file: loaded at start when it exists (then the
   * fixtures only serve `reset()`), else created; replaced atomically after
   * every write answered 2xx, before the answer goes out. The request log and
   * rate-limit windows stay in memory. A file that cannot be read (corrupt,
   * another format version) is refused, never overwritten.
   */
  dataFile?: string;
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
  handlers?: Record<string, EngineHandler<State>>;
  /**
   * Receives unexpected handler errors (answered 500), and failures to save
   * the data file; default: stderr.
   */
  onError?: (
    error: unknown,
    where: Pick<RequestRecord, "method" | "path" | "operationId">,
  ) => void;
}

/** An emulated Civis API in-process: `handle(request)` answers like the real one. */
export interface EmulatorApp<S = State> extends Engine<S> {
  /**
   * Settles once the data file and the fixtures are loaded (at once without
   * them); rejects with why they could not be. `handle` waits for it.
   */
  readonly ready: Promise<void>;
  /**
   * Returns to the fixtures (or to the fresh seeded state), clears the
   * request log, and saves to the data file. Users and keys stay; so do
   * rate-limit windows and faults. `POST /__emulator/reset` with an admin's
   * key does the same over HTTP.
   */
  reset(): Promise<void>;
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A fresh, independent emulated Civis API (no state shared between apps). */
export function createEmulatorApp(
  options: EmulatorAppOptions = {},
): EmulatorApp {
  const spec = options.spec ?? loadSpec();
  const fixtures =
    options.fixtures === undefined
      ? undefined
      : checkFixtures(options.fixtures);
  if (fixtures?.users && options.users)
    throw new EmulatorSetupError(
      "users are given twice: in the options and in the fixtures",
    );
  const { dataFile } = options;
  if (dataFile !== undefined && (typeof dataFile !== "string" || !dataFile))
    throw new EmulatorSetupError("dataFile must be a file path");
  const stored = dataFile === undefined ? undefined : loadDataFile(dataFile);
  const users = withKeys(
    fixtures?.users ?? options.users,
    options.keys === undefined ? {} : checkKeyTable(options.keys),
    stored,
  );
  const handlers = { ...resourceHandlers, ...options.handlers };
  const onError = options.onError ?? reportToStderr;
  const state = createState(users, stored?.remoteHosts ?? defaultRemoteHosts());
  const save =
    dataFile === undefined
      ? undefined
      : createSaver(dataFile, () => serializeState(state));

  // The state to start from and to reset to: seeded, then the fixtures
  // replayed by an engine of its own (no faults, no rate limit, no log).
  const fresh = async (): Promise<State> => {
    const next = createState(users, state.remoteHosts);
    if (fixtures) await replay(fixtures, next);
    return next;
  };
  const replay = (checked: CheckedFixtures, target: State) =>
    replayFixtures(checked, {
      spec,
      users,
      handle: createEngine<State>({
        spec,
        handlers,
        users,
        state: target,
        onError,
      }).handle,
    });
  const restore = async () => {
    await ready;
    Object.assign(state, await fresh());
    engine.resetRequests();
  };

  let description: unknown;
  const engine = createEngine<State>({
    spec,
    handlers,
    users,
    state,
    faults: options.faults,
    rateLimit: options.rateLimit,
    requestLogSize: options.requestLogSize,
    validateResponses: options.validateResponses,
    onError,
    extraRoutes: {
      // The API's own description (Swagger 2.0), as civis-python fetches it
      // at start-up; built on first request.
      "GET /endpoints": () => (description ??= toSwagger(spec.document)),
      // Outside the spec (so not in /endpoints), and admins only: an
      // emulator shared on a network must not be wiped by any user.
      "POST /__emulator/reset": async (caller) => {
        if (!caller.admin)
          throw forbidden("Only an admin may reset the emulator.");
        await restore();
        return { reset: fixtures ? "fixtures" : "seed" };
      },
    },
  });

  const ready =
    !fixtures && !save
      ? Promise.resolve()
      : (async () => {
          // Replayed even when the data file wins, so that a broken fixture
          // is refused at start rather than at the first reset.
          const base = fixtures ? await fresh() : undefined;
          if (stored) restoreState(state, stored);
          else if (base) Object.assign(state, base);
          await save?.().catch((error: unknown) => {
            throw new EmulatorSetupError(
              `data file ${dataFile}: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
            );
          });
        })();
  // A caller who never awaits `ready` sees the failure from `handle`, not
  // as an unhandled rejection.
  ready.catch(() => undefined);

  const handle =
    !fixtures && !save
      ? engine.handle
      : async (request: Request) => {
          await ready;
          const response = await engine.handle(request);
          if (
            !save ||
            !response.ok ||
            !WRITES.has(request.method.toUpperCase())
          )
            return response;
          try {
            await save();
            return response;
          } catch (error) {
            return unsaved(engine, request, response, error, onError);
          }
        };

  return {
    handle,
    ready,
    async reset() {
      await restore();
      await save?.();
    },
    get state() {
      return engine.state;
    },
    get users() {
      return engine.users;
    },
    get spec() {
      return engine.spec;
    },
    get requests() {
      return engine.requests;
    },
    requestCount: (filter) => engine.requestCount(filter),
    resetRequests: () => engine.resetRequests(),
    setFaults: (faults) => engine.setFaults(faults),
  };
}

/**
 * The answer to a write that is done in memory but could not be saved: a
 * 500, so that the client does not take it as durable (the log says so too).
 */
function unsaved(
  engine: Engine<State>,
  request: Request,
  response: Response,
  error: unknown,
  onError: NonNullable<EmulatorAppOptions["onError"]>,
): Response {
  const requestId = response.headers.get("X-Request-Id");
  const record = engine.requests.findLast((r) => r.requestId === requestId);
  if (record) record.status = 500;
  onError(error, {
    method: request.method,
    path: new URL(request.url).pathname,
    operationId: record?.operationId ?? null,
  });
  const headers = new Headers(response.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(
    JSON.stringify(
      internalErrorBody(
        "The emulator could not save this change to its data file; it holds in memory only.",
      ),
    ),
    { status: 500, headers },
  );
}

/** Reads and checks the data file; undefined when it does not exist yet. */
function loadDataFile(path: string): StoredState | undefined {
  removeLeftovers(path);
  let text: string | undefined;
  try {
    text = readDataFile(path);
  } catch (error) {
    throw new EmulatorSetupError(
      `data file ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (text === undefined) return undefined;
  try {
    return parseStateFile(text);
  } catch (error) {
    throw new EmulatorSetupError(
      `data file ${path}: refused, ${(error as Error).message}. It is left as it is; move it away to start afresh.`,
    );
  }
}

/**
 * The users, each with its key: the one given in `keys` or in its entry,
 * else the data file's, else a random one. A data file written for other
 * users is refused: its objects would point at users who are not there.
 */
function withKeys(
  entries: Array<Partial<EmulatorUser>> | undefined,
  keys: KeyTable,
  stored: StoredState | undefined,
): EmulatorUser[] {
  const given = new Map<number, string>();
  entries?.forEach((e, index) => {
    if (e.apiKey !== undefined) given.set(e.id ?? index + 1, e.apiKey);
  });
  const users = completeUsers(entries);
  const ids = users.map((u) => u.id);
  for (const id of Object.keys(keys))
    if (!ids.includes(Number(id)))
      throw new EmulatorSetupError(`keys: there is no user ${id}`);
  if (stored) {
    const storedIds = Object.keys(stored.keys).map(Number);
    const same =
      storedIds.length === ids.length &&
      ids.every((id) => String(id) in stored.keys);
    if (!same)
      throw new EmulatorSetupError(
        `the data file was written for users ${storedIds.join(", ")}, not ${ids.join(", ")}; use another data file`,
      );
  }
  const out = users.map((u) => ({
    ...u,
    apiKey:
      keys[u.id] ?? given.get(u.id) ?? stored?.keys[String(u.id)] ?? u.apiKey,
  }));
  const seen = new Map<string, number>();
  for (const u of out) {
    const other = seen.get(u.apiKey);
    if (other !== undefined)
      throw new EmulatorSetupError(
        `users ${other} and ${u.id} have the same API key`,
      );
    seen.set(u.apiKey, u.id);
  }
  return out;
}

/** Fills partial user entries from the defaults; no entries: the defaults. */
function completeUsers(entries?: Array<Partial<EmulatorUser>>): EmulatorUser[] {
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
