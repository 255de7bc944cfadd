// Match targets over real HTTP: lifecycle, list (unpaginated, archived
// hidden), archive, shares and the 404/403 rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBody, startHarness } from "./harness.js";
import type { Harness } from "./harness.js";

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("match targets", () => {
  it("creates with defaults, gets, patches", async () => {
    const created = await api.as(2).post("/match_targets", { name: "Voters" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "Voters",
      targetFileName: null,
      createdAt: expect.stringMatching(iso),
      updatedAt: expect.stringMatching(iso),
      archived: false,
    });
    const id = created.body.id;

    const got = await api.as(2).get(`/match_targets/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    const patched = await api
      .as(2)
      .patch(`/match_targets/${id}`, { target_file_name: "voters.csv" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: "Voters",
      targetFileName: "voters.csv",
    });
    expect(patched.body.updatedAt > created.body.updatedAt).toBe(true);
  });

  it("accepts camelCase bodies too", async () => {
    const created = await api
      .as(2)
      .post("/match_targets", { name: "Camel", targetFileName: "c.csv" });
    expect(created.status).toBe(201);
    expect(created.body.targetFileName).toBe("c.csv");
  });

  it("lists without pagination headers and hides archived targets", async () => {
    const a = await api.as(3).post("/match_targets", { name: "Keep" });
    const b = await api.as(3).post("/match_targets", { name: "Archive me" });
    const archived = await api
      .as(3)
      .put(`/match_targets/${b.body.id}/archive`, { status: true });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: b.body.id, archived: true });

    const list = await api.as(3).get("/match_targets");
    expect(list.status).toBe(200);
    expect(list.headers.get("X-Pagination-Total-Entries")).toBeNull();
    const ids = list.body.map((t: { id: number }) => t.id);
    expect(ids).toContain(a.body.id);
    expect(ids).not.toContain(b.body.id);
    // Only what the caller can read: user 2's targets are not user 3's.
    for (const t of list.body) expect(["Keep"]).toContain(t.name);

    // Still readable directly, and can be unarchived.
    expect(
      (await api.as(3).get(`/match_targets/${b.body.id}`)).body.archived,
    ).toBe(true);
    const back = await api
      .as(3)
      .put(`/match_targets/${b.body.id}/archive`, { status: false });
    expect(back.body.archived).toBe(false);
  });

  it("hides other users' targets (404) and forbids changes to readers (403)", async () => {
    const { body } = await api
      .as(2)
      .post("/match_targets", { name: "Private" });
    const path = `/match_targets/${body.id}`;
    expect(await api.as(3).get(path)).toMatchObject({
      status: 404,
      body: errorBody(404, "not_found"),
    });
    expect((await api.as(3).patch(path, { name: "x" })).status).toBe(404);

    const shared = await api
      .as(2)
      .put(`${path}/shares/users`, { user_ids: [3], permission_level: "read" });
    expect(shared.status).toBe(200);
    expect(shared.body.readers.users).toEqual([{ id: 3, name: "Cy Viewer" }]);
    expect(shared.body.owners.users).toEqual([{ id: 2, name: "Ben Analyst" }]);
    expect(shared.body).toMatchObject({
      totalUserShares: 2,
      totalGroupShares: 0,
    });

    expect((await api.as(3).get(path)).status).toBe(200);
    expect(await api.as(3).patch(path, { name: "x" })).toMatchObject({
      status: 403,
      body: errorBody(403, "forbidden"),
    });
    expect(
      (await api.as(3).put(`${path}/archive`, { status: true })).status,
    ).toBe(403);
    // Changing shares needs manage.
    expect(
      (
        await api.as(3).put(`${path}/shares/users`, {
          user_ids: [3],
          permission_level: "manage",
        })
      ).status,
    ).toBe(403);

    // The admin sees and manages everything.
    expect((await api.as(1).get(path)).status).toBe(200);
  });

  it("shares with groups, lists shares, revokes", async () => {
    const { body } = await api.as(1).post("/match_targets", { name: "Team" });
    const path = `/match_targets/${body.id}`;
    expect((await api.as(2).get(path)).status).toBe(404);

    const byGroup = await api.as(1).put(`${path}/shares/groups`, {
      group_ids: [2],
      permission_level: "write",
    });
    expect(byGroup.body.writers.groups).toEqual([{ id: 2, name: "Analysts" }]);
    // User 2 is in Analysts: write through the group.
    expect((await api.as(2).patch(path, { name: "Team 2" })).status).toBe(200);

    const shares = await api.as(2).get(`${path}/shares`);
    expect(shares.status).toBe(200);
    expect(shares.body).toHaveLength(1);
    expect(shares.body[0]).toEqual({
      readers: { users: [], groups: [] },
      writers: { users: [], groups: [{ id: 2, name: "Analysts" }] },
      owners: { users: [{ id: 1, name: "Ada Admin" }], groups: [] },
      totalUserShares: 1,
      totalGroupShares: 1,
    });

    const revoked = await api.as(1).delete(`${path}/shares/groups/2`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe("");
    expect((await api.as(2).get(path)).status).toBe(404);

    await api
      .as(1)
      .put(`${path}/shares/users`, { user_ids: [2], permission_level: "read" });
    expect((await api.as(2).get(path)).status).toBe(200);
    expect((await api.as(1).delete(`${path}/shares/users/2`)).status).toBe(204);
    expect((await api.as(2).get(path)).status).toBe(404);
    // Idempotent: revoking again is still a 204.
    expect((await api.as(1).delete(`${path}/shares/users/2`)).status).toBe(204);
  });

  it("404s unknown objects, users and groups", async () => {
    expect((await api.as(1).get("/match_targets/99999")).status).toBe(404);
    const { body } = await api.as(1).post("/match_targets", { name: "T" });
    const path = `/match_targets/${body.id}`;
    expect(
      (
        await api.as(1).put(`${path}/shares/users`, {
          user_ids: [999],
          permission_level: "read",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api.as(1).put(`${path}/shares/groups`, {
          group_ids: [999],
          permission_level: "read",
        })
      ).status,
    ).toBe(404);
    expect((await api.as(1).delete(`${path}/shares/users/999`)).status).toBe(
      404,
    );
    expect((await api.as(1).delete(`${path}/shares/groups/999`)).status).toBe(
      404,
    );
  });

  it("leaves validation to the spec (400 on a missing name)", async () => {
    const bad = await api
      .as(1)
      .post("/match_targets", { target_file_name: "x" });
    expect(bad).toMatchObject({ status: 400, body: errorBody(400) });
  });
});
