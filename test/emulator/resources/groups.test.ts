// Groups: seeded groups, lifecycle (put resets, patch keeps), members,
// child groups, list filters and pagination (shares: families.test.ts).
import { describe, expect, it } from "vitest";
import { useApi } from "./harness.js";

const api = useApi();

const names = (body: Array<{ name: string }>) => body.map((g) => g.name);

describe("groups", () => {
  it("returns a seeded group with every field and its members", async () => {
    const got = await api.as(2).get("/groups/2");
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      id: 2,
      name: "Analysts",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      description: null,
      slug: "analysts",
      organizationId: 1,
      organizationName: expect.any(String),
      memberCount: 2,
      totalMemberCount: 2,
      defaultOtpRequiredForLogin: false,
      roleIds: [],
      defaultTimeZone: expect.any(String),
      defaultJobsLabel: null,
      defaultNotebooksLabel: null,
      defaultServicesLabel: null,
      lastUpdatedById: 1,
      createdById: 1,
      members: [
        {
          id: 1,
          name: "Ada Admin",
          username: "ada",
          initials: "AA",
          online: false,
          email: "ada@example.test",
          primaryGroupId: 1,
          active: true,
        },
        expect.objectContaining({
          id: 2,
          username: "ben",
          primaryGroupId: 2,
          active: true,
        }),
      ],
    });
    // Not a member, no share: hidden.
    expect((await api.as(3).get("/groups/2")).status).toBe(404);
  });

  it("creates, replaces (put resets omitted fields) and patches", async () => {
    const created = await api.as(2).post("/groups", {
      name: "Data Team",
      description: "d",
      slug: "data-team",
      role_ids: [4],
      default_time_zone: "UTC",
      default_jobs_label: "jobs",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Data Team",
      description: "d",
      slug: "data-team",
      organizationId: 1,
      roleIds: [4],
      defaultTimeZone: "UTC",
      defaultJobsLabel: "jobs",
      memberCount: 0,
      members: [],
      createdById: 2,
      lastUpdatedById: 2,
    });
    const path = `/groups/${created.body.id}`;

    const put = await api
      .as(2)
      .put(path, { name: "Data", default_otp_required_for_login: true });
    expect(put.body).toMatchObject({
      name: "Data",
      description: null,
      slug: null,
      roleIds: [],
      defaultTimeZone: null,
      defaultJobsLabel: null,
      defaultOtpRequiredForLogin: true,
    });
    const patched = await api
      .as(2)
      .patch(path, { description: "again", default_services_label: "svc" });
    expect(patched.body).toMatchObject({
      name: "Data",
      description: "again",
      defaultServicesLabel: "svc",
      defaultOtpRequiredForLogin: true,
    });
    expect(patched.body.updatedAt > put.body.updatedAt).toBe(true);

    // Slugs are unique; organizations other than the emulator's do not exist.
    expect((await api.as(2).patch(path, { slug: "analysts" })).status).toBe(
      400,
    );
    expect(
      (await api.as(2).post("/groups", { name: "X", organization_id: 99 }))
        .status,
    ).toBe(404);
  });

  it("adds and removes members (manage needed)", async () => {
    const { body } = await api.as(2).post("/groups", { name: "Members" });
    const path = `/groups/${body.id}`;
    const added = await api.as(2).put(`${path}/members/3`);
    expect(added.status).toBe(200);
    expect(added.body.members.map((m: { id: number }) => m.id)).toEqual([3]);
    expect(added.body).toMatchObject({ memberCount: 1, totalMemberCount: 1 });

    // A member can read the group but not manage it.
    expect((await api.as(3).get(path)).status).toBe(200);
    expect((await api.as(3).put(`${path}/members/3`)).status).toBe(403);
    expect((await api.as(3).patch(path, { name: "mine" })).status).toBe(403);

    expect((await api.as(2).put(`${path}/members/999`)).status).toBe(404);
    const removed = await api.as(2).delete(`${path}/members/3`);
    expect(removed.status).toBe(204);
    expect(removed.text).toBe("");
    expect((await api.as(2).delete(`${path}/members/3`)).status).toBe(204);
    expect((await api.as(3).get(path)).status).toBe(404);
  });

  it("lets a manage share change members", async () => {
    const { body } = await api.as(2).post("/groups", { name: "Managed" });
    const path = `/groups/${body.id}`;
    expect((await api.as(3).put(`${path}/members/1`)).status).toBe(404);
    await api.as(2).put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "manage",
    });
    expect((await api.as(3).put(`${path}/members/1`)).status).toBe(200);
    // Gone again, so that user 3's list below holds only Interns.
    expect((await api.as(2).delete(path)).status).toBe(204);
  });

  it("sorts child groups by the caller's level", async () => {
    const admin = await api.as(1).get("/groups/2/child_groups");
    expect(admin.body).toEqual({
      manageable: [{ id: 3, name: "Interns" }],
      writeable: [],
      readable: [],
    });
    // User 2 is in Analysts but not in Interns.
    expect((await api.as(2).get("/groups/2/child_groups")).body).toEqual({
      manageable: [],
      writeable: [],
      readable: [],
    });
    await api.as(1).put("/groups/3/shares/users", {
      user_ids: [2],
      permission_level: "write",
    });
    expect((await api.as(2).get("/groups/2/child_groups")).body).toEqual({
      manageable: [],
      writeable: [{ id: 3, name: "Interns" }],
      readable: [],
    });
    expect((await api.as(3).get("/groups/2/child_groups")).status).toBe(404);
    await api.as(1).delete("/groups/3/shares/users/2");
  });

  it("lists what the caller can read, by name, with filters and members on request", async () => {
    const mine = await api.as(3).get("/groups");
    expect(mine.status).toBe(200);
    expect(names(mine.body)).toEqual(["Interns"]);
    // Always there, as recorded: empty unless asked for.
    expect(mine.body[0].members).toEqual([]);
    expect(
      (await api.as(3).get("/groups", { include_members: false })).body[0]
        .members,
    ).toEqual([]);
    expect(mine.headers.get("X-Pagination-Per-Page")).toBe("50");
    expect(mine.headers.get("X-Pagination-Total-Entries")).toBe("1");

    const withMembers = await api
      .as(3)
      .get("/groups", { include_members: true });
    expect(withMembers.body[0].members).toEqual([
      {
        id: 3,
        name: "Cy Viewer",
        username: "cy",
        initials: "CV",
        online: false,
      },
    ]);

    for (const name of ["zeta", "Alpha", "mid"])
      await api.as(1).post("/groups", { name: `q-${name}` });
    const q = await api.as(1).get("/groups", { query: "Q-" });
    expect(names(q.body)).toEqual(["q-Alpha", "q-mid", "q-zeta"]);
    const qDesc = await api
      .as(1)
      .get("/groups", { query: "q-", order_dir: "desc", limit: 2 });
    expect(names(qDesc.body)).toEqual(["q-zeta", "q-mid"]);
    expect(qDesc.headers.get("X-Pagination-Total-Pages")).toBe("2");
    const qPage2 = await api
      .as(1)
      .get("/groups", { query: "q-", limit: 2, page_num: 2 });
    expect(names(qPage2.body)).toEqual(["q-zeta"]);
    const byCreation = await api
      .as(1)
      .get("/groups", { query: "q-", order: "created_at" });
    expect(names(byCreation.body)).toEqual(["q-zeta", "q-Alpha", "q-mid"]);

    const byMembers = await api.as(1).get("/groups", { user_ids: [2, 3] });
    expect(names(byMembers.body)).toEqual(["Analysts", "Interns"]);
    expect(
      names((await api.as(1).get("/groups", { user_ids: [3] })).body),
    ).toEqual(["Interns"]);
    expect(
      (await api.as(1).get("/groups", { organization_id: 2 })).body,
    ).toEqual([]);
    expect((await api.as(1).get("/groups", { limit: 1001 })).status).toBe(400);

    // permission: at least that level. User 2 reads Analysts (member) and
    // manages what it created.
    const { body: own } = await api.as(2).post("/groups", { name: "Ben's" });
    const manageable = await api.as(2).get("/groups", { permission: "manage" });
    expect(manageable.body.map((g: { id: number }) => g.id)).toContain(own.id);
    expect(names(manageable.body)).not.toContain("Analysts");
    expect(
      names((await api.as(2).get("/groups", { permission: "read" })).body),
    ).toContain("Analysts");
  });

  it("deletes a group (beyond the seed; manage needed): its members and shares go with it", async () => {
    const { body: doomed } = await api
      .as(2)
      .post("/groups", { name: "Doomed" });
    const path = `/groups/${doomed.id}`;
    await api.as(2).put(`${path}/members/3`);
    const { body: value } = await api
      .as(2)
      .post("/json_values", { value_str: "1" });
    const valuePath = `/json_values/${value.id}`;
    await api.as(2).put(`${valuePath}/shares/groups`, {
      group_ids: [doomed.id],
      permission_level: "read",
    });
    expect((await api.as(3).get(valuePath)).status).toBe(200);

    // A member reads but may not delete; one who cannot read sees a 404.
    expect((await api.as(3).delete(path)).status).toBe(403);
    const { body: hidden } = await api.as(2).post("/groups", { name: "Hid" });
    expect((await api.as(3).delete(`/groups/${hidden.id}`)).status).toBe(404);

    const gone = await api.as(2).delete(path);
    expect(gone.status).toBe(204);
    expect(gone.text).toBe("");
    expect((await api.as(2).get(path)).status).toBe(404);
    expect((await api.as(2).delete(path)).status).toBe(404);
    // The membership gave user 3 the value through the group: no more.
    expect((await api.as(3).get(valuePath)).status).toBe(404);
    expect(
      (await api.as(2).get(`${valuePath}/shares`)).body[0].readers.groups,
    ).toEqual([]);

    // A manager by share may delete; so may an admin, and a seeded child
    // group leaves its parent's children.
    await api.as(2).put(`/groups/${hidden.id}/shares/users`, {
      user_ids: [3],
      permission_level: "manage",
    });
    expect((await api.as(3).delete(`/groups/${hidden.id}`)).status).toBe(204);
    expect((await api.as(1).delete("/groups/3")).status).toBe(204);
    expect((await api.as(1).get("/groups/2/child_groups")).body).toEqual({
      manageable: [],
      writeable: [],
      readable: [],
    });
  });
});
