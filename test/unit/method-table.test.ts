// The method table against the spec and the seeds: every seed method once,
// with the spec's route and the seed's required arguments in the seed's order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specData } from "../../generated/spec-data.js";
import { aliases, methods } from "../../src/methods.js";
import inventory from "../seed-inventory.json" with { type: "json" };

const spec = parse(
  readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, { operationId?: string }>> };

const routes = new Map<string, string>();
for (const [path, item] of Object.entries(spec.paths))
  for (const [verb, op] of Object.entries(item))
    if (op?.operationId)
      routes.set(op.operationId, `${verb.toUpperCase()} ${path}`);

const table = Object.entries(methods).flatMap(([resource, entries]) =>
  Object.entries(entries).map(([name, entry]) => ({ resource, name, entry })),
);

describe("method table", () => {
  it("has exactly the 73 seed methods and groups.delete", () => {
    const seeds = inventory.methods.map((m) => `${m.resource}.${m.method}`);
    expect(table.map((t) => `${t.resource}.${t.name}`).sort()).toEqual(
      [...seeds, "groups.delete"].sort(),
    );
    expect(table).toHaveLength(74);
  });

  it("routes each method to its operation's verb and path", () => {
    for (const { resource, name, entry } of table)
      expect(entry.route, `${resource}.${name}`).toBe(
        routes.get(`${resource}_${name}`),
      );
  });

  it("takes the seed's required arguments positionally, in seed order", () => {
    for (const m of inventory.methods) {
      const entry = (
        methods as Record<string, Record<string, { args: readonly string[] }>>
      )[m.resource]![m.method]!;
      const required = m.params.filter((p) => p.required).map((p) => p.name);
      expect(entry.args, `${m.resource}.${m.method}`).toEqual(required);
    }
  });

  it("marks exactly the lists with pagination headers as paginated", () => {
    for (const m of inventory.methods) {
      const entry = (
        methods as Record<string, Record<string, { paginated?: boolean }>>
      )[m.resource]![m.method]!;
      expect(entry.paginated ?? false, `${m.resource}.${m.method}`).toBe(
        m.paginated,
      );
    }
  });

  it("knows every seed argument from the spec data", () => {
    for (const m of inventory.methods) {
      const op = specData.operations[m.operationId]!;
      for (const p of m.params)
        expect(op.args, m.operationId).toHaveProperty(p.name);
    }
  });

  it("points every alias at a seed method", () => {
    for (const [resource, names] of Object.entries(aliases))
      for (const target of Object.values(names))
        expect(
          (methods as Record<string, Record<string, unknown>>)[resource],
        ).toHaveProperty(target);
  });
});
