// Permission sets and their resources (seed 002).
//
// Decisions:
// - `archived` is a boolean on the wire, as recorded (the seed prints str;
//   spec header). The `list` filter `archived` is a string: unarchived sets
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
import { assignDeclared, echo } from "../model/fields.js";
import {
  can,
  canOf,
  rank,
  requireById,
  sharedLevel,
} from "../model/permissions.js";
import { paginate } from "../model/paging.js";
import {
  archiveHandlers,
  byId,
  shareHandlers,
  transferHandlers,
} from "./shares.js";
import type { DependencyTarget, Locate } from "./shares.js";
import { compact, findProfile, newObject } from "../model/state.js";
import type {
  PermissionSetRecord,
  PermissionSetResourceRecord,
  Shareable,
  State,
} from "../model/state.js";
import { untype } from "./typed-handler.js";
import type { Schema, TypedTable } from "./typed-handler.js";
import type { SpecOperation } from "../engine/load-spec.js";
import { userSummary } from "../model/user-profiles.js";

const what = "permission set";

type Ctx = { state: State; operation: SpecOperation };

/** The stored fields the response declares, and the author. */
function present(ctx: Ctx, set: PermissionSetRecord): Schema<"PermissionSet"> {
  return {
    ...echo<Schema<"PermissionSet">>(ctx.operation, set),
    author: userSummary(findProfile(ctx.state, set.ownerId) ?? ctx.state.robot),
  };
}

const presentResource = (ctx: Ctx, resource: PermissionSetResourceRecord) =>
  echo<Schema<"PermissionSetResource">>(ctx.operation, resource);

const find = (state: State, id: number) => state.permissionSets.get(id);

const requireSet = requireById(find, what);

function requireResource(
  set: PermissionSetRecord,
  name: string,
): PermissionSetResourceRecord {
  const resource = set.resources.get(name);
  if (!resource) throw notFound("resource");
  return resource;
}

/** Resource shares are gated by the caller's level on the set. */
const locateResource: Locate = (ctx) => {
  const set = find(ctx.state, Number(ctx.path.id));
  const readable = set && can(ctx.state, set, ctx.user, "read");
  return {
    target: readable ? set.resources.get(String(ctx.path.name)) : undefined,
    guard: set,
    what: readable ? "resource" : what,
  };
};

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

const table: TypedTable<
  | "permission_sets_list"
  | "permission_sets_post"
  | "permission_sets_get"
  | "permission_sets_put"
  | "permission_sets_patch"
  | "permission_sets_list_users_permissions"
  | "permission_sets_list_resources"
  | "permission_sets_post_resources"
  | "permission_sets_get_resources"
  | "permission_sets_patch_resources"
  | "permission_sets_delete_resources"
> = {
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
    const page = paginate(
      visible,
      query,
      {
        updated_at: (s) => s.updatedAt,
        created_at: (s) => s.createdAt,
        name: (s) => s.name,
      },
      { sorts: state.sorts, list: "permission_sets" },
    );
    return {
      body: page.items.map((s) => present(ctx, s)),
      headers: page.headers,
    };
  },
  permission_sets_post: (ctx) => {
    const draft: PermissionSetRecord = {
      ...newObject(ctx.state, "permissionSets", ctx.user.id),
      name: ctx.body.name,
      description: null,
      archived: false,
      resources: new Map(),
    };
    assignDeclared(draft, ctx, { replace: true });
    const set = compact(draft);
    ctx.state.permissionSets.set(set.id, set);
    return { status: 201, body: present(ctx, set) };
  },
  permission_sets_get: (ctx) => ({
    body: present(ctx, requireSet(ctx.state, ctx.path.id, ctx.user, "read")),
  }),
  permission_sets_put: (ctx) => {
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "write");
    assignDeclared(set, ctx, { replace: true });
    set.updatedAt = ctx.state.now();
    return { body: present(ctx, set) };
  },
  permission_sets_patch: (ctx) => {
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "write");
    assignDeclared(set, ctx);
    set.updatedAt = ctx.state.now();
    return { body: present(ctx, set) };
  },
  permission_sets_list_users_permissions: ({ state, user, path }) => {
    const set = requireSet(state, path.id, user, "read");
    if (!findProfile(state, path.user_id))
      throw notFound(`user ${path.user_id}`);
    const resources = [...set.resources.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    return {
      body: resources.map((r) => {
        const level = rank(sharedLevel(state, r, path.user_id));
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
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "read");
    const page = paginate(
      [...set.resources.values()],
      ctx.query,
      {
        name: (r) => r.name,
        id: (r) => r.id,
        updated_at: (r) => r.updatedAt,
        created_at: (r) => r.createdAt,
      },
      { sorts: ctx.state.sorts, list: "permission_set_resources" },
    );
    return {
      body: page.items.map((r) => presentResource(ctx, r)),
      headers: page.headers,
    };
  },
  permission_sets_post_resources: (ctx) => {
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "write");
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
  permission_sets_get_resources: (ctx) => {
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "read");
    return { body: presentResource(ctx, requireResource(set, ctx.path.name)) };
  },
  permission_sets_patch_resources: (ctx) => {
    const set = requireSet(ctx.state, ctx.path.id, ctx.user, "read");
    const resource = requireResource(set, ctx.path.name);
    requireSet(ctx.state, ctx.path.id, ctx.user, "write");
    assignDeclared(resource, ctx);
    resource.updatedAt = ctx.state.now();
    return { body: presentResource(ctx, resource) };
  },
  permission_sets_delete_resources: ({ state, user, path }) => {
    const set = requireSet(state, path.id, user, "read");
    requireResource(set, path.name);
    requireSet(state, path.id, user, "write");
    set.resources.delete(path.name);
    return { status: 204 };
  },
};

export const permissionSetHandlers = {
  ...untype(table),
  ...archiveHandlers("permission_sets", find, what, present),
  ...shareHandlers("permission_sets", byId(find, what)),
  ...transferHandlers("permission_sets", byId(find, what), dependenciesOf),
  ...shareHandlers("permission_sets", locateResource, "resources_"),
};
