// The shares family, the same five operations on every shareable resource:
// list, put users, put groups, delete users, delete groups.
//
// Decisions:
// - `GET .../shares` is an array holding one share object. The owner is listed
//   under `owners`; a share to the owner changes nothing (the owner always
//   manages). Totals count every user / group listed.
// - Changing shares needs manage; listing them needs read.
// - Unknown user or group ids (in the path or in `user_ids` / `group_ids`)
//   are a 404 naming the id. Revoking a share that does not exist is a 204
//   (DELETE stays idempotent, so a retried DELETE does not fail).
import { notFound } from "../model/api-errors.js";
import { findProfile } from "../model/state.js";
import type { Level, Shareable, State } from "../model/state.js";
import type { EngineHandler } from "../engine/handler-types.js";
import { requireProfile } from "./locator.js";
import type { Locator, LocatorContext } from "./locator.js";
import { asEngineHandler } from "./operation-handler.js";
import type {
  OperationResult,
  OperationsLike,
  Schema,
} from "./operation-handler.js";

// The family's operations over every resource: their bodies, paths and
// queries are typed from the spec like any other handler's.
type ListShares = OperationsLike<`${string}_list_${string}shares`>;
type PutShareUsers = OperationsLike<`${string}_put_${string}shares_users`>;
type PutShareGroups = OperationsLike<`${string}_put_${string}shares_groups`>;
type DeleteShareUsers =
  OperationsLike<`${string}_delete_${string}shares_users`>;
type DeleteShareGroups =
  OperationsLike<`${string}_delete_${string}shares_groups`>;

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

/** Who a share goes to: how one is found (or a 404), granted and revoked. */
interface Grantee {
  require(state: State, id: number): void;
  grant(obj: Shareable, id: number, level: Level): void;
  revoke(obj: Shareable, id: number): void;
}

const users: Grantee = {
  require: (state, id) => void requireProfile(state, id),
  grant: grantUser,
  revoke: (obj, id) => obj.grants.users.delete(id),
};

const groups: Grantee = {
  require(state, id) {
    if (!state.groups.has(id)) throw notFound(`group ${id}`);
  },
  grant: (obj, id, level) => obj.grants.groups.set(id, level),
  revoke: (obj, id) => obj.grants.groups.delete(id),
};

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
  locate: Locator<Shareable>,
  infix = "" as I,
): Record<ShareOps<P, I>, EngineHandler<State>> {
  const put = (
    ctx: LocatorContext,
    to: Grantee,
    ids: number[],
    level: Level,
  ): OperationResult<PutShareUsers | PutShareGroups> => {
    const obj = locate(ctx, "manage");
    for (const id of ids) to.require(ctx.state, id);
    for (const id of ids) to.grant(obj, id, level);
    return { body: shareObject(ctx.state, obj) };
  };
  const revoke = (ctx: LocatorContext, from: Grantee, id: number) => {
    const obj = locate(ctx, "manage");
    from.require(ctx.state, id);
    from.revoke(obj, id);
    return { status: 204 } as const;
  };
  const handlers: Record<string, EngineHandler<State>> = {
    [`${prefix}_list_${infix}shares`]: asEngineHandler<ListShares>((ctx) => ({
      body: [shareObject(ctx.state, locate(ctx, "read"))],
    })),
    [`${prefix}_put_${infix}shares_users`]: asEngineHandler<PutShareUsers>(
      (ctx) => put(ctx, users, ctx.body.user_ids, ctx.body.permission_level),
    ),
    [`${prefix}_put_${infix}shares_groups`]: asEngineHandler<PutShareGroups>(
      (ctx) => put(ctx, groups, ctx.body.group_ids, ctx.body.permission_level),
    ),
    [`${prefix}_delete_${infix}shares_users`]:
      asEngineHandler<DeleteShareUsers>((ctx) =>
        revoke(ctx, users, ctx.path.user_id),
      ),
    [`${prefix}_delete_${infix}shares_groups`]:
      asEngineHandler<DeleteShareGroups>((ctx) =>
        revoke(ctx, groups, ctx.path.group_id),
      ),
  };
  return handlers as Record<ShareOps<P, I>, EngineHandler<State>>;
}
