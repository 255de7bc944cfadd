// generate:check: clean for the committed spec, stale after any one-line change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { specData } from "../../generated/spec-data.js";
import { staleFiles } from "../../scripts/generate.js";
import { bodyKind } from "../../scripts/spec-data.js";

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

it("names both files after a change of a description", async () => {
  const changed = spec.replace(
    "description: Show members of the group.",
    "description: Show the members of the group.",
  );
  expect(changed).not.toBe(spec);
  expect(await staleFiles(variant("description.yaml", changed))).toEqual([
    "generated/schema.d.ts",
    "generated/spec-data.ts",
  ]);
});

it("names both files after a change that no type shows", async () => {
  const changed = spec.replace(
    "  title: Civis Platform API",
    "  title: The Civis Platform API",
  );
  expect(changed).not.toBe(spec);
  expect(await staleFiles(variant("title.yaml", changed))).toEqual([
    "generated/schema.d.ts",
    "generated/spec-data.ts",
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
  const returns = (id: string) => specData.operations[id]!.returns;
  expect(
    ["groups_get", "groups_list", "credentials_delete"].map(returns),
  ).toEqual(["object", "array", undefined]);
  // `{types}` today; "either" once its schema is a oneOf of the wire's forms.
  expect(returns("credentials_list_types")).toMatch(/^(object|any)$/);
});
