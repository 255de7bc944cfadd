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
import { conflict, notFound } from "../errors.js";
import { can, rank, requireById, sharedLevel } from "../permissions.js";
import { paginate } from "../paginate.js";
import {
  archiveHandlers,
  byId,
  shareHandlers,
  transferHandlers,
} from "../shares.js";
import type { DependencyTarget, Locate } from "../shares.js";
import { findProfile, newObject } from "../state.js";
import type {
  PermissionSetRecord,
  PermissionSetResourceRecord,
  Shareable,
  State,
} from "../state.js";
import { untype } from "../typed-handler.js";
import type { Schema, TypedTable } from "../typed-handler.js";
import { userSummary } from "../users.js";

const what = "permission set";

function present(
  state: State,
  set: PermissionSetRecord,
): Schema<"PermissionSet"> {
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    author: userSummary(findProfile(state, set.ownerId) ?? state.robot),
    createdAt: set.createdAt,
    updatedAt: set.updatedAt,
    archived: set.archived,
  };
}

function presentResource(
  resource: PermissionSetResourceRecord,
): Schema<"PermissionSetResource"> {
  return {
    permissionSetId: resource.permissionSetId,
    name: resource.name,
    description: resource.description,
    createdAt: resource.createdAt,
    updatedAt: resource.updatedAt,
  };
}

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
  permission_sets_list: ({ state, user, query }) => {
    const archived = query.archived ?? "false";
    const authors = byAuthor(query.author);
    const visible = [...state.permissionSets.values()].filter(
      (s) =>
        can(state, s, user, "read") &&
        (archived === "all" || s.archived === (archived === "true")) &&
        (!authors || authors.has(s.ownerId)),
    );
    const page = paginate(visible, query, {
      updated_at: (s) => s.updatedAt,
      created_at: (s) => s.createdAt,
      name: (s) => s.name,
    });
    return {
      body: page.items.map((s) => present(state, s)),
      headers: page.headers,
    };
  },
  permission_sets_post: ({ state, user, body }) => {
    const set: PermissionSetRecord = {
      ...newObject(state, "permissionSets", user.id),
      name: body.name,
      description: body.description ?? null,
      archived: false,
      resources: new Map(),
    };
    state.permissionSets.set(set.id, set);
    return { status: 201, body: present(state, set) };
  },
  permission_sets_get: ({ state, user, path }) => ({
    body: present(state, requireSet(state, path.id, user, "read")),
  }),
  permission_sets_put: ({ state, user, path, body }) => {
    const set = requireSet(state, path.id, user, "write");
    set.name = body.name;
    set.description = body.description ?? null;
    set.updatedAt = state.now();
    return { body: present(state, set) };
  },
  permission_sets_patch: ({ state, user, path, body }) => {
    const set = requireSet(state, path.id, user, "write");
    if (body.name !== undefined) set.name = body.name;
    if (body.description !== undefined) set.description = body.description;
    set.updatedAt = state.now();
    return { body: present(state, set) };
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
  permission_sets_list_resources: ({ state, user, path, query }) => {
    const set = requireSet(state, path.id, user, "read");
    const page = paginate([...set.resources.values()], query, {
      name: (r) => r.name,
      id: (r) => r.id,
      updated_at: (r) => r.updatedAt,
      created_at: (r) => r.createdAt,
    });
    return { body: page.items.map(presentResource), headers: page.headers };
  },
  permission_sets_post_resources: ({ state, user, path, body }) => {
    const set = requireSet(state, path.id, user, "write");
    if (set.resources.has(body.name))
      throw conflict(
        `A resource named ${JSON.stringify(body.name)} already exists in this permission set.`,
      );
    const resource: PermissionSetResourceRecord = {
      ...newObject(state, "resources", null),
      permissionSetId: set.id,
      name: body.name,
      description: body.description ?? null,
    };
    set.resources.set(resource.name, resource);
    return { status: 201, body: presentResource(resource) };
  },
  permission_sets_get_resources: ({ state, user, path }) => {
    const set = requireSet(state, path.id, user, "read");
    return { body: presentResource(requireResource(set, path.name)) };
  },
  permission_sets_patch_resources: ({ state, user, path, body }) => {
    const set = requireSet(state, path.id, user, "read");
    const resource = requireResource(set, path.name);
    requireSet(state, path.id, user, "write");
    if (body.description !== undefined) resource.description = body.description;
    resource.updatedAt = state.now();
    return { body: presentResource(resource) };
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
