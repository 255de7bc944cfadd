// createState/defaultUsers and the permission rules, without HTTP.
import { describe, expect, it } from "vitest";
import {
  levelOf,
  requireLevel,
  sharedLevel,
} from "../../../src/emulator/model/permissions.js";
import {
  createState,
  defaultUsers,
  emptyGrants,
} from "../../../src/emulator/model/state.js";
import type { Shareable } from "../../../src/emulator/model/state.js";
import { ApiError } from "../../../src/emulator/model/api-errors.js";

describe("state", () => {
  it("seeds three users with distinct random hex keys, user 1 admin", () => {
    const a = defaultUsers();
    const b = defaultUsers();
    expect(a.map((u) => [u.id, u.admin])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    for (const u of a) expect(u.apiKey).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([...a, ...b].map((u) => u.apiKey)).size).toBe(6);
  });

  it("is per instance: two states share nothing", () => {
    const users = defaultUsers();
    const s1 = createState(users);
    const s2 = createState(users);
    expect(s1.groups.size).toBe(3);
    s1.groups.delete(1);
    expect(s2.groups.size).toBe(3);
    expect(s1.remoteHosts[0]!.accounts[0]!.password).not.toBe(
      s2.remoteHosts[0]!.accounts[0]!.password,
    );
  });

  it("has a strictly increasing ISO clock with milliseconds", () => {
    const state = createState(defaultUsers());
    const stamps = Array.from({ length: 50 }, () => state.now());
    for (let i = 1; i < stamps.length; i++)
      expect(stamps[i]! > stamps[i - 1]!).toBe(true);
    expect(stamps[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("permissions", () => {
  const users = defaultUsers();
  const [admin, ben, cy] = users as [
    (typeof users)[0],
    (typeof users)[0],
    (typeof users)[0],
  ];
  const state = createState(users);
  const obj: Shareable = { id: 1, ownerId: ben.id, grants: emptyGrants() };

  it("gives owners manage, admins manage, others nothing", () => {
    expect(levelOf(state, obj, ben)).toBe("manage");
    expect(levelOf(state, obj, admin)).toBe("manage");
    expect(sharedLevel(state, obj, admin.id)).toBeNull();
    expect(levelOf(state, obj, cy)).toBeNull();
  });

  it("takes the highest of user and group shares", () => {
    obj.grants.users.set(cy.id, "read");
    obj.grants.groups.set(3, "write"); // Interns: user 3
    expect(levelOf(state, obj, cy)).toBe("write");
    obj.grants.groups.delete(3);
    expect(levelOf(state, obj, cy)).toBe("read");
  });

  it("throws 404 when unreadable and 403 when readable but not enough", () => {
    const other: Shareable = { id: 2, ownerId: ben.id, grants: emptyGrants() };
    expect(() => requireLevel(state, other, cy, "read")).toThrow(
      expect.objectContaining({ status: 404, error: "not_found" }),
    );
    expect(() => requireLevel(state, undefined, admin, "read")).toThrow(
      ApiError,
    );
    other.grants.users.set(cy.id, "write");
    expect(requireLevel(state, other, cy, "write")).toBe(other);
    expect(() => requireLevel(state, other, cy, "manage")).toThrow(
      expect.objectContaining({ status: 403, error: "forbidden" }),
    );
  });
});
