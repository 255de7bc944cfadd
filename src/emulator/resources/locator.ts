// How a handler finds what a request names: an object, with the caller's
// level on it checked in the same step (every resource's own handlers and
// every family go through a locator), or a user.
import { notFound } from "../model/api-errors.js";
import { requireLevel } from "../model/permissions.js";
import { findProfile } from "../model/state.js";
import type {
  EmulatorUser,
  Level,
  Shareable,
  State,
  UserProfile,
} from "../model/state.js";

/** What a locator reads of a request: the caller and the object's id (and resource name). */
export interface LocatorContext {
  state: State;
  user: EmulatorUser;
  path: { id: number; name?: string };
}

/**
 * The object a request names, if the caller has at least `level` on it.
 * Missing or unreadable is a 404; readable but not enough is a 403.
 */
export type Locator<T extends Shareable> = (
  ctx: LocatorContext,
  level: Level,
) => T;

/** A locator for objects found by `path.id` that guard themselves. */
export function byId<T extends Shareable>(
  find: (state: State, id: number, user: EmulatorUser) => T | undefined,
  what: string,
): Locator<T> {
  return (ctx, level) =>
    requireLevel(
      ctx.state,
      find(ctx.state, ctx.path.id, ctx.user),
      ctx.user,
      level,
      what,
    );
}

/** A user (or the robot) a request names by id; unknown is a 404 naming the id. */
export function requireProfile(state: State, id: number): UserProfile {
  const user = findProfile(state, id);
  if (!user) throw notFound(`user ${id}`);
  return user;
}
