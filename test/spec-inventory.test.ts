// spec/openapi.yaml against the API reference's inventory
// (test/seed-inventory.json, frozen from the seed texts): operations, verbs
// and paths, parameters, response fields and types, status codes, both ways.
// The comparison is first shown to fail on damaged copies of the spec, so
// that its silence on the real one means agreement.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operations, readSpecFile } from "../src/spec/document.js";
import {
  compareSpecToInventory,
  type SeedInventory,
} from "./helpers/spec-inventory.js";

const inventory = JSON.parse(
  readFileSync(new URL("./seed-inventory.json", import.meta.url), "utf8"),
) as SeedInventory;
const spec = readSpecFile();

/** Operations the real API has beyond the reference (the spec's header says why). */
const ADDITIONS = ["groups_delete"];

type Json = Record<string, unknown>;

/** Walks a parsed document by keys; a missing step throws, so edits stay honest. */
function at(doc: unknown, ...keys: string[]): Json {
  return keys.reduce((node: unknown, key) => {
    if (typeof node !== "object" || node === null || !(key in node))
      throw new Error(`no ${keys.join(" > ")}`);
    return (node as Json)[key];
  }, doc) as Json;
}

/** The problems of a copy of the spec after `edit`. */
function damaged(edit: (doc: Json) => void, additions = ADDITIONS) {
  const copy = structuredClone(spec);
  edit(copy);
  return compareSpecToInventory(copy, inventory, additions);
}

describe("the inventory", () => {
  it("holds the reference's methods, by resource", () => {
    const counts: Record<string, number> = {};
    for (const m of inventory.methods)
      counts[m.resource] = (counts[m.resource] ?? 0) + 1;
    expect(counts).toEqual({
      credentials: 16,
      groups: 13,
      json_values: 10,
      match_targets: 10,
      permission_sets: 24,
    });
  });
});

describe("the comparison fails on a damaged spec", () => {
  it("names a wrong verb, a missing parameter and a removed response field", () => {
    expect(
      damaged((doc) => {
        const item = at(doc, "paths", "/json_values/{id}");
        item["put"] = item["patch"];
        delete item["patch"];
        const list = at(doc, "paths", "/groups", "get");
        list["parameters"] = (list["parameters"] as Json[]).filter(
          (p) => p["name"] !== "user_ids",
        );
        const temporary = at(
          doc,
          "components",
          "schemas",
          "TemporaryCredential",
        );
        delete at(temporary, "properties")["sessionToken"];
        temporary["required"] = ["accessKey", "secretAccessKey"];
      }),
    ).toEqual([
      "credentials_post_temporary: response lacks sessionToken",
      "groups_list: lacks query parameter user_ids",
      "json_values_patch: is PUT /json_values/{id}, seed says PATCH /json_values/{id}",
    ]);
  });

  it("names an operation beyond the reference, unless listed as an addition", () => {
    expect(damaged(() => {}, [])).toEqual([
      "groups_delete: operation not in the seeds",
    ]);
    expect(damaged(() => {}, [...ADDITIONS, "groups_archive"])).toEqual([
      "groups_archive: listed as an addition, but the spec lacks it",
    ]);
  });

  it("names a wrong required-ness, type or status", () => {
    expect(
      damaged((doc) => {
        const put = at(doc, "components", "requestBodies", "GroupReplace");
        at(put, "content", "application/json", "schema")["required"] = [
          "name",
          "slug",
        ];
        const temporary = at(
          doc,
          "components",
          "schemas",
          "TemporaryCredential",
        );
        at(temporary, "properties")["sessionToken"] = { type: "integer" };
        const created = at(doc, "paths", "/groups", "post", "responses");
        created["200"] = created["201"];
        delete created["201"];
      }),
    ).toEqual([
      "credentials_post_temporary: response sessionToken is type integer, seed says str (string)",
      "groups_post: body slug should not be required",
      "groups_post: documents 200, expected 201",
      "groups_put: body slug should not be required",
    ]);
  });

  it("names what the reference does not mention, unless an x- extension says why", () => {
    const extra = (reason?: string) =>
      damaged((doc) => {
        const temporary = at(
          doc,
          "components",
          "schemas",
          "TemporaryCredential",
        );
        at(temporary, "properties")["expiresAt"] = {
          type: "string",
          ...(reason ? { "x-not-in-seed": reason } : {}),
        };
        const list = at(doc, "paths", "/credentials", "get");
        (list["parameters"] as Json[]).push({
          name: "cursor",
          in: "query",
          schema: { type: "string", ...(reason ? { "x-why": reason } : {}) },
        });
      });
    expect(extra()).toEqual([
      "credentials_list: query parameter cursor is not in the seed",
      "credentials_post_temporary: response property expiresAt is not in the seed",
    ]);
    expect(extra("sent since 2026")).toEqual([]);
  });

  it("lets a field marked x-recorded follow the recorded responses", () => {
    expect(
      damaged((doc) => {
        const set = at(doc, "components", "schemas", "PermissionSet");
        delete at(set, "properties", "archived")["x-recorded"];
      }),
    ).toContain(
      "permission_sets_get: response archived is type boolean, seed says str (string)",
    );
  });
});

describe("spec/openapi.yaml against the inventory", () => {
  it("agrees with the reference, both ways, besides the known additions", () => {
    const problems = compareSpecToInventory(spec, inventory, ADDITIONS);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("marks exactly the known additions x-beyond-reference", () => {
    const marked = operations(spec)
      .filter((op) => typeof op.operation["x-beyond-reference"] === "string")
      .map((op) => op.operationId);
    expect(marked).toEqual(ADDITIONS);
  });

  it("marks x-recorded only the deviations the spec's header lists", () => {
    // A new mark needs its line in the header comment of spec/openapi.yaml.
    const marks: string[] = [];
    const walk = (node: unknown, pointer: string) => {
      if (typeof node !== "object" || node === null) return;
      for (const [k, v] of Object.entries(node))
        if (k === "x-recorded") marks.push(pointer);
        else
          walk(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    };
    walk(spec, "#");
    expect(marks).toEqual([
      "#/components/schemas/PermissionSet/properties/archived",
      "#/components/schemas/AuthenticateResult",
    ]);
  });
});
