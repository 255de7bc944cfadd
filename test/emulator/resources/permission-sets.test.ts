// Permission sets: lifecycle, list filters and pagination, the archived
// filter (a string on the wire), resources with awkward names and their
// shares, users' permissions (the families: families.test.ts).
import { describe, expect, it } from "vitest";
import { errorBody, useApi } from "./harness.js";

const api = useApi();

const author = (
  id: number,
  name: string,
  username: string,
  initials: string,
) => ({
  id,
  name,
  username,
  initials,
  online: false,
});
const resourcePath = (setId: number, name: string) =>
  `/permission_sets/${setId}/resources/${encodeURIComponent(name)}`;

describe("permission sets", () => {
  it("creates, gets, puts, patches", async () => {
    const created = await api
      .as(2)
      .post("/permission_sets", { name: "App", description: "d" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "App",
      description: "d",
      author: author(2, "Ben Analyst", "ben", "BA"),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archived: false,
    });
    const path = `/permission_sets/${created.body.id}`;
    expect((await api.as(2).get(path)).body).toEqual(created.body);

    const put = await api.as(2).put(path, { name: "App 2" });
    expect(put.body).toMatchObject({ name: "App 2", description: null });
    const patched = await api.as(2).patch(path, { description: "again" });
    expect(patched.body).toMatchObject({ name: "App 2", description: "again" });
  });

  it("lists by updated_at desc with pagination headers, filters author and archived", async () => {
    const ids: number[] = [];
    for (const name of ["p1", "p2", "p3"])
      ids.push((await api.as(3).post("/permission_sets", { name })).body.id);

    const list = await api.as(3).get("/permission_sets");
    expect(list.status).toBe(200);
    expect(list.body.map((s: { id: number }) => s.id)).toEqual(
      [...ids].reverse(),
    );
    expect(list.headers.get("X-Pagination-Per-Page")).toBe("20");
    expect(list.headers.get("X-Pagination-Current-Page")).toBe("1");
    expect(list.headers.get("X-Pagination-Total-Pages")).toBe("1");
    expect(list.headers.get("X-Pagination-Total-Entries")).toBe("3");

    const page2 = await api
      .as(3)
      .get("/permission_sets", { limit: 2, page_num: 2 });
    expect(page2.body.map((s: { id: number }) => s.id)).toEqual([ids[0]]);
    expect(page2.headers.get("X-Pagination-Total-Pages")).toBe("2");

    const byName = await api
      .as(3)
      .get("/permission_sets", { order: "name", order_dir: "asc" });
    expect(byName.body.map((s: { name: string }) => s.name)).toEqual([
      "p1",
      "p2",
      "p3",
    ]);

    expect(
      (await api.as(3).get("/permission_sets", { limit: 51 })).status,
    ).toBe(400);

    // The admin reads everything; author narrows it.
    const byAuthor = await api.as(1).get("/permission_sets", { author: "3" });
    expect(byAuthor.body).toHaveLength(3);
    const bens = (await api.as(2).post("/permission_sets", { name: "b1" }))
      .body;
    const both = await api.as(1).get("/permission_sets", { author: "2,3" });
    expect(both.body.map((s: { id: number }) => s.id)).toEqual(
      expect.arrayContaining([...ids, bens.id]),
    );

    const archived = await api
      .as(3)
      .put(`/permission_sets/${ids[1]}/archive`, { status: true });
    // A boolean, as recorded; the list filter stays a string.
    expect(archived.body.archived).toBe(true);
    expect(
      (await api.as(3).get(`/permission_sets/${ids[1]}`)).body.archived,
    ).toBe(true);
    const notArchived = await api
      .as(3)
      .get("/permission_sets", { archived: "false" });
    expect(
      notArchived.body.map((s: { archived: boolean }) => s.archived),
    ).toEqual([false, false]);
    const unarchivedOnly = await api.as(3).get("/permission_sets");
    expect(unarchivedOnly.body.map((s: { id: number }) => s.id)).not.toContain(
      ids[1],
    );
    const archivedOnly = await api
      .as(3)
      .get("/permission_sets", { archived: "true" });
    expect(archivedOnly.body.map((s: { id: number }) => s.id)).toEqual([
      ids[1],
    ]);
    expect(
      (await api.as(3).get("/permission_sets", { archived: "all" })).body,
    ).toHaveLength(3);
  });

  it("keeps resources by name, including / ? # and spaces", async () => {
    const set = (await api.as(2).post("/permission_sets", { name: "Names" }))
      .body;
    const names = ["reports/2024 q1", "a?b#c", "plain"];
    for (const name of names) {
      const r = await api.as(2).post(`/permission_sets/${set.id}/resources`, {
        name,
        description: `about ${name}`,
      });
      expect(r.status).toBe(201);
      expect(r.body).toEqual({
        permissionSetId: set.id,
        name,
        description: `about ${name}`,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    }
    const dup = await api
      .as(2)
      .post(`/permission_sets/${set.id}/resources`, { name: "plain" });
    expect(dup).toMatchObject({
      status: 409,
      body: errorBody(409, "conflict"),
    });
    expect(dup.body.errorDescription).toContain("name");

    for (const name of names) {
      const got = await api.as(2).get(resourcePath(set.id, name));
      expect(got.status).toBe(200);
      expect(got.body.name).toBe(name);
    }
    const patched = await api
      .as(2)
      .patch(resourcePath(set.id, "a?b#c"), { description: "new" });
    expect(patched.body).toMatchObject({ name: "a?b#c", description: "new" });

    const list = await api.as(2).get(`/permission_sets/${set.id}/resources`);
    expect(list.body.map((r: { name: string }) => r.name)).toEqual([
      "a?b#c",
      "plain",
      "reports/2024 q1",
    ]);
    expect(list.headers.get("X-Pagination-Per-Page")).toBe("50");
    expect(list.headers.get("X-Pagination-Total-Entries")).toBe("3");
    const desc = await api.as(2).get(`/permission_sets/${set.id}/resources`, {
      order_dir: "desc",
      limit: 1,
    });
    expect(desc.body.map((r: { name: string }) => r.name)).toEqual([
      "reports/2024 q1",
    ]);
    expect(desc.headers.get("X-Pagination-Total-Pages")).toBe("3");
    expect(
      (
        await api
          .as(2)
          .get(`/permission_sets/${set.id}/resources`, { limit: 1001 })
      ).status,
    ).toBe(400);

    expect((await api.as(2).delete(resourcePath(set.id, "plain"))).status).toBe(
      204,
    );
    expect((await api.as(2).get(resourcePath(set.id, "plain"))).status).toBe(
      404,
    );
    expect((await api.as(2).delete(resourcePath(set.id, "plain"))).status).toBe(
      404,
    );
  });

  it("gates resources by the set: read to see, write to change", async () => {
    const set = (await api.as(2).post("/permission_sets", { name: "Gate" }))
      .body;
    await api.as(2).post(`/permission_sets/${set.id}/resources`, { name: "r" });
    expect((await api.as(3).get(resourcePath(set.id, "r"))).status).toBe(404);
    expect(
      (await api.as(3).get(`/permission_sets/${set.id}/resources`)).status,
    ).toBe(404);
    await api.as(2).put(`/permission_sets/${set.id}/shares/users`, {
      user_ids: [3],
      permission_level: "read",
    });
    expect((await api.as(3).get(resourcePath(set.id, "r"))).status).toBe(200);
    expect(
      (await api.as(3).patch(resourcePath(set.id, "r"), { description: "x" }))
        .status,
    ).toBe(403);
    expect((await api.as(3).delete(resourcePath(set.id, "r"))).status).toBe(
      403,
    );
    expect(
      (
        await api
          .as(3)
          .post(`/permission_sets/${set.id}/resources`, { name: "s" })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.as(3).put(`${resourcePath(set.id, "r")}/shares/users`, {
          user_ids: [3],
          permission_level: "manage",
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.as(3).get(`${resourcePath(set.id, "r")}/shares`)).status,
    ).toBe(200);
    expect((await api.as(3).get(resourcePath(set.id, "missing"))).status).toBe(
      404,
    );
  });

  it("shares resources and reports each user's permissions", async () => {
    const set = (await api.as(1).post("/permission_sets", { name: "Perms" }))
      .body;
    for (const name of ["dashboards", "exports", "secrets"])
      await api.as(1).post(`/permission_sets/${set.id}/resources`, { name });

    const userShare = await api
      .as(1)
      .put(`${resourcePath(set.id, "exports")}/shares/users`, {
        user_ids: [3],
        permission_level: "write",
      });
    expect(userShare.status).toBe(200);
    expect(userShare.body).toEqual({
      readers: { users: [], groups: [] },
      writers: { users: [{ id: 3, name: "Cy Viewer" }], groups: [] },
      owners: { users: [], groups: [] },
      totalUserShares: 1,
      totalGroupShares: 0,
    });
    // Group 2 (Analysts) holds users 1 and 2.
    await api.as(1).put(`${resourcePath(set.id, "dashboards")}/shares/groups`, {
      group_ids: [2],
      permission_level: "read",
    });
    await api.as(1).put(`${resourcePath(set.id, "secrets")}/shares/groups`, {
      group_ids: [3],
      permission_level: "manage",
    });

    const shares = await api
      .as(1)
      .get(`${resourcePath(set.id, "dashboards")}/shares`);
    expect(shares.body).toEqual([
      {
        readers: { users: [], groups: [{ id: 2, name: "Analysts" }] },
        writers: { users: [], groups: [] },
        owners: { users: [], groups: [] },
        totalUserShares: 0,
        totalGroupShares: 1,
      },
    ]);

    const forUser = async (userId: number) =>
      (
        await api
          .as(1)
          .get(`/permission_sets/${set.id}/users/${userId}/permissions`)
      ).body;
    expect(await forUser(2)).toEqual([
      { resourceName: "dashboards", read: true, write: false, manage: false },
      { resourceName: "exports", read: false, write: false, manage: false },
      { resourceName: "secrets", read: false, write: false, manage: false },
    ]);
    expect(await forUser(3)).toEqual([
      { resourceName: "dashboards", read: false, write: false, manage: false },
      { resourceName: "exports", read: true, write: true, manage: false },
      { resourceName: "secrets", read: true, write: true, manage: true },
    ]);
    expect(
      (await api.as(1).get(`/permission_sets/${set.id}/users/999/permissions`))
        .status,
    ).toBe(404);

    for (const share of ["exports/shares/users/3", "secrets/shares/groups/3"])
      expect(
        (
          await api
            .as(1)
            .delete(`/permission_sets/${set.id}/resources/${share}`)
        ).status,
      ).toBe(204);
    expect((await forUser(3)).every((p: { read: boolean }) => !p.read)).toBe(
      true,
    );
    expect(
      (
        await api.as(1).put(`${resourcePath(set.id, "nope")}/shares/users`, {
          user_ids: [3],
          permission_level: "read",
        })
      ).status,
    ).toBe(404);
  });

  it("makes the new owner the author, with manage on every resource", async () => {
    const set = (await api.as(2).post("/permission_sets", { name: "Moved" }))
      .body;
    for (const name of ["one", "two"])
      await api.as(2).post(`/permission_sets/${set.id}/resources`, { name });
    await api.as(2).put(`/permission_sets/${set.id}/transfer`, {
      user_id: 3,
      include_dependencies: true,
    });
    const got = await api.as(3).get(`/permission_sets/${set.id}`);
    expect(got.body.author).toEqual(author(3, "Cy Viewer", "cy", "CV"));
    const perms = await api
      .as(3)
      .get(`/permission_sets/${set.id}/users/3/permissions`);
    expect(perms.body).toEqual([
      { resourceName: "one", read: true, write: true, manage: true },
      { resourceName: "two", read: true, write: true, manage: true },
    ]);
  });
});
