// Who may do what to a shared object.
//
// The rules:
// - Levels are ordered read < write < manage.
// - The owner of an object has manage. Explicit shares to the user count, and
//   so do shares to every group the user is a direct member of; the highest
//   level wins. Members of a group can read that group.
// - Admins have manage on every object (so an admin can rescue anything). The
//   exception is `sharedLevel`, used by `list_users_permissions`, which reports
//   shares only.
// - An object the caller cannot read is a 404 (its existence is not
//   revealed); one it can read but lacks the needed level on is a 403.
import { forbidden, notFound } from "./api-errors.js";
import { groupIdsOf } from "./state.js";
import type { EmulatorUser, Level, Shareable, State } from "./state.js";

export const levels: readonly Level[] = ["read", "write", "manage"];

/** 0 for no access, 1 read, 2 write, 3 manage. */
export function rank(level: Level | null | undefined): number {
  return level ? levels.indexOf(level) + 1 : 0;
}

function levelOfRank(r: number): Level | null {
  return levels[r - 1] ?? null;
}

/**
 * The level a user gets from ownership, membership and shares (no admin
 * rule). `groupIds`: the user's groups, when the caller already has them.
 */
export function sharedLevel(
  state: State,
  obj: Shareable,
  userId: number,
  groupIds?: readonly number[],
): Level | null {
  if (obj.ownerId === userId) return "manage";
  let best = rank(obj.grants.users.get(userId));
  if (obj.memberIds?.has(userId)) best = Math.max(best, rank("read"));
  if (obj.grants.groups.size)
    for (const gid of groupIds ?? groupIdsOf(state, userId))
      best = Math.max(best, rank(obj.grants.groups.get(gid)));
  return levelOfRank(best);
}

/** The caller's effective level on an object (admins manage everything). */
export function levelOf(
  state: State,
  obj: Shareable,
  user: EmulatorUser,
): Level | null {
  return user.admin ? "manage" : sharedLevel(state, obj, user.id);
}

/** Whether the caller has at least `level` on the object. */
export function can(
  state: State,
  obj: Shareable,
  user: EmulatorUser,
  level: Level,
): boolean {
  return rank(levelOf(state, obj, user)) >= rank(level);
}

/**
 * `can` for the objects of one list: the caller's groups are looked up once
 * (finding them walks every group), not once per object.
 */
export function canOf(
  state: State,
  user: EmulatorUser,
): (obj: Shareable, level: Level) => boolean {
  if (user.admin) return () => true;
  let groupIds: number[] | undefined;
  return (obj, level) =>
    rank(
      sharedLevel(
        state,
        obj,
        user.id,
        (groupIds ??= groupIdsOf(state, user.id)),
      ),
    ) >= rank(level);
}

/**
 * The object, if the caller has at least `level` on it. Missing or unreadable
 * is a 404 naming `what`; readable but not enough is a 403.
 */
export function requireLevel<T extends Shareable>(
  state: State,
  obj: T | undefined,
  user: EmulatorUser,
  level: Level,
  what = "resource",
): T {
  // One look at the caller's level: it walks the caller's groups.
  const have = obj ? rank(levelOf(state, obj, user)) : 0;
  if (!obj || have < rank("read")) throw notFound(what);
  if (have < rank(level))
    throw forbidden(`You need ${level} permission on this ${what} to do that.`);
  return obj;
}
