// Whole lifecycles through the wrappers, as different seeded users: who can
// see and change what after shares, group shares, transfers and archiving;
// permission-set resource names that need path encoding; aliases.
import { describe, expect, it } from "vitest";
import { aliases } from "../../src/methods/aliases.js";
import { CivisNotFoundError, CivisPermissionError } from "../../src/index.js";
import { rejectionOf, useEmulator } from "./helpers.js";

// admin: user 1; ben: user 2, member of group 2 "Analysts"; cy: user 3,
// member of group 3 "Interns".
const { emu, admin, ben, cy } = useEmulator();

describe("shares decide who sees and changes what", () => {
  it("an unshared object is a 404 to user 2; a read share lets them read but not patch (403)", async () => {
    const mt = await admin.match_targets.post("Private target");
    const hidden = await rejectionOf(ben.match_targets.get(mt.id));
    expect(hidden).toBeInstanceOf(CivisNotFoundError);
    expect(hidden).toMatchObject({
      status: 404,
      method: "GET",
      path: `/match_targets/${mt.id}`,
    });
    expect((await ben.match_targets.list()).map((t) => t.id)).not.toContain(
      mt.id,
    );

    await admin.match_targets.put_shares_users(mt.id, [2], "read");
    expect((await ben.match_targets.get(mt.id)).name).toBe("Private target");
    const denied = await rejectionOf(
      ben.match_targets.patch(mt.id, { name: "mine now" }),
    );
    expect(denied).toBeInstanceOf(CivisPermissionError);
    expect(denied).toMatchObject({
      status: 403,
      method: "PATCH",
      path: `/match_targets/${mt.id}`,
      tries: 1,
    });
    expect((await admin.match_targets.get(mt.id)).name).toBe("Private target");

    // Write lets Ben patch; revoking takes everything back.
    await admin.match_targets.put_shares_users(mt.id, [2], "write");
    expect(
      (await ben.match_targets.patch(mt.id, { name: "Ben's edit" })).name,
    ).toBe("Ben's edit");
    await admin.match_targets.delete_shares_users(mt.id, 2);
    expect(await rejectionOf(ben.match_targets.get(mt.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
  });

  it("a group share counts for the group's members, and only for them", async () => {
    const jv = await admin.json_values.post('{"a": 1}');
    expect(await rejectionOf(cy.json_values.get(jv.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
    const shares = await admin.json_values.put_shares_groups(
      jv.id,
      [3],
      "read",
    );
    expect(shares.readers.groups).toEqual([{ id: 3, name: "Interns" }]);
    expect((await cy.json_values.get(jv.id)).value).toEqual({ a: 1 });
    // Ben is not an intern.
    expect(await rejectionOf(ben.json_values.get(jv.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
    // Read through the group: a change is a 403.
    expect(
      await rejectionOf(cy.json_values.patch(jv.id, { name: "x" })),
    ).toBeInstanceOf(CivisPermissionError);
    await admin.json_values.delete_shares_groups(jv.id, 3);
    expect(await rejectionOf(cy.json_values.get(jv.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
  });

  it("only a manager may change shares", async () => {
    const c = await admin.credentials.post("Custom", "u", "p");
    await admin.credentials.put_shares_users(c.id, [2], "write");
    const err = await rejectionOf(
      ben.credentials.put_shares_users(c.id, [3], "read"),
    );
    expect(err).toBeInstanceOf(CivisPermissionError);
    expect(err).toMatchObject({
      method: "PUT",
      path: `/credentials/${c.id}/shares/users`,
    });
  });
});

describe("lifecycles per resource", () => {
  it("match_targets: create, update, share, archive, unarchive", async () => {
    const mt = await ben.match_targets.post("Ben's target", {
      target_file_name: "a.csv",
    });
    const updated = await ben.match_targets.patch(mt.id, {
      target_file_name: "b.csv",
    });
    expect(updated.target_file_name).toBe("b.csv");
    expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(
      Date.parse(mt.updated_at),
    );
    await ben.match_targets.put_shares_users(mt.id, [3], "read");
    expect((await cy.match_targets.list()).map((t) => t.id)).toContain(mt.id);
    await ben.match_targets.put_archive(mt.id, true);
    expect((await ben.match_targets.list()).map((t) => t.id)).not.toContain(
      mt.id,
    );
    // Archived objects stay readable by id.
    expect((await ben.match_targets.get(mt.id)).archived).toBe(true);
    await ben.match_targets.put_archive(mt.id, false);
    expect((await ben.match_targets.list()).map((t) => t.id)).toContain(mt.id);
  });

  it("json_values: create, update, transfer to another user", async () => {
    const jv = await admin.json_values.post('{"x": [1, 2]}', { name: "cfg" });
    await admin.json_values.patch(jv.id, { value_str: '{"x": [3]}' });
    expect((await admin.json_values.get(jv.id)).value).toEqual({ x: [3] });
    expect(await rejectionOf(ben.json_values.get(jv.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
    await admin.json_values.put_transfer(jv.id, 2, false);
    const shares = (await ben.json_values.list_shares(jv.id))[0]!;
    expect(shares.owners.users.map((u) => u.id)).toEqual([1, 2]);
    // The new owner manages: Ben can share it on.
    await ben.json_values.put_shares_users(jv.id, [3], "read");
    expect((await cy.json_values.get(jv.id)).name).toBe("cfg");
  });

  it("permission_sets: create, resources, shares, transfer, archive", async () => {
    const ps = await ben.permission_sets.post("Ben's set");
    await ben.permission_sets.post_resources(ps.id, "reports");
    await ben.permission_sets.put_resources_shares_groups(
      ps.id,
      "reports",
      [3],
      "read",
    );
    expect(await ben.permission_sets.list_users_permissions(ps.id, 3)).toEqual([
      { resource_name: "reports", read: true, write: false, manage: false },
    ]);
    // Cy has no share on the set itself.
    expect(await rejectionOf(cy.permission_sets.get(ps.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
    await ben.permission_sets.put_transfer(ps.id, 3, true);
    expect((await cy.permission_sets.get(ps.id)).author.username).toBe("cy");
    await cy.permission_sets.put_archive(ps.id, true);
    expect((await cy.permission_sets.list()).map((p) => p.id)).not.toContain(
      ps.id,
    );
    expect(
      (await cy.permission_sets.list({ archived: "all" })).map((p) => p.id),
    ).toContain(ps.id);
  });

  it("groups: create, members, shares, replace", async () => {
    const g = await ben.groups.post("Ben's group", { description: "d" });
    // Members read their group; a member who is not a manager cannot change it.
    await ben.groups.put_members(g.id, 3);
    expect((await cy.groups.get(g.id)).member_count).toBe(1);
    expect(
      await rejectionOf(cy.groups.patch(g.id, { description: "mine" })),
    ).toBeInstanceOf(CivisPermissionError);
    await ben.groups.put_shares_users(g.id, [3], "write");
    expect(
      (await cy.groups.patch(g.id, { description: "ok" })).description,
    ).toBe("ok");
    const replaced = await ben.groups.put(g.id, "Ben's group, renamed");
    expect(replaced).toMatchObject({
      name: "Ben's group, renamed",
      description: null,
    });
    await ben.groups.delete_members(g.id, 3);
    await ben.groups.delete_shares_users(g.id, 3);
    expect(await rejectionOf(cy.groups.get(g.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
  });

  it("credentials: create, update, transfer, delete", async () => {
    const c = await ben.credentials.post("Custom", "svc", "pw1");
    await ben.credentials.patch(c.id, { password: "pw2", description: "d" });
    await ben.credentials.put_transfer(c.id, 3, false);
    expect((await cy.credentials.get(c.id)).user.id).toBe(3);
    // The old owner keeps manage (as Civis does) and may delete it.
    await ben.credentials.delete(c.id);
    const gone = await rejectionOf(cy.credentials.get(c.id));
    expect(gone).toBeInstanceOf(CivisNotFoundError);
    expect(gone).toMatchObject({ path: `/credentials/${c.id}` });
  });
});

describe("permission-set resource names are path-encoded", () => {
  const names = [
    "reports/2026/q1",
    "with space",
    "what?x=1&y=2",
    "hash#tag",
    "100% sure",
    "a/../b",
    "...",
    "ünï©ode",
  ];

  it.each(names)(
    "%j round-trips through every resource route",
    async (name) => {
      const ps = await admin.permission_sets.post(`set for ${name}`);
      emu.resetRequests();
      const created = await admin.permission_sets.post_resources(ps.id, name, {
        description: "d",
      });
      expect(created.name).toBe(name);
      expect(
        (await admin.permission_sets.get_resources(ps.id, name)).name,
      ).toBe(name);
      await admin.permission_sets.patch_resources(ps.id, name, {
        description: "e",
      });
      await admin.permission_sets.put_resources_shares_users(
        ps.id,
        name,
        [2],
        "read",
      );
      const shares = await admin.permission_sets.list_resources_shares(
        ps.id,
        name,
      );
      expect(shares[0]!.readers.users.map((u) => u.id)).toEqual([2]);
      await admin.permission_sets.delete_resources_shares_users(ps.id, name, 2);
      expect(
        await admin.permission_sets.list_users_permissions(ps.id, 2),
      ).toEqual([
        { resource_name: name, read: false, write: false, manage: false },
      ]);
      await admin.permission_sets.delete_resources(ps.id, name);
      expect(
        await rejectionOf(admin.permission_sets.get_resources(ps.id, name)),
      ).toBeInstanceOf(CivisNotFoundError);

      // On the wire: one encoded path segment, no query, no fragment.
      const segment = `/permission_sets/${ps.id}/resources/${encodeURIComponent(name)}`;
      const get = emu.wire.find((w) => w.method === "GET")!;
      expect(get.url).toBe(segment);
      expect(emu.wire.every((w) => !w.url.includes("#"))).toBe(true);
      expect(emu.requests.every((r) => r.status < 500)).toBe(true);
    },
  );
});

describe("path values that URL parsing would resolve away", () => {
  // Sent, `get_resources(id, "..")` would be GET /permission_sets/{id} (the
  // URL parser removes the dot segment, %2E%2E too), answered with the set.
  it.each([".", "..", "%2e", "%2E%2e", ".%2e"])(
    "%j is refused before sending",
    async (name) => {
      const ps = await admin.permission_sets.post(`dots ${name}`);
      emu.resetRequests();
      for (const call of [
        () => admin.permission_sets.get_resources(ps.id, name),
        () => admin.permission_sets.delete_resources(ps.id, name),
        () => admin.permission_sets.list_resources_shares(ps.id, name),
      ]) {
        const err = await rejectionOf(call());
        expect(err).toBeInstanceOf(TypeError);
        expect((err as Error).message).toBe(
          'path parameter "name" cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
        );
      }
      expect(emu.requestCount()).toBe(0);
      // As data in a body it is fine.
      const r = await admin.permission_sets.post_resources(ps.id, name);
      expect(r.name).toBe(name);
    },
  );
});

describe("aliases", () => {
  it("are the same functions as the seed methods", () => {
    expect(admin.groups.get_child_groups).toBe(admin.groups.list_child_groups);
    expect(admin.permission_sets.get_resources_shares).toBe(
      admin.permission_sets.list_resources_shares,
    );
    expect(admin.permission_sets.get_users_permissions).toBe(
      admin.permission_sets.list_users_permissions,
    );
    for (const r of [
      "match_targets",
      "json_values",
      "permission_sets",
      "groups",
      "credentials",
    ] as const)
      expect(admin[r].get_shares).toBe(admin[r].list_shares);
    // The table and the client agree.
    const client = admin as unknown as Record<string, Record<string, unknown>>;
    for (const [resource, table] of Object.entries(aliases))
      for (const [alias, target] of Object.entries(table))
        expect(client[resource]![alias]).toBe(client[resource]![target]);
  });

  it("work like the seed methods", async () => {
    expect(await admin.groups.get_child_groups(2)).toEqual(
      await admin.groups.list_child_groups(2),
    );
    const g = await admin.groups.post("Alias check");
    expect(await admin.groups.get_shares(g.id)).toEqual(
      await admin.groups.list_shares(g.id),
    );
  });
});
