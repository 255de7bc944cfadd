// The families every shareable resource repeats, written once: shares
// (list / put users / put groups / delete users / delete groups), transfer,
// dependencies and archive (DESIGN.md "Wire facts", STYLE.md).
//
// Decisions:
// - `GET .../shares` is an array holding one share object. The owner is listed
//   under `owners`; a share to the owner changes nothing (the owner always
//   manages). Totals count every user / group listed.
// - Changing shares needs manage; listing them needs read.
// - Unknown user or group ids (in the path or in `user_ids` / `group_ids`)
//   are a 404 naming the id. Revoking a share that does not exist is a 204
//   (DELETE stays idempotent, so a retried DELETE does not fail).
// - `put_transfer` needs manage. The new owner replaces the old one, who keeps
//   a manage share (as Civis does). With `include_dependencies`, the target
//   user gets manage on every dependency the caller can share.
// - `put_archive` needs write and bumps `updatedAt`.
import { notFound } from "../model/api-errors.js";
import { can, requireLevel } from "../model/permissions.js";
import { findProfile } from "../model/state.js";
import type { Level, Shareable, State } from "../model/state.js";
import { typed } from "./typed-handler.js";
import type {
  Body,
  OperationId,
  Schema,
  TypedContext,
} from "./typed-handler.js";
import type { EmulatorUser, Handler } from "../engine/handler-types.js";

// Each family's operations, by operation id: their bodies, paths and queries
// are typed from the spec like any other handler's.
type Ops<Pattern extends string> = Extract<OperationId, Pattern>;
type ListShares = Ops<`${string}_list_${string}shares`>;
type PutShareUsers = Ops<`${string}_put_${string}shares_users`>;
type PutShareGroups = Ops<`${string}_put_${string}shares_groups`>;
type DeleteShareUsers = Ops<`${string}_delete_${string}shares_users`>;
type DeleteShareGroups = Ops<`${string}_delete_${string}shares_groups`>;
type ListDependencies = Ops<`${string}_list_dependencies`>;
type PutTransfer = Ops<`${string}_put_transfer`>;
type PutArchive = Ops<`${string}_put_archive`>;

/** What a locator reads of a request: the object's id (and resource name). */
interface Ctx {
  state: State;
  user: EmulatorUser;
  path: { id: number; name?: string };
}

/** Where a family's object lives: the object and whose permissions gate it. */
export interface Located {
  /** The object whose shares are read or changed; undefined if missing. */
  target: Shareable | undefined;
  /** The object whose level the caller needs (the target itself, or a parent). */
  guard: Shareable | undefined;
  /** Singular noun for error messages ("group", "resource"). */
  what: string;
}

export type Locate = (ctx: Ctx) => Located;

/** Finds the target and checks the caller's level on its guard. */
function locateFor(ctx: Ctx, locate: Locate, level: Level): Shareable {
  const { target, guard, what } = locate(ctx);
  requireLevel(ctx.state, guard, ctx.user, "read", what);
  if (!target) throw notFound(what);
  requireLevel(ctx.state, guard, ctx.user, level, what);
  return target;
}

/** A locator for objects that guard themselves, by `path.id`. */
export function byId(
  find: (state: State, id: number, user: EmulatorUser) => Shareable | undefined,
  what: string,
): Locate {
  return (ctx) => {
    const obj = find(ctx.state, ctx.path.id, ctx.user);
    return { target: obj, guard: obj, what };
  };
}

function userOrThrow(state: State, id: number) {
  const user = findProfile(state, id);
  if (!user) throw notFound(`user ${id}`);
  return user;
}

function groupOrThrow(state: State, id: number) {
  const group = state.groups.get(id);
  if (!group) throw notFound(`group ${id}`);
  return group;
}

const bucketOf = {
  read: "readers",
  write: "writers",
  manage: "owners",
} as const;

/** The share object of one object (wire format). */
export function shareObject(
  state: State,
  obj: Shareable,
): Schema<"ShareObject"> {
  const out: Schema<"ShareObject"> = {
    readers: { users: [], groups: [] },
    writers: { users: [], groups: [] },
    owners: { users: [], groups: [] },
    totalUserShares: 0,
    totalGroupShares: 0,
  };
  const users = [...obj.grants.users].filter(([id]) => id !== obj.ownerId);
  if (obj.ownerId !== null) users.push([obj.ownerId, "manage"]);
  for (const [id, level] of users.sort((a, b) => a[0] - b[0])) {
    const user = findProfile(state, id);
    if (!user) continue;
    out[bucketOf[level]].users.push({ id, name: user.name });
    out.totalUserShares++;
  }
  for (const [id, level] of [...obj.grants.groups].sort(
    (a, b) => a[0] - b[0],
  )) {
    const group = state.groups.get(id);
    if (!group) continue;
    out[bucketOf[level]].groups.push({ id, name: group.name });
    out.totalGroupShares++;
  }
  return out;
}

/** Sets a user's share (the owner's is left alone: the owner manages). */
export function grantUser(obj: Shareable, userId: number, level: Level): void {
  if (obj.ownerId !== userId) obj.grants.users.set(userId, level);
}

type ShareOps<P extends string, I extends string> =
  | `${P}_list_${I}shares`
  | `${P}_put_${I}shares_users`
  | `${P}_put_${I}shares_groups`
  | `${P}_delete_${I}shares_users`
  | `${P}_delete_${I}shares_groups`;

/**
 * The five share operations of a resource: `<prefix>_list_shares`, ... For
 * permission-set resources the infix is `resources_`
 * (`permission_sets_put_resources_shares_users`).
 */
export function shareHandlers<P extends string, I extends string = "">(
  prefix: P,
  locate: Locate,
  infix = "" as I,
): Record<ShareOps<P, I>, Handler<State>> {
  const handlers: Record<string, Handler<State>> = {
    [`${prefix}_list_${infix}shares`]: typed<ListShares>((ctx) => {
      const obj = locateFor(ctx, locate, "read");
      return { body: [shareObject(ctx.state, obj)] };
    }),
    [`${prefix}_put_${infix}shares_users`]: typed<PutShareUsers>((ctx) => {
      const obj = locateFor(ctx, locate, "manage");
      const { user_ids, permission_level } = ctx.body;
      for (const id of user_ids) userOrThrow(ctx.state, id);
      for (const id of user_ids) grantUser(obj, id, permission_level);
      return { body: shareObject(ctx.state, obj) };
    }),
    [`${prefix}_put_${infix}shares_groups`]: typed<PutShareGroups>((ctx) => {
      const obj = locateFor(ctx, locate, "manage");
      const { group_ids, permission_level } = ctx.body;
      for (const id of group_ids) groupOrThrow(ctx.state, id);
      for (const id of group_ids) obj.grants.groups.set(id, permission_level);
      return { body: shareObject(ctx.state, obj) };
    }),
    [`${prefix}_delete_${infix}shares_users`]: typed<DeleteShareUsers>(
      (ctx) => {
        const obj = locateFor(ctx, locate, "manage");
        userOrThrow(ctx.state, ctx.path.user_id);
        obj.grants.users.delete(ctx.path.user_id);
        return { status: 204 };
      },
    ),
    [`${prefix}_delete_${infix}shares_groups`]: typed<DeleteShareGroups>(
      (ctx) => {
        const obj = locateFor(ctx, locate, "manage");
        groupOrThrow(ctx.state, ctx.path.group_id);
        obj.grants.groups.delete(ctx.path.group_id);
        return { status: 204 };
      },
    ),
  };
  return handlers as Record<ShareOps<P, I>, Handler<State>>;
}

/** One object another object depends on. */
export interface DependencyTarget {
  objectType: string;
  fcoType: string;
  id: number;
  name: string | null;
  description: string | null;
  /** The object to share on transfer; null when it cannot be shared. */
  target: Shareable | null;
  /** Whose manage level lets the caller share it (defaults to `target`). */
  guard?: Shareable;
}

export type DependenciesOf = (
  state: State,
  obj: Shareable,
) => DependencyTarget[];

/** The target user's own level (ownership or a direct share; not groups). */
function directLevel(obj: Shareable, userId: number): Level | null {
  if (obj.ownerId === userId) return "manage";
  return obj.grants.users.get(userId) ?? null;
}

function describe(
  ctx: Ctx,
  dep: DependencyTarget,
  targetUserId: number | undefined,
): Schema<"DependencyBase"> & { shareable: boolean } {
  const guard = dep.guard ?? dep.target;
  const readable = !guard || can(ctx.state, guard, ctx.user, "read");
  return {
    objectType: dep.objectType,
    fcoType: dep.fcoType,
    id: dep.id,
    name: readable ? dep.name : null,
    permissionLevel:
      dep.target && targetUserId !== undefined
        ? directLevel(dep.target, targetUserId)
        : null,
    description: dep.description,
    shareable:
      !!guard && !!dep.target && can(ctx.state, guard, ctx.user, "manage"),
  };
}

/** `<prefix>_list_dependencies` and `<prefix>_put_transfer`. */
export function transferHandlers<P extends string>(
  prefix: P,
  locate: Locate,
  dependenciesOf: DependenciesOf = () => [],
): Record<`${P}_list_dependencies` | `${P}_put_transfer`, Handler<State>> {
  const handlers: Record<string, Handler<State>> = {
    [`${prefix}_list_dependencies`]: typed<ListDependencies>((ctx) => {
      const obj = locateFor(ctx, locate, "read");
      const targetUserId = ctx.query.user_id;
      if (targetUserId !== undefined) userOrThrow(ctx.state, targetUserId);
      const list: Schema<"Dependency">[] = dependenciesOf(ctx.state, obj).map(
        (dep) => describe(ctx, dep, targetUserId),
      );
      return { body: list };
    }),
    [`${prefix}_put_transfer`]: typed<PutTransfer>((ctx) => {
      const obj = locateFor(ctx, locate, "manage");
      const { user_id, include_dependencies } = ctx.body;
      const to = userOrThrow(ctx.state, user_id).id;
      const deps = dependenciesOf(ctx.state, obj);
      const shared = deps.map((dep) => {
        const { shareable } = describe(ctx, dep, to);
        const ok = include_dependencies && shareable && !!dep.target;
        if (ok && dep.target) grantUser(dep.target, to, "manage");
        return ok;
      });
      const previous = obj.ownerId;
      obj.ownerId = to;
      obj.grants.users.delete(to);
      if (previous !== null && previous !== to)
        obj.grants.users.set(previous, "manage");
      const result: Schema<"TransferResult"> = {
        dependencies: deps.map((dep, i) => {
          const { shareable: _, ...rest } = describe(ctx, dep, to);
          return { ...rest, shared: shared[i] ?? false };
        }),
      };
      return { body: result };
    }),
  };
  return handlers as Record<
    `${P}_list_dependencies` | `${P}_put_transfer`,
    Handler<State>
  >;
}

/** An archivable record: a boolean flag and an update time. */
export interface Archivable extends Shareable {
  archived: boolean;
  updatedAt: string;
}

/** `<prefix>_put_archive`: needs write; returns the object as `present` shows it. */
export function archiveHandlers<P extends string, R extends Archivable>(
  prefix: P,
  find: (state: State, id: number) => R | undefined,
  what: string,
  present: (ctx: TypedContext<PutArchive>, record: R) => Body<PutArchive>,
): Record<`${P}_put_archive`, Handler<State>> {
  const handlers: Record<string, Handler<State>> = {
    [`${prefix}_put_archive`]: typed<PutArchive>((ctx) => {
      const record = requireLevel(
        ctx.state,
        find(ctx.state, ctx.path.id),
        ctx.user,
        "write",
        what,
      );
      record.archived = ctx.body.status;
      record.updatedAt = ctx.state.now();
      return { body: present(ctx, record) };
    }),
  };
  return handlers as Record<`${P}_put_archive`, Handler<State>>;
}
