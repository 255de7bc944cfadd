// The families every resource shares, written once and run per resource:
// shares (read to see, write to change, manage to reshare or transfer; by
// user and by group), transfer and dependencies, archive.
import { describe, expect, it } from "vitest";
import { errorBody, useApi, type Caller } from "./harness.js";

const api = useApi();
const [admin, ben, cy] = [api.as(1), api.as(2), api.as(3)];

interface Family {
  resource: string;
  /** A create body; `{n}` in a string becomes a number unique to the file. */
  body: Record<string, unknown>;
  /** What to add after creating (the objects that become dependencies). */
  fill?: (owner: Caller, path: string) => Promise<unknown>;
}

let counter = 0;
/** Creates one object owned by `owner` (ben by default); its path. */
async function create(family: Family, owner = ben): Promise<string> {
  const n = ++counter;
  const body = Object.fromEntries(
    Object.entries(family.body).map(([k, v]) => [
      k,
      typeof v === "string" ? v.replace("{n}", String(n)) : v,
    ]),
  );
  const created = await owner.post(`/${family.resource}`, body);
  expect(created.status).toBe(201);
  const path = `/${family.resource}/${created.body.id}`;
  await family.fill?.(owner, path);
  return path;
}

const matchTargets: Family = {
  resource: "match_targets",
  body: { name: "Target {n}" },
};
const jsonValues: Family = {
  resource: "json_values",
  body: { value_str: "{}" },
};
const permissionSets: Family = {
  resource: "permission_sets",
  body: { name: "Set {n}" },
  fill: async (owner, path) => {
    await owner.post(`${path}/resources`, { name: "one", description: "1" });
    await owner.post(`${path}/resources`, { name: "two" });
  },
};
const groups: Family = { resource: "groups", body: { name: "Group {n}" } };
const credentials: Family = {
  resource: "credentials",
  body: {
    type: "Database",
    username: "user{n}",
    password: "family-password",
    remote_host_id: 1,
  },
};

/** A permission-set resource as a dependency: listed, or after a transfer. */
const setResource = (name: string, description: string | null) => ({
  objectType: "PermissionSetResource",
  fcoType: "Permission Set Resource",
  id: expect.any(Number),
  name,
  description,
});
const remoteHost = {
  objectType: "RemoteHost",
  fcoType: "Remote Host",
  id: 1,
  name: "Analytics Postgres",
  permissionLevel: null,
  description: expect.any(String),
};

const ben2 = { id: 2, name: "Ben Analyst" };
const cy3 = { id: 3, name: "Cy Viewer" };
const analysts = { id: 2, name: "Analysts" };
const interns = { id: 3, name: "Interns" };
const none = { users: [], groups: [] };

describe.each([matchTargets, jsonValues, permissionSets, groups, credentials])(
  "$resource shares",
  (family) => {
    it("hide an unshared object (404); a read share shows it but allows no change (403)", async () => {
      const path = await create(family);
      expect(await cy.get(path)).toMatchObject({
        status: 404,
        body: errorBody(404, "not_found"),
      });
      expect((await cy.get(`${path}/shares`)).status).toBe(404);
      expect((await cy.patch(path, { name: "x" })).status).toBe(404);

      const shared = await ben.put(`${path}/shares/users`, {
        user_ids: [3],
        permission_level: "read",
      });
      expect(shared).toMatchObject({
        status: 200,
        body: {
          readers: { users: [cy3], groups: [] },
          writers: none,
          owners: { users: [ben2], groups: [] },
          totalUserShares: 2,
          totalGroupShares: 0,
        },
      });
      expect((await cy.get(path)).status).toBe(200);
      expect(await cy.patch(path, { name: "x" })).toMatchObject({
        status: 403,
        body: errorBody(403, "forbidden"),
      });
      // The admin sees and changes everything.
      expect((await admin.get(path)).status).toBe(200);
      expect((await admin.patch(path, { name: "By admin" })).status).toBe(200);
    });

    it("let a group's members write through a group share, but not reshare (manage)", async () => {
      const path = await create(family);
      const byGroup = await ben.put(`${path}/shares/groups`, {
        group_ids: [3],
        permission_level: "write",
      });
      expect(byGroup.body.writers).toEqual({ users: [], groups: [interns] });
      // Cy is in Interns.
      expect((await cy.patch(path, { name: "By Cy" })).status).toBe(200);
      expect(
        (
          await cy.put(`${path}/shares/users`, {
            user_ids: [3],
            permission_level: "manage",
          })
        ).status,
      ).toBe(403);
      expect((await cy.delete(`${path}/shares/groups/3`)).status).toBe(403);

      await ben.put(`${path}/shares/users`, {
        user_ids: [3],
        permission_level: "manage",
      });
      expect((await cy.delete(`${path}/shares/users/3`)).status).toBe(204);
    });

    it("list as one share object; revoking is a 204 without body, and idempotent", async () => {
      const path = await create(family);
      await ben.put(`${path}/shares/groups`, {
        group_ids: [2],
        permission_level: "read",
      });
      await ben.put(`${path}/shares/users`, {
        user_ids: [3],
        permission_level: "write",
      });
      const shares = await ben.get(`${path}/shares`);
      expect(shares).toMatchObject({
        status: 200,
        body: [
          {
            readers: { users: [], groups: [analysts] },
            writers: { users: [cy3], groups: [] },
            owners: { users: [ben2], groups: [] },
            totalUserShares: 2,
            totalGroupShares: 1,
          },
        ],
      });
      for (const share of ["groups/2", "users/3", "users/3"]) {
        const revoked = await ben.delete(`${path}/shares/${share}`);
        expect(revoked).toMatchObject({ status: 204, text: "" });
      }
      expect((await cy.get(path)).status).toBe(404);
      expect((await ben.get(`${path}/shares`)).body[0]).toEqual({
        readers: none,
        writers: none,
        owners: { users: [ben2], groups: [] },
        totalUserShares: 1,
        totalGroupShares: 0,
      });
    });

    it("404 unknown objects, users and groups", async () => {
      expect((await admin.get(`/${family.resource}/99999`)).status).toBe(404);
      const path = await create(family);
      for (const [kind, ids] of [
        ["users", "user_ids"],
        ["groups", "group_ids"],
      ] as const) {
        const put = await ben.put(`${path}/shares/${kind}`, {
          [ids]: [999],
          permission_level: "read",
        });
        expect(put.status).toBe(404);
        expect((await ben.delete(`${path}/shares/${kind}/999`)).status).toBe(
          404,
        );
      }
    });
  },
);

describe.each([
  { family: jsonValues, dependencies: [], transferred: [] },
  {
    family: permissionSets,
    dependencies: [
      { ...setResource("one", "1"), permissionLevel: null, shareable: true },
      { ...setResource("two", null), permissionLevel: null, shareable: true },
    ],
    transferred: [
      { ...setResource("one", "1"), permissionLevel: "manage", shared: true },
      { ...setResource("two", null), permissionLevel: "manage", shared: true },
    ],
  },
  {
    family: credentials,
    dependencies: [{ ...remoteHost, shareable: false }],
    transferred: [{ ...remoteHost, shared: false }],
  },
])("$family.resource transfer and dependencies", (row) => {
  it("lists the dependencies, for another user too; an unknown user is a 404", async () => {
    const path = await create(row.family);
    expect(await ben.get(`${path}/dependencies`)).toMatchObject({
      status: 200,
      body: row.dependencies,
    });
    expect(
      (await ben.get(`${path}/dependencies`, { user_id: 3 })).body,
    ).toEqual(row.dependencies);
    expect(
      (await ben.get(`${path}/dependencies`, { user_id: 999 })).status,
    ).toBe(404);
  });

  it("transfers ownership, sharing the dependencies on request; the old owner keeps manage", async () => {
    const path = await create(row.family);
    const moved = await ben.put(`${path}/transfer`, {
      user_id: 3,
      include_dependencies: true,
      email_body: "yours now",
      send_email: false,
    });
    expect(moved).toMatchObject({
      status: 200,
      body: { dependencies: row.transferred },
    });
    expect((await cy.get(`${path}/shares`)).body[0].owners.users).toEqual([
      ben2,
      cy3,
    ]);
    // The new owner can take manage away from the old one.
    expect((await cy.delete(`${path}/shares/users/2`)).status).toBe(204);
    expect((await ben.get(path)).status).toBe(404);
  });

  it("shares no dependency without include_dependencies", async () => {
    const path = await create(row.family);
    const moved = await ben.put(`${path}/transfer`, {
      user_id: 3,
      include_dependencies: false,
    });
    expect(
      moved.body.dependencies.map((d: { shared: boolean }) => d.shared),
    ).toEqual(row.transferred.map(() => false));
  });

  it("needs manage (a writer gets a 403); an unknown user is a 404", async () => {
    const path = await create(row.family);
    await ben.put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "write",
    });
    const transfer = { user_id: 3, include_dependencies: false };
    expect((await cy.put(`${path}/transfer`, transfer)).status).toBe(403);
    expect(
      (await ben.put(`${path}/transfer`, { ...transfer, user_id: 999 })).status,
    ).toBe(404);
  });
});

describe.each([matchTargets, permissionSets])("$resource archive", (family) => {
  it("archives and unarchives; an archived object is still readable, not listed", async () => {
    const path = await create(family);
    const id = Number(path.split("/").at(-1));
    const listed = async () =>
      (await ben.get(`/${family.resource}`)).body.map(
        (o: { id: number }) => o.id,
      );
    const archived = await ben.put(`${path}/archive`, { status: true });
    expect(archived).toMatchObject({
      status: 200,
      body: { id, archived: true },
    });
    expect((await ben.get(path)).body.archived).toBe(true);
    expect(await listed()).not.toContain(id);
    const back = await ben.put(`${path}/archive`, { status: false });
    expect(back.body.archived).toBe(false);
    expect(await listed()).toContain(id);
  });

  it("needs write: a reader gets a 403", async () => {
    const path = await create(family);
    await ben.put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "read",
    });
    expect((await cy.put(`${path}/archive`, { status: true })).status).toBe(
      403,
    );
    await ben.put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "write",
    });
    expect((await cy.put(`${path}/archive`, { status: true })).status).toBe(
      200,
    );
  });
});
