// The emulator's state as the text of its data file (`--data`): one explicit
// JSON format with a version, so that a file of another version is refused
// rather than misread. The Maps and Sets of the state are spelled out here
// and nowhere else. What the file does not hold is rebuilt at start: the
// users' profiles (the configuration gives them), the organization, the
// robot, the clock, the request log and the rate-limit windows.
import { createAjv, describeSchemaError } from "./json-schema.js";
import type {
  Counters,
  CredentialRecord,
  GroupRecord,
  Grants,
  JsonValueRecord,
  Level,
  MatchTargetRecord,
  PermissionSetRecord,
  PermissionSetResourceRecord,
  RemoteHost,
  State,
} from "./state.js";

const FORMAT = "civis-api-emulator-state";
const VERSION = 1;

type IdMap<V> = Record<string, V>;
type StoredGrants = { users: IdMap<Level>; groups: IdMap<Level> };
type Stored<R, Omitted extends keyof R = never> = Omit<
  R,
  "grants" | Omitted
> & { grants: StoredGrants };

/** The parsed and checked content of a data file. */
export interface StoredState {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Every user's API key by user id, as the file last saw them. */
  keys: IdMap<string>;
  remoteHosts: RemoteHost[];
  lastId: Counters;
  matchTargets: Array<Stored<MatchTargetRecord>>;
  jsonValues: Array<Stored<JsonValueRecord>>;
  permissionSets: Array<
    Stored<PermissionSetRecord, "resources"> & {
      resources: Array<Stored<PermissionSetResourceRecord>>;
    }
  >;
  groups: Array<Stored<GroupRecord, "memberIds"> & { memberIds: number[] }>;
  credentials: Array<Stored<CredentialRecord>>;
}

const idMap = <V>(map: ReadonlyMap<number, V>): IdMap<V> =>
  Object.fromEntries([...map].map(([id, v]) => [String(id), v]));
const fromIdMap = <V>(map: IdMap<V>): Map<number, V> =>
  new Map(Object.entries(map).map(([id, v]) => [Number(id), v]));

const grantsOut = (g: Grants): StoredGrants => ({
  users: idMap(g.users),
  groups: idMap(g.groups),
});
const grantsIn = (g: StoredGrants): Grants => ({
  users: fromIdMap(g.users),
  groups: fromIdMap(g.groups),
});

// Every other field of a record is JSON already (a JSON value's `value` is
// parsed JSON), fields the spec declares beyond the record types included.
function out<R extends { grants: Grants }>(record: R) {
  return { ...record, grants: grantsOut(record.grants) };
}
function back<R extends { grants: StoredGrants }>(record: R) {
  return { ...record, grants: grantsIn(record.grants) };
}

/** The data file's text for `state` (one line of JSON). */
export function serializeState(state: State): string {
  const stored: StoredState = {
    format: FORMAT,
    version: VERSION,
    keys: idMap(new Map([...state.users].map(([id, u]) => [id, u.apiKey]))),
    remoteHosts: state.remoteHosts,
    lastId: state.lastId,
    matchTargets: [...state.matchTargets.values()].map(out),
    jsonValues: [...state.jsonValues.values()].map(out),
    permissionSets: [...state.permissionSets.values()].map((set) => ({
      ...out(set),
      resources: [...set.resources.values()].map(out),
    })),
    groups: [...state.groups.values()].map((g) => ({
      ...out(g),
      memberIds: [...g.memberIds],
    })),
    credentials: [...state.credentials.values()].map(out),
  };
  return `${JSON.stringify(stored)}\n`;
}

/** Puts the stored records, counters and remote hosts into `state`. */
export function restoreState(state: State, stored: StoredState): void {
  const byId = <R extends { id: number }>(records: R[]) =>
    new Map(records.map((r) => [r.id, r]));
  state.remoteHosts = stored.remoteHosts;
  state.matchTargets = byId(stored.matchTargets.map(back));
  state.jsonValues = byId(stored.jsonValues.map(back));
  state.permissionSets = byId(
    stored.permissionSets.map((set) => ({
      ...back(set),
      resources: new Map(set.resources.map((r) => [r.name, back(r)])),
    })),
  );
  state.groups = byId(
    stored.groups.map((g) => ({ ...back(g), memberIds: new Set(g.memberIds) })),
  );
  state.credentials = byId(stored.credentials.map(back));
  state.lastId = { ...stored.lastId };
}

// The file's shape, checked before anything is read from it. Fields of the
// records beyond their ids, owners and shares are the spec's; they were
// validated when they came in and are not checked again.
const id = { type: "integer", minimum: 1 };
const idKeyed = (value: object) => ({
  type: "object",
  propertyNames: { pattern: "^[1-9][0-9]{0,15}$" },
  additionalProperties: value,
});
const grants = {
  type: "object",
  required: ["users", "groups"],
  additionalProperties: false,
  properties: Object.fromEntries(
    ["users", "groups"].map((k) => [
      k,
      idKeyed({ enum: ["read", "write", "manage"] }),
    ]),
  ),
};
const record = (owner: object, extra: Record<string, object> = {}) => ({
  type: "object",
  required: ["id", "ownerId", "grants", "createdAt", "updatedAt"],
  properties: {
    id,
    ownerId: owner,
    grants,
    createdAt: { type: "string" },
    updatedAt: { type: "string" },
    ...extra,
  },
});
const list = (items: object) => ({ type: "array", items });
const counters = [
  "matchTargets",
  "jsonValues",
  "permissionSets",
  "resources",
  "groups",
  "credentials",
];
const fileSchema = {
  type: "object",
  required: [
    "format",
    "version",
    "keys",
    "remoteHosts",
    "lastId",
    ...counters.filter((c) => c !== "resources"),
  ],
  properties: {
    keys: idKeyed({ type: "string", minLength: 1 }),
    remoteHosts: list({
      type: "object",
      required: ["id", "name", "type", "url", "accounts"],
      properties: {
        id,
        accounts: list({
          type: "object",
          required: ["username", "password"],
          properties: {
            username: { type: "string" },
            password: { type: "string" },
          },
        }),
      },
    }),
    lastId: {
      type: "object",
      required: counters,
      additionalProperties: false,
      properties: Object.fromEntries(
        counters.map((c) => [c, { type: "integer", minimum: 0 }]),
      ),
    },
    matchTargets: list(record(id)),
    jsonValues: list(record(id)),
    permissionSets: list(
      record(id, {
        resources: list(
          record(
            { type: "null" },
            { name: { type: "string" }, permissionSetId: id },
          ),
        ),
      }),
    ),
    groups: list(record(id, { memberIds: list(id), childGroupIds: list(id) })),
    credentials: list(record(id)),
  },
};

/**
 * Parses a data file's text. Throws an Error saying what is wrong (never
 * quoting the file: it holds API keys and passwords).
 */
export function parseStateFile(text: string): StoredState {
  if (text.trim() === "") throw new Error("it is empty");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("it is not valid JSON (cut short, or not a data file)");
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== "object" || head.format !== FORMAT)
    throw new Error("it is not an emulator data file");
  if (head.version !== VERSION)
    throw new Error(
      `it is in format version ${JSON.stringify(head.version)}; this emulator reads version ${VERSION}`,
    );
  const validate = createAjv().compile(fileSchema);
  if (!validate(data)) {
    const error = validate.errors?.[0];
    throw new Error(
      `it does not have the expected shape${error ? ` (${describeSchemaError(error).replace(/^Invalid parameter: /, "")})` : ""}`,
    );
  }
  const stored = data as unknown as StoredState;
  checkUnique(stored);
  return stored;
}

// Ids (and resource names within a set) must be unique, and no record may
// hold an id beyond its counter, or the next create would reuse it.
function checkUnique(stored: StoredState): void {
  const kinds: Array<[keyof Counters, Array<{ id: number }>]> = [
    ["matchTargets", stored.matchTargets],
    ["jsonValues", stored.jsonValues],
    ["permissionSets", stored.permissionSets],
    ["resources", stored.permissionSets.flatMap((s) => s.resources)],
    ["groups", stored.groups],
    ["credentials", stored.credentials],
  ];
  for (const [kind, records] of kinds) {
    const ids = new Set<number>();
    for (const r of records) {
      if (ids.has(r.id)) throw new Error(`${kind} has id ${r.id} twice`);
      if (r.id > stored.lastId[kind])
        throw new Error(`${kind} has id ${r.id}, beyond lastId.${kind}`);
      ids.add(r.id);
    }
  }
  for (const set of stored.permissionSets) {
    const names = new Set(set.resources.map((r) => r.name));
    if (names.size !== set.resources.length)
      throw new Error(`permission set ${set.id} has two resources of one name`);
  }
}
