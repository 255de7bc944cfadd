// Groups.
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
// - `delete` (beyond civis-python's reference; spec x-beyond-reference) needs manage (the
//   creator, a manager, an admin); one who may only read gets a 403. The
//   group's memberships, its own shares and every share to it on other
//   objects go with it, and it stops being another group's child.
// - `list_child_groups` puts each child the caller can read under its highest
//   level: manageable, else writeable, else readable. Child groups are seeded
//   (there is no endpoint to nest groups).
// - Removing a user who is not a member is a 204 (DELETE stays idempotent).
import { badRequest, notFound } from "../model/api-errors.js";
import { canOf, levelOf } from "../model/permissions.js";
import { listPage } from "../model/paging.js";
import { findProfile, newObject, removeGroup } from "../model/state.js";
import type {
  EmulatorUser,
  GroupRecord,
  State,
  UserProfile,
} from "../model/state.js";
import { groupMember, userSummary } from "../model/user-profiles.js";
import { echo } from "./declared-fields.js";
import { byId } from "./locator.js";
import { engineHandlers } from "./operation-handler.js";
import type { RequestOf, Schema } from "./operation-handler.js";
import { recordHandlers } from "./record-family.js";
import type { PresenterContext } from "./record-family.js";
import { shareHandlers } from "./share-family.js";

function members(state: State, group: GroupRecord): UserProfile[] {
  return [...group.memberIds]
    .sort((a, b) => a - b)
    .map((id) => findProfile(state, id))
    .filter((u): u is UserProfile => u !== undefined);
}

/** The fields a group's answers compute rather than store. */
function computed(state: State, group: GroupRecord) {
  // Counted, not listed: a list answer computes this for every item.
  let count = 0;
  for (const id of group.memberIds) if (findProfile(state, id)) count++;
  return {
    organizationName:
      group.organizationId === state.organization.id
        ? state.organization.name
        : null,
    // Every emulated user is active, so both counts agree.
    memberCount: count,
    totalMemberCount: count,
  };
}

function present(
  { state, operation }: PresenterContext,
  group: GroupRecord,
): Schema<"Group"> {
  return {
    ...echo<Schema<"Group">>(operation, group),
    ...computed(state, group),
    members: members(state, group).map(groupMember),
  };
}

function presentListItem(
  { state, operation }: PresenterContext,
  group: GroupRecord,
  includeMembers: boolean,
): Schema<"GroupListItem"> {
  // Filled in place, not spread into a copy: a page has up to 1000 of these.
  const item = echo<Schema<"GroupListItem">>(operation, group);
  Object.assign(item, computed(state, group));
  item.members = includeMembers ? members(state, group).map(userSummary) : [];
  return item;
}

const find = (state: State, id: number) => state.groups.get(id);
const locate = byId(find, "group");

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

/** A change to the group's attributes or members. */
function touch(state: State, group: GroupRecord, user: EmulatorUser): void {
  group.lastUpdatedById = user.id;
  group.updatedAt = state.now();
}

/** The operations of groups beyond the families. */
const ownHandlers = engineHandlers({
  groups_list: (ctx) => {
    const { state, user, query } = ctx;
    const text = query.query?.toLowerCase();
    const userIds = query.user_ids;
    const allowed = canOf(state, user);
    const visible = [...state.groups.values()].filter(
      (g) =>
        allowed(g, "read") &&
        (text === undefined || g.name.toLowerCase().includes(text)) &&
        (query.permission === undefined || allowed(g, query.permission)) &&
        (query.organization_id === undefined ||
          g.organizationId === query.organization_id) &&
        (userIds === undefined || userIds.some((id) => g.memberIds.has(id))),
    );
    return listPage(
      ctx,
      "groups",
      visible,
      { name: (g) => g.name, created_at: (g) => g.createdAt },
      (g) => presentListItem(ctx, g, query.include_members === true),
    );
  },
  groups_list_child_groups: (ctx) => {
    const { state, user } = ctx;
    const group = locate(ctx, "read");
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
  groups_put_members: (ctx) => {
    const { state, user, path } = ctx;
    const group = locate(ctx, "manage");
    if (!state.users.has(path.user_id)) throw notFound(`user ${path.user_id}`);
    group.memberIds.add(path.user_id);
    touch(state, group, user);
    return { body: present(ctx, group) };
  },
  groups_delete_members: (ctx) => {
    const { state, user, path } = ctx;
    const group = locate(ctx, "manage");
    if (!state.users.has(path.user_id)) throw notFound(`user ${path.user_id}`);
    if (group.memberIds.delete(path.user_id)) touch(state, group, user);
    return { status: 204 };
  },
});

export const groupHandlers = {
  ...ownHandlers,
  ...recordHandlers("groups", ["get", "post", "put", "patch", "delete"], {
    locate,
    store: (state) => state.groups,
    present,
    create: (ctx): GroupRecord => {
      const { state, user } = ctx;
      check(state, ctx.body);
      return {
        ...newObject(state, "groups", user.id),
        memberIds: new Set(),
        childGroupIds: [],
        name: ctx.body.name,
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
    },
    prepare: (ctx, group) => check(ctx.state, ctx.body, group),
    settle: (ctx, group) => {
      group.lastUpdatedById = ctx.user.id;
    },
    defaults: (state) => ({
      organizationId: state.organization.id,
      defaultOtpRequiredForLogin: false,
      roleIds: [],
    }),
    // Memberships, shares to it and its place among children go with it.
    remove: (state, group) => removeGroup(state, group.id),
  }),
  ...shareHandlers("groups", locate),
};
