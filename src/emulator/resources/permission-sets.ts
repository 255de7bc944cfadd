// Permission sets and their resources.
//
// Decisions:
// - `archived` is a boolean on the wire, as recorded (civis-python's
//   reference prints str; see the spec's header). The `list` filter `archived` is a string: unarchived sets
//   unless it is "true" (archived only) or "all".
// - Resources are keyed by name inside their set (names may hold `/`, spaces,
//   `?`, `#`). A second resource with the same name is a 409. Reading
//   resources needs read on the set; creating, changing and deleting them
//   needs write on the set; changing their shares needs manage on the set.
// - A resource's permissions come only from its own shares (to users and to
//   their groups); `list_users_permissions` reports exactly those.
// - A set's dependencies are its resources (objectType
//   "PermissionSetResource"), so a transfer with `include_dependencies` gives
//   the new owner manage on each resource.
import { conflict, notFound } from "../model/api-errors.js";
import {
  canOf,
  rank,
  requireLevel,
  sharedLevel,
} from "../model/permissions.js";
import { listPage, timestampKeys } from "../model/paging.js";
import { compact, findProfile, newObject } from "../model/state.js";
import type {
  PermissionSetRecord,
  PermissionSetResourceRecord,
  Shareable,
  State,
} from "../model/state.js";
import { userSummary } from "../model/user-profiles.js";
import { assignDeclared, echo } from "./declared-fields.js";
import { byId, requireProfile } from "./locator.js";
import type { Locator } from "./locator.js";
import { engineHandlers } from "./operation-handler.js";
import type { Schema } from "./operation-handler.js";
import { recordHandlers } from "./record-family.js";
import type { PresenterContext } from "./record-family.js";
import { shareHandlers } from "./share-family.js";
import { transferHandlers } from "./transfer-family.js";
import type { DependencyTarget } from "./transfer-family.js";

const what = "permission set";

/** The stored fields the response declares, and the author. */
function present(
  ctx: PresenterContext,
  set: PermissionSetRecord,
): Schema<"PermissionSet"> {
  return {
    ...echo<Schema<"PermissionSet">>(ctx.operation, set),
    author: userSummary(findProfile(ctx.state, set.ownerId) ?? ctx.state.robot),
  };
}

const presentResource = (
  ctx: PresenterContext,
  resource: PermissionSetResourceRecord,
) => echo<Schema<"PermissionSetResource">>(ctx.operation, resource);

const find = (state: State, id: number) => state.permissionSets.get(id);
const locateSet = byId(find, what);

/**
 * A resource of a set, by `path.name`, gated by the caller's level on the
 * set: an unreadable set is a 404 naming the set, a missing resource one
 * naming the resource, and too low a level a 403 naming `noun`.
 */
const resourceIn =
  (noun: string): Locator<PermissionSetResourceRecord> =>
  (ctx, level) => {
    const set = locateSet(ctx, "read");
    const resource = set.resources.get(String(ctx.path.name));
    if (!resource) throw notFound("resource");
    requireLevel(ctx.state, set, ctx.user, level, noun);
    return resource;
  };
/** For the resource's own operations, a lack of level is on the set. */
const locateResource = resourceIn(what);

function dependenciesOf(_state: State, obj: Shareable): DependencyTarget[] {
  const set = obj as PermissionSetRecord;
  return [...set.resources.values()]
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      objectType: "PermissionSetResource",
      fcoType: "Permission Set Resource",
      id: r.id,
      name: r.name,
      description: r.description,
      target: r,
      guard: set,
    }));
}

const byAuthor = (list: string | undefined) =>
  list === undefined ? undefined : new Set(list.split(",").map(Number));

/** The operations of permission sets beyond the families. */
const ownHandlers = engineHandlers({
  permission_sets_list: (ctx) => {
    const { state, user, query } = ctx;
    const archived = query.archived ?? "false";
    const authors = byAuthor(query.author);
    const allowed = canOf(state, user);
    const visible = [...state.permissionSets.values()].filter(
      (s) =>
        allowed(s, "read") &&
        (archived === "all" || s.archived === (archived === "true")) &&
        (!authors || authors.has(s.ownerId)),
    );
    return listPage(
      ctx,
      "permission_sets",
      visible,
      { ...timestampKeys(), name: (s) => s.name },
      (s) => present(ctx, s),
    );
  },
  permission_sets_list_users_permissions: (ctx) => {
    const set = locateSet(ctx, "read");
    requireProfile(ctx.state, ctx.path.user_id);
    const resources = [...set.resources.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    return {
      body: resources.map((r) => {
        const level = rank(sharedLevel(ctx.state, r, ctx.path.user_id));
        return {
          resourceName: r.name,
          read: level >= rank("read"),
          write: level >= rank("write"),
          manage: level >= rank("manage"),
        };
      }),
    };
  },
  permission_sets_list_resources: (ctx) => {
    const set = locateSet(ctx, "read");
    return listPage(
      ctx,
      "permission_set_resources",
      [...set.resources.values()],
      { ...timestampKeys(), name: (r) => r.name, id: (r) => r.id },
      (r) => presentResource(ctx, r),
    );
  },
  permission_sets_post_resources: (ctx) => {
    const set = locateSet(ctx, "write");
    const { name } = ctx.body;
    if (set.resources.has(name))
      throw conflict(
        `A resource named ${JSON.stringify(name)} already exists in this permission set.`,
      );
    const draft: PermissionSetResourceRecord = {
      ...newObject(ctx.state, "resources", null),
      permissionSetId: set.id,
      name,
      description: null,
    };
    assignDeclared(draft, ctx, { replace: true });
    const resource = compact(draft);
    set.resources.set(resource.name, resource);
    return { status: 201, body: presentResource(ctx, resource) };
  },
  permission_sets_get_resources: (ctx) => ({
    body: presentResource(ctx, locateResource(ctx, "read")),
  }),
  permission_sets_patch_resources: (ctx) => {
    const resource = locateResource(ctx, "write");
    assignDeclared(resource, ctx);
    resource.updatedAt = ctx.state.now();
    return { body: presentResource(ctx, resource) };
  },
  permission_sets_delete_resources: (ctx) => {
    const resource = locateResource(ctx, "write");
    find(ctx.state, resource.permissionSetId)?.resources.delete(resource.name);
    return { status: 204 };
  },
});

export const permissionSetHandlers = {
  ...recordHandlers(
    "permission_sets",
    ["get", "post", "put", "patch", "put_archive"],
    {
      locate: locateSet,
      store: (state) => state.permissionSets,
      present,
      create: (ctx): PermissionSetRecord => ({
        ...newObject(ctx.state, "permissionSets", ctx.user.id),
        name: ctx.body.name,
        description: null,
        archived: false,
        resources: new Map(),
      }),
    },
  ),
  ...shareHandlers("permission_sets", locateSet),
  ...transferHandlers("permission_sets", locateSet, dependenciesOf),
  ...shareHandlers("permission_sets", resourceIn("resource"), "resources_"),
  ...ownHandlers,
};
