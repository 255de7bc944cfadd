// Groups (seed 003).
//
// Decisions:
// - Anyone may create a group and manages the groups they create. Members can
//   read their groups. Changing attributes needs write; adding or removing
//   members needs manage.
// - `put` replaces every attribute: omitted optional ones go back to their
//   defaults (null, [], false, the emulator's organization).
// - A slug is unique among groups (400 naming `slug`; the spec lists no 409). The only organization is the
//   emulator's; another `organization_id` is a 404.
// - `list` items always carry `members`: `[]` unless `include_members` (then
//   the summary fields), as recorded; `get` always carries them with email,
//   primary group and state.
// - `delete` (beyond the seed; spec x-beyond-reference) needs manage (the
//   creator, a manager, an admin); one who may only read gets a 403. The
//   group's memberships, its own shares and every share to it on other
//   objects go with it, and it stops being another group's child.
// - `list_child_groups` puts each child the caller can read under its highest
//   level: manageable, else writeable, else readable. Child groups are seeded
//   (there is no endpoint to nest groups).
// - Removing a user who is not a member is a 204 (DELETE stays idempotent).
import { badRequest, notFound } from "../errors.js";
import { can, levelOf, requireById } from "../permissions.js";
import { paginate } from "../paginate.js";
import { byId, shareHandlers } from "../shares.js";
import { findProfile, newObject, removeGroup } from "../state.js";
import type { GroupRecord, State, UserProfile } from "../state.js";
import { untype } from "../typed-handler.js";
import type { RequestOf, Schema, TypedTable } from "../typed-handler.js";
import type { EmulatorUser } from "../types.js";
import { groupMember, userSummary } from "../users.js";

const what = "group";

function members(state: State, group: GroupRecord): UserProfile[] {
  return [...group.memberIds]
    .sort((a, b) => a - b)
    .map((id) => findProfile(state, id))
    .filter((u): u is UserProfile => u !== undefined);
}

function common(state: State, group: GroupRecord) {
  const count = members(state, group).length;
  return {
    id: group.id,
    name: group.name,
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
    description: group.description,
    slug: group.slug,
    organizationId: group.organizationId,
    organizationName:
      group.organizationId === state.organization.id
        ? state.organization.name
        : null,
    // Every emulated user is active, so both counts agree.
    memberCount: count,
    totalMemberCount: count,
    lastUpdatedById: group.lastUpdatedById,
    createdById: group.createdById,
  };
}

function present(state: State, group: GroupRecord): Schema<"Group"> {
  return {
    ...common(state, group),
    defaultOtpRequiredForLogin: group.defaultOtpRequiredForLogin,
    roleIds: [...group.roleIds],
    defaultTimeZone: group.defaultTimeZone,
    defaultJobsLabel: group.defaultJobsLabel,
    defaultNotebooksLabel: group.defaultNotebooksLabel,
    defaultServicesLabel: group.defaultServicesLabel,
    members: members(state, group).map(groupMember),
  };
}

function presentListItem(
  state: State,
  group: GroupRecord,
  includeMembers: boolean,
): Schema<"GroupListItem"> {
  return {
    ...common(state, group),
    members: includeMembers ? members(state, group).map(userSummary) : [],
  };
}

const find = (state: State, id: number) => state.groups.get(id);
const requireGroup = requireById(find, what);

type GroupInput = RequestOf<"groups_patch">;

/** Semantic checks of a group body: the organization exists, the slug is free. */
function check(state: State, input: GroupInput, self?: GroupRecord): void {
  if (
    input.organization_id !== undefined &&
    input.organization_id !== state.organization.id
  )
    throw notFound(`organization ${input.organization_id}`);
  if (input.slug !== undefined)
    for (const g of state.groups.values())
      if (g !== self && g.slug === input.slug)
        throw badRequest(
          `The slug ${JSON.stringify(input.slug)} is taken by another group.`,
        );
}

/** Writes every attribute of `input`, defaults for the absent ones (put/post). */
function replace(
  state: State,
  group: GroupRecord,
  input: GroupInput & { name: string },
  user: EmulatorUser,
): void {
  group.name = input.name;
  group.description = input.description ?? null;
  group.slug = input.slug ?? null;
  group.organizationId = input.organization_id ?? state.organization.id;
  group.defaultOtpRequiredForLogin =
    input.default_otp_required_for_login ?? false;
  group.roleIds = input.role_ids ?? [];
  group.defaultTimeZone = input.default_time_zone ?? null;
  group.defaultJobsLabel = input.default_jobs_label ?? null;
  group.defaultNotebooksLabel = input.default_notebooks_label ?? null;
  group.defaultServicesLabel = input.default_services_label ?? null;
  group.lastUpdatedById = user.id;
  group.updatedAt = state.now();
}

function touch(state: State, group: GroupRecord, user: EmulatorUser): void {
  group.lastUpdatedById = user.id;
  group.updatedAt = state.now();
}

const table: TypedTable<
  | "groups_list"
  | "groups_post"
  | "groups_get"
  | "groups_put"
  | "groups_patch"
  | "groups_delete"
  | "groups_list_child_groups"
  | "groups_put_members"
  | "groups_delete_members"
> = {
  groups_list: ({ state, user, query }) => {
    const text = query.query?.toLowerCase();
    const userIds = query.user_ids;
    const visible = [...state.groups.values()].filter(
      (g) =>
        can(state, g, user, "read") &&
        (text === undefined || g.name.toLowerCase().includes(text)) &&
        (query.permission === undefined ||
          can(state, g, user, query.permission)) &&
        (query.organization_id === undefined ||
          g.organizationId === query.organization_id) &&
        (userIds === undefined || userIds.some((id) => g.memberIds.has(id))),
    );
    const page = paginate(visible, query, {
      name: (g) => g.name,
      created_at: (g) => g.createdAt,
    });
    return {
      body: page.items.map((g) =>
        presentListItem(state, g, query.include_members === true),
      ),
      headers: page.headers,
    };
  },
  groups_post: ({ state, user, body }) => {
    check(state, body);
    const group: GroupRecord = {
      ...newObject(state, "groups", user.id),
      memberIds: new Set(),
      childGroupIds: [],
      name: body.name,
      description: null,
      slug: null,
      organizationId: state.organization.id,
      defaultOtpRequiredForLogin: false,
      roleIds: [],
      defaultTimeZone: null,
      defaultJobsLabel: null,
      defaultNotebooksLabel: null,
      defaultServicesLabel: null,
      createdById: user.id,
      lastUpdatedById: user.id,
    };
    replace(state, group, body, user);
    group.updatedAt = group.createdAt;
    state.groups.set(group.id, group);
    return { status: 201, body: present(state, group) };
  },
  groups_get: ({ state, user, path }) => ({
    body: present(state, requireGroup(state, path.id, user, "read")),
  }),
  groups_put: ({ state, user, path, body }) => {
    const group = requireGroup(state, path.id, user, "write");
    check(state, body, group);
    replace(state, group, body, user);
    return { body: present(state, group) };
  },
  groups_patch: ({ state, user, path, body }) => {
    const group = requireGroup(state, path.id, user, "write");
    check(state, body, group);
    if (body.name !== undefined) group.name = body.name;
    if (body.description !== undefined) group.description = body.description;
    if (body.slug !== undefined) group.slug = body.slug;
    if (body.organization_id !== undefined)
      group.organizationId = body.organization_id;
    if (body.default_otp_required_for_login !== undefined)
      group.defaultOtpRequiredForLogin = body.default_otp_required_for_login;
    if (body.role_ids !== undefined) group.roleIds = body.role_ids;
    if (body.default_time_zone !== undefined)
      group.defaultTimeZone = body.default_time_zone;
    if (body.default_jobs_label !== undefined)
      group.defaultJobsLabel = body.default_jobs_label;
    if (body.default_notebooks_label !== undefined)
      group.defaultNotebooksLabel = body.default_notebooks_label;
    if (body.default_services_label !== undefined)
      group.defaultServicesLabel = body.default_services_label;
    touch(state, group, user);
    return { body: present(state, group) };
  },
  groups_delete: ({ state, user, path }) => {
    const group = requireGroup(state, path.id, user, "manage");
    removeGroup(state, group.id);
    return { status: 204 };
  },
  groups_list_child_groups: ({ state, user, path }) => {
    const group = requireGroup(state, path.id, user, "read");
    const out: Schema<"ChildGroups"> = {
      manageable: [],
      writeable: [],
      readable: [],
    };
    const bucket = {
      manage: out.manageable,
      write: out.writeable,
      read: out.readable,
    };
    for (const id of group.childGroupIds) {
      const child = find(state, id);
      const level = child && levelOf(state, child, user);
      if (child && level)
        bucket[level].push({ id: child.id, name: child.name });
    }
    return { body: out };
  },
  groups_put_members: ({ state, user, path }) => {
    const group = requireGroup(state, path.id, user, "manage");
    if (!state.users.has(path.user_id)) throw notFound(`user ${path.user_id}`);
    group.memberIds.add(path.user_id);
    touch(state, group, user);
    return { body: present(state, group) };
  },
  groups_delete_members: ({ state, user, path }) => {
    const group = requireGroup(state, path.id, user, "manage");
    if (!state.users.has(path.user_id)) throw notFound(`user ${path.user_id}`);
    if (group.memberIds.delete(path.user_id)) touch(state, group, user);
    return { status: 204 };
  },
};

export const groupHandlers = {
  ...untype(table),
  ...shareHandlers("groups", byId(find, what)),
};
