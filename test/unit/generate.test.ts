// generate:check: clean for the committed spec, stale after any one-line change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { staleFiles } from "../../scripts/generate/generate.js";
import { bodyKind } from "../../scripts/generate/method-table.js";
import { methods } from "../../generated/methods.js";
import type { MethodSpec } from "../../src/methods/method-spec.js";

const spec = readFileSync(
  new URL("../../spec/openapi.yaml", import.meta.url),
  "utf8",
);
const dir = mkdtempSync(join(tmpdir(), "civis-generate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function variant(name: string, text: string): URL {
  const file = join(dir, name);
  writeFileSync(file, text);
  return pathToFileURL(file);
}

it("finds nothing stale for the committed spec", async () => {
  expect(await staleFiles()).toEqual([]);
});

it.each([
  [
    "a description",
    "description: Show members of the group.",
    "description: Show the members of the group.",
  ],
  [
    "something no type shows",
    "  title: Civis Platform API",
    "  title: The Civis Platform API",
  ],
])("names every file after a change of %s", async (what, from, to) => {
  const changed = spec.replace(from, to);
  expect(changed).not.toBe(spec);
  expect(await staleFiles(variant(`${what}.yaml`, changed))).toEqual([
    "generated/schema.d.ts",
    "generated/methods.ts",
    "generated/client-types.ts",
    "generated/cli-help.ts",
  ]);
});

it("compiles each success body's top-level kind; a oneOf of object and array is either", () => {
  expect(
    [
      { type: "object", properties: { id: { type: "integer" } } },
      { type: "array", items: { type: "object" } },
      { allOf: [{ type: "object" }, { properties: { a: {} } }] },
      { oneOf: [{ type: "object" }, { type: "object" }] },
      { oneOf: [{ type: "object" }, { type: "array", items: {} }] },
      { anyOf: [{ type: "array" }, { type: "object" }] },
      {},
    ].map(bodyKind),
  ).toEqual(["object", "array", "object", "object", "any", "any", "any"]);
  const table: Record<string, Record<string, MethodSpec>> = methods;
  const returns = (where: string) => {
    const [resource, name] = where.split(".") as [string, string];
    return table[resource]![name]!.returns;
  };
  expect(
    ["groups.get", "groups.list", "credentials.delete"].map(returns),
  ).toEqual(["object", "array", undefined]);
  // A oneOf of the wire's three forms: object or array.
  expect(returns("credentials.list_types")).toBe("any");
});
