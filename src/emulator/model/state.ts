// The emulator's per-instance state: seeded users, groups, organization and
// remote hosts, the five resources' records, id counters and a monotonic
// clock. Nothing here is module-level: every `createState` call is a fresh,
// independent API.
import { randomBytes } from "node:crypto";
import type { SortMemo } from "./paging.js";

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

/** A permission level, lowest first (seeds: "read", "write", or "manage"). */
export type Level = "read" | "write" | "manage";

/** Explicit shares on one object, by user id and by group id. */
export interface Grants {
  users: Map<number, Level>;
  groups: Map<number, Level>;
}

/** Anything that can be shared: its owner (if any) and its explicit shares. */
export interface Shareable {
  id: number;
  /** The owner (manage, listed under `owners`); null for ownerless objects. */
  ownerId: number | null;
  grants: Grants;
  /** Members of a group can read it without a share. */
  memberIds?: Set<number>;
}

/** A user as other users see it; the robot has no API key. */
export type UserProfile = Omit<EmulatorUser, "apiKey">;

export interface Organization {
  id: number;
  name: string;
}

/** One login accepted by a remote host (emulator data, random per instance). */
export interface RemoteHostAccount {
  username: string;
  password: string;
}

/** A remote host known to `credentials.post_authenticate`. */
export interface RemoteHost {
  id: number;
  name: string;
  /** One of the seed's `RemoteHostTypes::*`. */
  type: string;
  url: string;
  accounts: RemoteHostAccount[];
}

interface Timestamps {
  createdAt: string;
  updatedAt: string;
}

export interface MatchTargetRecord extends Shareable, Timestamps {
  ownerId: number;
  name: string;
  targetFileName: string | null;
  archived: boolean;
}

export interface JsonValueRecord extends Shareable, Timestamps {
  ownerId: number;
  name: string | null;
  /** Parsed JSON; its keys are user data and never case-converted. */
  value: unknown;
}

export interface PermissionSetResourceRecord extends Shareable, Timestamps {
  ownerId: null;
  permissionSetId: number;
  name: string;
  description: string | null;
}

export interface PermissionSetRecord extends Shareable, Timestamps {
  /** The author. */
  ownerId: number;
  name: string;
  description: string | null;
  archived: boolean;
  resources: Map<string, PermissionSetResourceRecord>;
}

export interface GroupRecord extends Shareable, Timestamps {
  /** The creator, who manages the group. */
  ownerId: number;
  memberIds: Set<number>;
  childGroupIds: number[];
  name: string;
  description: string | null;
  slug: string | null;
  organizationId: number;
  defaultOtpRequiredForLogin: boolean;
  roleIds: number[];
  defaultTimeZone: string | null;
  defaultJobsLabel: string | null;
  defaultNotebooksLabel: string | null;
  defaultServicesLabel: string | null;
  createdById: number;
  lastUpdatedById: number;
}

export interface CredentialRecord extends Shareable, Timestamps {
  ownerId: number;
  name: string | null;
  type: string;
  username: string;
  /** Stored, never returned. */
  password: string;
  description: string | null;
  remoteHostId: number | null;
  state: string | null;
  systemCredential: boolean;
  default: boolean;
  oauth: boolean;
}

/** Id counters, one per kind of record. */
export interface Counters {
  matchTargets: number;
  jsonValues: number;
  permissionSets: number;
  resources: number;
  groups: number;
  credentials: number;
}

export interface State {
  users: Map<number, EmulatorUser>;
  /** Owner of system credentials (civis-python's reference: "the Civis Robot user"); cannot log in. */
  robot: UserProfile;
  organization: Organization;
  remoteHosts: RemoteHost[];
  matchTargets: Map<number, MatchTargetRecord>;
  jsonValues: Map<number, JsonValueRecord>;
  permissionSets: Map<number, PermissionSetRecord>;
  groups: Map<number, GroupRecord>;
  credentials: Map<number, CredentialRecord>;
  /** The last id handed out, per kind. */
  lastId: Counters;
  /** ISO-8601 UTC with ms, strictly increasing within this instance. */
  now(): string;
  /** The last sort of each list and order, reused while nothing in it changed. */
  sorts: SortMemo;
}

/** Random hex, for API keys, passwords and temporary tokens. */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** The seeded users: 1 is an admin; each gets a fresh random API key. */
export function defaultUsers(): EmulatorUser[] {
  const user = (
    id: number,
    name: string,
    username: string,
    admin: boolean,
  ): EmulatorUser => ({
    id,
    username,
    name,
    initials: name
      .split(" ")
      .map((w) => w[0] ?? "")
      .join(""),
    email: `${username}@example.test`,
    admin,
    apiKey: randomHex(32),
    primaryGroupId: id,
  });
  return [
    user(1, "Ada Admin", "ada", true),
    user(2, "Ben Analyst", "ben", false),
    user(3, "Cy Viewer", "cy", false),
  ];
}

/**
 * The remote hosts `post_authenticate` knows. Passwords are random per call so
 * that none is written in the source; read them from `state.remoteHosts`.
 */
export function defaultRemoteHosts(): RemoteHost[] {
  return [
    {
      id: 1,
      name: "Analytics Postgres",
      type: "RemoteHostTypes::Postgres",
      url: "postgres://db.example.test:5432/analytics",
      accounts: [
        { username: "analyst", password: randomHex(12) },
        { username: "reporter", password: randomHex(12) },
      ],
    },
    {
      id: 2,
      name: "Warehouse Redshift",
      type: "RemoteHostTypes::Redshift",
      url: "redshift://warehouse.example.test:5439/dev",
      accounts: [{ username: "etl", password: randomHex(12) }],
    },
    {
      id: 3,
      name: "Example GitHub",
      type: "RemoteHostTypes::Github",
      url: "https://github.example.test",
      accounts: [{ username: "octo", password: randomHex(12) }],
    },
    {
      id: 4,
      name: "Example S3",
      type: "RemoteHostTypes::S3Storage",
      url: "s3://bucket.example.test",
      accounts: [{ username: "AKIAEXAMPLE", password: randomHex(20) }],
    },
  ];
}

/** A monotonic ISO clock: never repeats, even within one millisecond. */
function monotonicClock(): () => string {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
}

export function emptyGrants(): Grants {
  return { users: new Map(), groups: new Map() };
}

/** What every new object starts with: the next id of its kind, its owner, no shares, now. */
export function newObject<O extends number | null>(
  state: Pick<State, "lastId" | "now">,
  kind: keyof Counters,
  ownerId: O,
) {
  const at = state.now();
  return {
    id: ++state.lastId[kind],
    ownerId,
    grants: emptyGrants(),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * A record as one object with every field in it. Built up field by field (a
 * spread, then what the request declares), a record keeps most fields in a
 * separate array allocated apart from it; list answers read a field of
 * every record, and reading 10,000 that way took several times as long.
 */
export function compact<T extends object>(record: T): T {
  return { ...record };
}

/**
 * A fresh emulator state. Seeds the given users, an organization, the remote
 * hosts and groups: 1 "Admins" (user 1), 2 "Analysts" (users 1, 2; child
 * group 3), 3 "Interns" (user 3), all created by user 1. A user's primary
 * group is taken as given (`defaultUsers` uses the group with the user's id).
 */
export function createState(
  users: EmulatorUser[],
  remoteHosts: RemoteHost[] = defaultRemoteHosts(),
): State {
  const now = monotonicClock();
  const organization = { id: 1, name: "Emulated Organization" };
  const state: State = {
    users: new Map(users.map((u) => [u.id, u])),
    robot: {
      id: Math.max(0, ...users.map((u) => u.id)) + 1000,
      username: "civis-robot",
      name: "Civis Robot",
      initials: "CR",
      email: "robot@example.test",
      admin: false,
      primaryGroupId: null,
    },
    organization,
    remoteHosts,
    matchTargets: new Map(),
    jsonValues: new Map(),
    permissionSets: new Map(),
    groups: new Map(),
    credentials: new Map(),
    lastId: {
      matchTargets: 0,
      jsonValues: 0,
      permissionSets: 0,
      resources: 0,
      groups: 0,
      credentials: 0,
    },
    now,
    sorts: new Map(),
  };
  const known = (ids: number[]) => ids.filter((id) => state.users.has(id));
  const seedGroup = (name: string, members: number[], children: number[]) => {
    const creator = known([1])[0] ?? users[0]?.id ?? 1;
    const base = newObject(state, "groups", creator);
    state.groups.set(base.id, {
      ...base,
      memberIds: new Set(known(members)),
      childGroupIds: children,
      name,
      description: null,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      organizationId: organization.id,
      defaultOtpRequiredForLogin: false,
      roleIds: [],
      defaultTimeZone: "America/Chicago",
      defaultJobsLabel: null,
      defaultNotebooksLabel: null,
      defaultServicesLabel: null,
      createdById: creator,
      lastUpdatedById: creator,
    });
  };
  seedGroup("Admins", [1], []);
  seedGroup("Analysts", [1, 2], [3]);
  seedGroup("Interns", [3], []);
  return state;
}

/** A user or the robot, by id. */
export function findProfile(state: State, id: number): UserProfile | undefined {
  return (
    state.users.get(id) ?? (id === state.robot.id ? state.robot : undefined)
  );
}

/** Every object that holds shares, permission-set resources included. */
function* shareables(state: State): Iterable<Shareable> {
  yield* state.matchTargets.values();
  yield* state.jsonValues.values();
  for (const set of state.permissionSets.values()) {
    yield set;
    yield* set.resources.values();
  }
  yield* state.groups.values();
  yield* state.credentials.values();
}

/**
 * Deletes a group with its memberships and shares: shares to it on other
 * objects and its place among other groups' children go too.
 */
export function removeGroup(state: State, id: number): void {
  state.groups.delete(id);
  for (const obj of shareables(state)) obj.grants.groups.delete(id);
  for (const g of state.groups.values())
    g.childGroupIds = g.childGroupIds.filter((c) => c !== id);
}

/** The groups a user belongs to (direct membership only). */
export function groupIdsOf(state: State, userId: number): number[] {
  const ids: number[] = [];
  for (const g of state.groups.values())
    if (g.memberIds.has(userId)) ids.push(g.id);
  return ids;
}
