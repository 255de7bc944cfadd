// The generated method table against the API reference (the seed inventory):
// every reference method once, with its verb and path, its required
// arguments positional in the reference's order, pagination as the
// reference has it; plus groups.delete(id), which the API has beyond it.
import { describe, expect, it } from "vitest";
import { methods } from "../../generated/methods.js";
import { aliases } from "../../src/methods/aliases.js";
import { routeOf, type MethodSpec } from "../../src/methods/method-spec.js";
import inventory from "../seed-inventory.json" with { type: "json" };

const table: Record<string, Record<string, MethodSpec>> = methods;
const entries = Object.entries(table).flatMap(([resource, byName]) =>
  Object.entries(byName).map(([name, entry]) => ({ resource, name, entry })),
);
const entry = (resource: string, name: string) => table[resource]?.[name];

describe("generated method table", () => {
  // The one place the tests count the methods.
  it("has exactly the 73 reference methods and groups.delete", () => {
    const seeds = inventory.methods.map((m) => `${m.resource}.${m.method}`);
    expect(seeds).toHaveLength(73);
    expect(entries.map((t) => `${t.resource}.${t.name}`).sort()).toEqual(
      [...seeds, "groups.delete"].sort(),
    );
    expect(entries).toHaveLength(74);
  });

  it("routes each method to the reference's verb and path", () => {
    const route = (resource: string, name: string) =>
      routeOf(resource, entry(resource, name)!);
    for (const m of inventory.methods)
      expect(route(m.resource, m.method), m.operationId).toEqual({
        method: m.verb,
        path: m.path,
      });
    expect(route("groups", "delete")).toEqual({
      method: "DELETE",
      path: "/groups/{id}",
    });
    // Written below the resource: `GET /groups/{id}` is "GET /{id}".
    expect(entry("groups", "get")?.route).toBe("GET /{id}");
    expect(entry("groups", "list")?.route).toBe("GET");
  });

  it("takes the reference's required arguments positionally, in its order", () => {
    for (const m of inventory.methods) {
      const required = m.params.filter((p) => p.required).map((p) => p.name);
      expect(entry(m.resource, m.method)?.args, m.operationId).toEqual(
        required,
      );
    }
    expect(entry("groups", "delete")?.args).toEqual(["id"]);
  });

  it("spells out a few signatures", () => {
    expect(entry("groups", "put_members")?.args).toEqual(["id", "user_id"]);
    expect(entry("credentials", "post_authenticate")?.args).toEqual([
      "url",
      "remote_host_type",
      "username",
      "password",
    ]);
    expect(
      entry("permission_sets", "put_resources_shares_users")?.args,
    ).toEqual(["id", "name", "user_ids", "permission_level"]);
    expect(entry("json_values", "put_transfer")?.args).toEqual([
      "id",
      "user_id",
      "include_dependencies",
    ]);
  });

  it("marks exactly the lists with pagination headers as paginated", () => {
    for (const m of inventory.methods)
      expect(
        entry(m.resource, m.method)?.paginated ?? false,
        m.operationId,
      ).toBe(m.paginated);
  });

  it("knows every reference argument, in the location the reference gives", () => {
    for (const m of inventory.methods)
      for (const p of m.params)
        expect(
          entry(m.resource, m.method)?.params[p.name]?.in,
          `${m.operationId} ${p.name}`,
        ).toBe(p.in);
  });

  it("declares repeated argument shapes once", () => {
    expect(table.groups!.get!.params).toBe(table.credentials!.get!.params);
    expect(table.groups!.get!.params.id).toBe(
      table.groups!.put_members!.params.user_id,
    );
  });

  it("points every alias at a reference method", () => {
    for (const [resource, names] of Object.entries(aliases))
      for (const target of Object.values(names))
        expect(table[resource]).toHaveProperty(target);
  });
});
