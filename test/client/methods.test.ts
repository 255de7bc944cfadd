// Every method (the seed methods and groups.delete), called
// through `client.<resource>.<method>` with the seed's argument shape
// (required arguments positional in seed order, then an options object of
// optional ones), against the emulator over real HTTP. Results are checked
// for the seed's snake_case field names. The last test walks
// test/seed-inventory.json: each method is a function on the client.
import { describe, expect, it } from "vitest";
import inventory from "../seed-inventory.json" with { type: "json" };
import { APIClient, responseMeta } from "../../src/index.js";
import { useEmulator } from "./helpers.js";

// ben: user 2, member of group 2 "Analysts".
const { emu, admin, ben } = useEmulator();

type HostType = Parameters<APIClient["credentials"]["post_authenticate"]>[1];

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** created_at and updated_at as the API sends them. */
const timestamps = {
  created_at: expect.stringMatching(ISO_MS),
  updated_at: expect.stringMatching(ISO_MS),
};

/** User 1 as an object's author or user: the seed's short user fields. */
const ada = {
  id: 1,
  name: "Ada Admin",
  username: "ada",
  initials: "AA",
  online: false,
};

/** Recursively: no key holds an upper-case letter (the seeds' snake_case). */
function camelKeys(value: unknown, at = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => camelKeys(v, `${at}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(/[A-Z]/.test(k) ? [`${at}.${k}`] : []),
    ...camelKeys(v, `${at}.${k}`),
  ]);
}

/**
 * What a post made, read back: `get` returns it as posted, and `list` (called
 * with filters that match it) answers with snake_case keys. Returns what
 * `list` answered.
 */
async function readBack<T extends { id: number }>(
  made: { id: number },
  get: (id: number) => Promise<unknown>,
  list: () => Promise<T[]>,
): Promise<T[]> {
  expect(await get(made.id)).toEqual(made);
  const listed = await list();
  expect(camelKeys(listed)).toEqual([]);
  return listed;
}

/** The ids of listed objects. */
const ids = (listed: Array<{ id: number }>) => listed.map((item) => item.id);

const shareObject = {
  readers: { users: expect.any(Array), groups: expect.any(Array) },
  writers: { users: expect.any(Array), groups: expect.any(Array) },
  owners: { users: expect.any(Array), groups: expect.any(Array) },
  total_user_shares: expect.any(Number),
  total_group_shares: expect.any(Number),
};

/** The five share methods every shareable resource has; same signatures. */
type Shares = Pick<
  APIClient["groups"],
  | "list_shares"
  | "put_shares_users"
  | "delete_shares_users"
  | "put_shares_groups"
  | "delete_shares_groups"
>;

async function shareFamily(api: Shares, id: number): Promise<void> {
  const listed = await api.list_shares(id);
  expect(listed).toEqual([shareObject]);
  expect(ids(listed[0]!.owners.users)).toEqual([1]);

  const byUser = await api.put_shares_users(id, [2], "read", {
    send_shared_email: false,
    share_email_body: "have a look",
  });
  expect(byUser).toMatchObject(shareObject);
  expect(byUser.readers.users).toEqual([{ id: 2, name: "Ben Analyst" }]);
  expect(byUser.total_user_shares).toBe(2);

  const byGroup = await api.put_shares_groups(id, [3], "write");
  expect(byGroup.writers.groups).toEqual([{ id: 3, name: "Interns" }]);
  expect(byGroup.total_group_shares).toBe(1);

  expect(await api.delete_shares_users(id, 2)).toBeUndefined();
  expect(await api.delete_shares_groups(id, 3)).toBeUndefined();
  const after = (await api.list_shares(id))[0]!;
  expect(after.total_user_shares).toBe(1);
  expect(after.total_group_shares).toBe(0);
  expect(camelKeys(after)).toEqual([]);
}

describe("match_targets (10 methods)", () => {
  it("post, get, list, patch, put_archive", async () => {
    const mt = await admin.match_targets.post("Voters", {
      target_file_name: "voters.csv",
      archived: false,
    });
    expect(mt).toEqual({
      id: expect.any(Number),
      name: "Voters",
      target_file_name: "voters.csv",
      ...timestamps,
      archived: false,
    });
    expect(responseMeta(mt)?.status).toBe(201);

    const list = await readBack(mt, admin.match_targets.get, () =>
      admin.match_targets.list(),
    );
    expect(ids(list)).toContain(mt.id);

    const patched = await admin.match_targets.patch(mt.id, {
      name: "Voters 2026",
    });
    expect(patched).toMatchObject({
      id: mt.id,
      name: "Voters 2026",
      target_file_name: "voters.csv",
    });

    const archived = await admin.match_targets.put_archive(mt.id, true);
    expect(archived).toMatchObject({ id: mt.id, archived: true });
    expect(ids(await admin.match_targets.list())).not.toContain(mt.id);
    expect((await admin.match_targets.put_archive(mt.id, false)).archived).toBe(
      false,
    );
  });
});

describe("json_values (10 methods)", () => {
  it("post, get, patch keep the keys of `value` untouched", async () => {
    const value = {
      someKey: { innerKey: 1 },
      totalUserShares: "not a field name here",
      created_at: [{ targetFileName: null, MixedCase: true }],
    };
    const jv = await admin.json_values.post(JSON.stringify(value), {
      name: "settings",
    });
    expect(jv).toEqual({ id: expect.any(Number), name: "settings", value });

    expect(await admin.json_values.get(jv.id)).toEqual(jv);

    const patched = await admin.json_values.patch(jv.id, {
      value_str: '[{"aB": 1}, 2]',
    });
    expect(patched).toEqual({
      id: jv.id,
      name: "settings",
      value: [{ aB: 1 }, 2],
    });
    const renamed = await admin.json_values.patch(jv.id, { name: "renamed" });
    expect(renamed.value).toEqual([{ aB: 1 }, 2]);
  });

  it("list_dependencies and put_transfer", async () => {
    const jv = await admin.json_values.post("42");
    expect(jv.value).toBe(42);
    expect(
      await admin.json_values.list_dependencies(jv.id, { user_id: 2 }),
    ).toEqual([]);
    const transfer = await admin.json_values.put_transfer(jv.id, 2, false, {
      send_email: false,
      email_body: "yours now",
    });
    expect(transfer).toEqual({ dependencies: [] });
    // Ben owns it now: he can change it.
    expect((await ben.json_values.patch(jv.id, { name: "Ben's" })).name).toBe(
      "Ben's",
    );
  });
});

describe("permission_sets (24 methods)", () => {
  it("post, get, list, put, patch, put_archive", async () => {
    const ps = await admin.permission_sets.post("Reports", {
      description: "Who sees reports",
    });
    expect(ps).toEqual({
      id: expect.any(Number),
      name: "Reports",
      description: "Who sees reports",
      author: ada,
      ...timestamps,
      archived: false,
    });
    const list = await readBack(ps, admin.permission_sets.get, () =>
      admin.permission_sets.list({
        author: "1",
        order: "name",
        order_dir: "asc",
        limit: 50,
      }),
    );
    expect(ids(list)).toContain(ps.id);

    const put = await admin.permission_sets.put(ps.id, "Reports v2");
    // put replaces: the omitted description goes back to null.
    expect(put).toMatchObject({ name: "Reports v2", description: null });
    const patched = await admin.permission_sets.patch(ps.id, {
      description: "again",
    });
    expect(patched).toMatchObject({ name: "Reports v2", description: "again" });

    expect(
      (await admin.permission_sets.put_archive(ps.id, true)).archived,
    ).toBe(true);
    expect(
      ids(await admin.permission_sets.list({ archived: "true" })),
    ).toContain(ps.id);
    expect(ids(await admin.permission_sets.list())).not.toContain(ps.id);
    await admin.permission_sets.put_archive(ps.id, false);
  });

  it("resources: post, get, list, patch, delete; list_users_permissions", async () => {
    const ps = await admin.permission_sets.post("Resource holder");
    const name = "reports/finance q1";
    const created = await admin.permission_sets.post_resources(ps.id, name, {
      description: "Finance",
    });
    expect(created).toEqual({
      permission_set_id: ps.id,
      name,
      description: "Finance",
      ...timestamps,
    });
    expect(responseMeta(created)?.status).toBe(201);
    expect(await admin.permission_sets.get_resources(ps.id, name)).toEqual(
      created,
    );
    const listed = await admin.permission_sets.list_resources(ps.id, {
      limit: 10,
      order: "name",
    });
    expect(listed).toEqual([created]);
    const patched = await admin.permission_sets.patch_resources(ps.id, name, {
      description: "Finance, all quarters",
    });
    expect(patched.description).toBe("Finance, all quarters");

    await admin.permission_sets.put_resources_shares_users(
      ps.id,
      name,
      [2],
      "write",
    );
    const perms = await admin.permission_sets.list_users_permissions(ps.id, 2);
    expect(perms).toEqual([
      { resource_name: name, read: true, write: true, manage: false },
    ]);

    expect(
      await admin.permission_sets.delete_resources(ps.id, name),
    ).toBeUndefined();
    expect(await admin.permission_sets.list_resources(ps.id)).toEqual([]);
  });

  it("resource shares: list, put/delete users and groups", async () => {
    const ps = await admin.permission_sets.post("Resource shares");
    const name = "dash#1?x=y";
    await admin.permission_sets.post_resources(ps.id, name);
    // A resource has no owner: its own shares only.
    const empty = await admin.permission_sets.list_resources_shares(
      ps.id,
      name,
    );
    expect(empty).toEqual([shareObject]);
    expect(empty[0]!.total_user_shares).toBe(0);

    const users = await admin.permission_sets.put_resources_shares_users(
      ps.id,
      name,
      [2, 3],
      "read",
      { send_shared_email: false },
    );
    expect(ids(users.readers.users)).toEqual([2, 3]);
    expect(users.total_user_shares).toBe(2);
    const groups = await admin.permission_sets.put_resources_shares_groups(
      ps.id,
      name,
      [2],
      "manage",
      { share_email_body: "hi" },
    );
    expect(groups.owners.groups).toEqual([{ id: 2, name: "Analysts" }]);

    expect(
      await admin.permission_sets.delete_resources_shares_users(ps.id, name, 3),
    ).toBeUndefined();
    expect(
      await admin.permission_sets.delete_resources_shares_groups(
        ps.id,
        name,
        2,
      ),
    ).toBeUndefined();
    const after = (
      await admin.permission_sets.list_resources_shares(ps.id, name)
    )[0]!;
    expect(after.readers.users).toEqual([{ id: 2, name: "Ben Analyst" }]);
    expect(after.total_group_shares).toBe(0);
  });

  it("list_dependencies and put_transfer", async () => {
    const ps = await admin.permission_sets.post("To transfer");
    await admin.permission_sets.post_resources(ps.id, "r1", {
      description: "one",
    });
    const deps = await admin.permission_sets.list_dependencies(ps.id, {
      user_id: 2,
    });
    expect(deps).toEqual([
      {
        object_type: "PermissionSetResource",
        fco_type: "Permission Set Resource",
        id: expect.any(Number),
        name: "r1",
        permission_level: null,
        description: "one",
        shareable: true,
      },
    ]);
    const transfer = await admin.permission_sets.put_transfer(ps.id, 2, true, {
      send_email: false,
    });
    expect(transfer.dependencies).toEqual([
      expect.objectContaining({
        object_type: "PermissionSetResource",
        name: "r1",
        permission_level: "manage",
        shared: true,
      }),
    ]);
    expect((await ben.permission_sets.get(ps.id)).author.id).toBe(2);
  });
});

describe("groups (14 methods)", () => {
  it("post, get, list, put, patch", async () => {
    const g = await admin.groups.post("Field team", {
      description: "Canvassers",
      slug: "field-team",
      default_time_zone: "America/New_York",
      role_ids: [],
      default_otp_required_for_login: false,
    });
    expect(g).toMatchObject({
      id: expect.any(Number),
      name: "Field team",
      description: "Canvassers",
      slug: "field-team",
      organization_id: 1,
      organization_name: "Emulated Organization",
      member_count: 0,
      total_member_count: 0,
      created_by_id: 1,
      last_updated_by_id: 1,
      default_time_zone: "America/New_York",
      default_otp_required_for_login: false,
      role_ids: [],
      members: [],
      created_at: expect.stringMatching(ISO_MS),
    });
    expect(camelKeys(g)).toEqual([]);
    const page = await readBack(g, admin.groups.get, () =>
      admin.groups.list({
        query: "Field",
        include_members: true,
        limit: 10,
        order: "name",
        order_dir: "asc",
      }),
    );
    expect(ids(page)).toEqual([g.id]);
    expect(page[0]).toMatchObject({ member_count: 0, members: [] });
    const withBen = await admin.groups.list({ user_ids: [2] });
    expect(withBen.map((x) => x.name)).toContain("Analysts");

    const put = await admin.groups.put(g.id, "Field team 2");
    expect(put).toMatchObject({ name: "Field team 2", description: null });
    const patched = await admin.groups.patch(g.id, {
      description: "again",
      default_jobs_label: "Jobs",
    });
    expect(patched).toMatchObject({
      name: "Field team 2",
      description: "again",
      default_jobs_label: "Jobs",
    });
  });

  it("list_child_groups, put_members, delete_members", async () => {
    const children = await admin.groups.list_child_groups(2);
    expect(children).toEqual({
      manageable: [{ id: 3, name: "Interns" }],
      writeable: [],
      readable: [],
    });
    const g = await admin.groups.post("Members");
    const withCy = await admin.groups.put_members(g.id, 3);
    expect(withCy.members).toEqual([
      expect.objectContaining({
        id: 3,
        username: "cy",
        email: "cy@example.test",
        primary_group_id: 3,
        active: true,
      }),
    ]);
    expect(withCy.member_count).toBe(1);
    expect(await admin.groups.delete_members(g.id, 3)).toBeUndefined();
    expect((await admin.groups.get(g.id)).members).toEqual([]);
  });

  it("delete (beyond the reference): 204, then the group is gone", async () => {
    const g = await admin.groups.post("Short-lived");
    await admin.groups.put_members(g.id, 2);
    expect(await ben.groups.get(g.id)).toMatchObject({ id: g.id });
    await expect(ben.groups.delete(g.id)).rejects.toMatchObject({
      status: 403,
    });
    let status = 0;
    expect(
      await admin.groups.delete(g.id, {
        onResponse: (m) => (status = m.status),
      }),
    ).toBeUndefined();
    expect(status).toBe(204);
    await expect(admin.groups.get(g.id)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("credentials (16 methods)", () => {
  it("post, get, list, put, patch, delete; never a password", async () => {
    const password = "pw-" + "s3cr3t";
    const c = await admin.credentials.post("Custom", "robot", password, {
      name: "Robot login",
      description: "for jobs",
    });
    expect(c).toEqual({
      id: expect.any(Number),
      name: "Robot login",
      type: "Custom",
      username: "robot",
      description: "for jobs",
      owner: "ada",
      user: ada,
      remote_host_id: null,
      remote_host_name: null,
      state: null,
      ...timestamps,
      default: false,
      oauth: false,
    });
    const list = await readBack(c, admin.credentials.get, () =>
      admin.credentials.list({
        type: "Custom,Database",
        name: "robot",
        users: "1",
        limit: 5,
        order: "name",
        order_dir: "desc",
      }),
    );
    expect(ids(list)).toEqual([c.id]);

    const put = await admin.credentials.put(
      c.id,
      "Database",
      "db-user",
      password,
      { remote_host_id: 1, default: true },
    );
    expect(put).toMatchObject({
      type: "Database",
      username: "db-user",
      name: null,
      remote_host_id: 1,
      remote_host_name: "Analytics Postgres",
      default: true,
    });
    const patched = await admin.credentials.patch(c.id, { name: "DB" });
    expect(patched).toMatchObject({ name: "DB", username: "db-user" });
    const defaults = await admin.credentials.list({
      default: true,
      remote_host_id: 1,
    });
    expect(ids(defaults)).toEqual([c.id]);

    expect(JSON.stringify([c, put, patched, list])).not.toContain(password);
    expect(await admin.credentials.delete(c.id)).toBeUndefined();
  });

  it("list_types, post_authenticate, post_temporary", async () => {
    const types = await admin.credentials.list_types();
    expect(types.types).toContain("Amazon Web Services S3");

    const host = emu.app.state.remoteHosts[0]!;
    const account = host.accounts[0]!;
    const authed = await admin.credentials.post_authenticate(
      host.url,
      host.type as HostType,
      account.username,
      account.password,
    );
    expect(authed).toEqual({ success: true });

    const s3 = await admin.credentials.post(
      "Amazon Web Services S3",
      "AKIAEXAMPLE",
      "secret",
    );
    const temp = await admin.credentials.post_temporary(s3.id, {
      duration: 900,
    });
    expect(temp).toEqual({
      access_key: expect.stringMatching(/^ASIA/),
      secret_access_key: expect.any(String),
      session_token: expect.any(String),
    });
    expect(responseMeta(temp)?.status).toBe(200);
    expect(await admin.credentials.post_temporary(s3.id)).toHaveProperty(
      "session_token",
    );
  });

  it("list_dependencies and put_transfer", async () => {
    const c = await admin.credentials.post("Database", "etl", "pw", {
      remote_host_id: 2,
    });
    const deps = await admin.credentials.list_dependencies(c.id);
    expect(deps).toEqual([
      {
        object_type: "RemoteHost",
        fco_type: "Remote Host",
        id: 2,
        name: "Warehouse Redshift",
        permission_level: null,
        description: expect.any(String),
        shareable: false,
      },
    ]);
    const transfer = await admin.credentials.put_transfer(c.id, 2, true);
    expect(transfer.dependencies).toEqual([
      expect.objectContaining({ id: 2, shared: false }),
    ]);
    expect((await ben.credentials.get(c.id)).owner).toBe("ben");
  });
});

describe("the share family", () => {
  it.each([
    ["match_targets", () => admin.match_targets.post("Shared target")],
    ["json_values", () => admin.json_values.post("{}")],
    ["permission_sets", () => admin.permission_sets.post("Shared set")],
    ["groups", () => admin.groups.post("Shared group")],
    ["credentials", () => admin.credentials.post("Custom", "u", "p")],
  ] as const)("%s", async (resource, create) => {
    const { id } = await create();
    await shareFamily(admin[resource], id);
  });
});

describe("the seed inventory", () => {
  const all = inventory.methods as Array<{
    resource: string;
    method: string;
    operationId: string;
  }>;

  it("lists methods that are each a function on the client", () => {
    const client = admin as unknown as Record<string, Record<string, unknown>>;
    const notFunctions = all
      .filter((m) => typeof client[m.resource]?.[m.method] !== "function")
      .map((m) => `${m.resource}.${m.method}`);
    expect(notFunctions).toEqual([]);
  });
});
