/**
 * spec/openapi.yaml against the seeds (test/seed-inventory.json, built by
 * scripts/seed-inventory.ts): the seeds' 73 operations (and the known
 * additions beyond them), verbs, paths, parameters, response fields and
 * status codes, both ways. The comparison is first tested on fixtures, so
 * that a silent pass means agreement, not a blind check.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSpecFile } from "../src/emulator/spec-document.js";
import {
  buildInventory,
  derivePath,
  readSeeds,
  renderInventory,
  seedDir,
  type SeedInventory,
  type SeedMethod,
} from "../scripts/seed-inventory.js";
import { specFromInventory } from "./helpers/spec-fixture.js";
import {
  camelCase,
  checkExtras,
  checkOperations,
  checkParams,
  checkResponseFields,
  checkStatusCodes,
  compareSpecToInventory,
  expectedStatus,
  findPropertyOwners,
  specOperations,
} from "./helpers/spec-inventory.js";

const inventoryPath = fileURLToPath(
  new URL("./seed-inventory.json", import.meta.url),
);
const specPath = fileURLToPath(
  new URL("../spec/openapi.yaml", import.meta.url),
);
const inventoryText = readFileSync(inventoryPath, "utf8");
const inventory = JSON.parse(inventoryText) as SeedInventory;

type Json = { [key: string]: unknown };

/**
 * Operations the real API has beyond the seeds (spec: x-beyond-reference;
 * the spec's header comment says why).
 */
const KNOWN_ADDITIONS = ["groups_delete"];

function method(operationId: string): SeedMethod {
  const found = inventory.methods.find((m) => m.operationId === operationId);
  if (!found) throw new Error(`no ${operationId} in the inventory`);
  return found;
}

/** Walks a parsed document by keys; throws on a missing step so fixtures stay honest. */
function at(doc: unknown, ...keys: string[]): Json {
  let node = doc;
  for (const key of keys) {
    if (typeof node !== "object" || node === null || !(key in node))
      throw new Error(`no ${keys.join(" > ")}`);
    node = (node as Json)[key];
  }
  return node as Json;
}

describe("seed inventory", () => {
  it("holds the 73 seed methods, each with verb and path", () => {
    const ids = new Set(inventory.methods.map((m) => m.operationId));
    expect(ids.size).toBe(73);
    const counts = Object.fromEntries(
      [
        "match_targets",
        "json_values",
        "permission_sets",
        "groups",
        "credentials",
      ].map((r) => [
        r,
        inventory.methods.filter((m) => m.resource === r).length,
      ]),
    );
    expect(counts).toEqual({
      match_targets: 10,
      json_values: 10,
      permission_sets: 24,
      groups: 13,
      credentials: 16,
    });
    for (const m of inventory.methods) {
      expect(m.operationId).toBe(`${m.resource}_${m.method}`);
      expect(m.path.startsWith(`/${m.resource}`)).toBe(true);
    }
  });

  it.skipIf(!existsSync(seedDir))(
    "is up to date with the seed texts",
    async () => {
      const fresh = await renderInventory(buildInventory(readSeeds()));
      expect(
        fresh === inventoryText,
        "run: npx tsx scripts/seed-inventory.ts",
      ).toBe(true);
    },
  );

  it("derives paths by the DESIGN.md naming rule", () => {
    const route = (resource: string, name: string, positional: string[]) => {
      const { verb, path } = derivePath(resource, name, positional);
      return `${verb} ${path}`;
    };
    expect(
      route("permission_sets", "put_resources_shares_users", [
        "id",
        "name",
        "user_ids",
        "permission_level",
      ]),
    ).toBe("PUT /permission_sets/{id}/resources/{name}/shares/users");
    expect(
      route("permission_sets", "list_users_permissions", ["id", "user_id"]),
    ).toBe("GET /permission_sets/{id}/users/{user_id}/permissions");
    expect(route("permission_sets", "post_resources", ["id", "name"])).toBe(
      "POST /permission_sets/{id}/resources",
    );
    expect(route("groups", "put_members", ["id", "user_id"])).toBe(
      "PUT /groups/{id}/members/{user_id}",
    );
    expect(route("groups", "list_child_groups", ["id"])).toBe(
      "GET /groups/{id}/child_groups",
    );
    expect(route("groups", "get", ["id"])).toBe("GET /groups/{id}");
    expect(route("credentials", "list_types", [])).toBe(
      "GET /credentials/types",
    );
    expect(route("credentials", "post_temporary", ["id"])).toBe(
      "POST /credentials/{id}/temporary",
    );
    expect(
      route("json_values", "put_transfer", [
        "id",
        "user_id",
        "include_dependencies",
      ]),
    ).toBe("PUT /json_values/{id}/transfer");
  });

  it("records what the seeds print in their three layouts", () => {
    // 003: heading without signature line, and an index entry without its name.
    expect(method("groups_list_child_groups").responseFields).toContain(
      "writeable.name",
    );
    expect(
      method("groups_put_shares_users").params.map((p) => `${p.name}@${p.in}`),
    ).toEqual([
      "id@path",
      "user_ids@body",
      "permission_level@body",
      "share_email_body@body",
      "send_shared_email@body",
    ]);
    // 003: list items carry fewer fields than get.
    expect(method("groups_get").responseFields).toContain("members.email");
    expect(method("groups_list").responseFields).not.toContain("members.email");
    // 002: the seed prints `archived` as str (the spec follows the recorded
    // boolean, x-recorded); iterator is a flag, not a parameter.
    expect(method("permission_sets_get").responseFieldTypes["archived"]).toBe(
      "str",
    );
    expect(method("permission_sets_list").paginated).toBe(true);
    expect(
      method("permission_sets_list").params.map((p) => p.name),
    ).not.toContain("iterator");
    // 000/001: API URL lines, glued to the next line in the text.
    expect(method("match_targets_delete_shares_groups")).toMatchObject({
      verb: "DELETE",
      path: "/match_targets/{id}/shares/groups/{group_id}",
      pathFrom: "seed",
      responseCode: 204,
    });
    expect(method("json_values_put_transfer").responseFields).toContain(
      "dependencies.object_type",
    );
    expect(method("credentials_list_types").responseFields).toEqual(["types"]);
    expect(
      method("credentials_list").params.find((p) => p.name === "users"),
    ).toEqual({
      name: "users",
      type: "str",
      required: false,
      in: "query",
    });
  });
});

describe("compareSpecToInventory on fixtures", () => {
  it("finds nothing wrong with a spec built from the inventory", () => {
    expect(
      compareSpecToInventory(specFromInventory(inventory), inventory),
    ).toEqual([]);
  });

  it("names an operation beyond the seeds unless it is a known addition", () => {
    const spec = specFromInventory(inventory);
    at(spec, "paths", "/groups/{id}")["delete"] = {
      operationId: "groups_delete",
      responses: { "204": { description: "Deleted." } },
    };
    expect(checkOperations(spec, inventory)).toEqual([
      "(spec): 74 operations besides the known additions, the seeds have 73 methods",
      "groups_delete: operation not in the seeds",
    ]);
    expect(checkOperations(spec, inventory, ["groups_delete"])).toEqual([]);
    expect(
      checkOperations(specFromInventory(inventory), inventory, [
        "groups_delete",
        "groups_get",
      ]),
    ).toEqual([
      "groups_delete: listed as an addition, but the spec lacks it",
      "groups_get: listed as an addition, but the seeds have it",
    ]);
  });

  it("lets a schema or field marked x-recorded follow the recorded responses", () => {
    const spec = specFromInventory(inventory);
    const props = at(
      spec,
      "components",
      "schemas",
      "permission_sets_get",
      "properties",
    );
    props["archived"] = { type: "boolean" };
    const auth = at(spec, "components", "schemas");
    auth["credentials_post_authenticate"] = {
      type: "object",
      properties: { success: { type: "boolean" } },
    };
    const problems = [
      ...checkResponseFields(spec, inventory),
      ...checkExtras(spec, inventory),
    ];
    expect(problems).toContain(
      "permission_sets_get: response archived is type boolean, seed says str (string)",
    );
    expect(problems).toContain(
      "credentials_post_authenticate: response lacks id (seed id)",
    );
    expect(problems).toContain(
      "credentials_post_authenticate: response property success is not in the seed",
    );
    props["archived"] = { type: "boolean", "x-recorded": "sent as a boolean" };
    (auth["credentials_post_authenticate"] as Json)["x-recorded"] =
      "recorded as {success}";
    expect([
      ...checkResponseFields(spec, inventory),
      ...checkExtras(spec, inventory),
    ]).toEqual([]);
  });

  it("names a deleted response property, a missing param and a wrong verb", () => {
    const spec = specFromInventory(inventory);
    delete at(
      spec,
      "components",
      "schemas",
      "groups_get",
      "properties",
      "members",
      "items",
      "properties",
    )["email"];
    const get = at(spec, "paths", "/groups", "get");
    get["parameters"] = (get["parameters"] as Json[]).filter(
      (p) => p["name"] !== "user_ids[]",
    );
    const items = at(spec, "paths", "/json_values/{id}");
    items["put"] = items["patch"];
    delete items["patch"];
    expect(compareSpecToInventory(spec, inventory)).toEqual([
      "json_values_patch: is PUT /json_values/{id}, seed says PATCH /json_values/{id}",
      "groups_list: lacks query parameter user_ids",
      "groups_get: response lacks members.email (seed members.email)",
    ]);
  });

  it("names extras unless an x- extension says why", () => {
    const spec = specFromInventory(inventory);
    const props = at(
      spec,
      "components",
      "schemas",
      "credentials_get",
      "properties",
    );
    props["password"] = { type: "string" };
    props["links"] = {
      type: "object",
      "x-not-in-seed": "HAL links",
      properties: { self: {} },
    };
    const list = at(spec, "paths", "/credentials", "get");
    (list["parameters"] as Json[]).push(
      { name: "hidden", in: "query", schema: { type: "boolean" } },
      {
        name: "cursor",
        in: "query",
        "x-not-in-seed": "cursor paging",
        schema: {},
      },
      { name: "X-Trace", in: "header", schema: { type: "string" } },
    );
    const body = at(
      spec,
      "paths",
      "/credentials",
      "post",
      "requestBody",
      "content",
      "application/json",
      "schema",
    );
    at(body, "properties")["passwordConfirmation"] = { type: "string" };
    expect(checkExtras(spec, inventory)).toEqual([
      "credentials_get: response property password is not in the seed",
      "credentials_list: query parameter hidden is not in the seed",
      "credentials_post: request body property passwordConfirmation is not in the seed",
    ]);
  });

  it("checks required-ness, types and status codes", () => {
    const spec = specFromInventory(inventory);
    const post = at(spec, "paths", "/groups", "post");
    const body = at(
      post,
      "requestBody",
      "content",
      "application/json",
      "schema",
    );
    body["required"] = ["name", "slug"];
    at(body, "properties")["role_ids"] = {
      type: "array",
      items: { type: "string" },
    };
    at(spec, "components", "schemas", "permission_sets_get", "properties")[
      "archived"
    ] = { type: "boolean" };
    at(spec, "components", "schemas", "groups_get", "properties")["createdAt"] =
      { type: "string" };
    const responses = at(post, "responses");
    responses["200"] = responses["201"];
    delete responses["201"];
    const put = at(spec, "paths", "/groups/{id}/members/{user_id}", "put");
    (at(put, "parameters") as unknown as Json[])[1] = {
      name: "user_id",
      in: "query",
      schema: { type: "integer" },
    };
    expect(checkParams(spec, inventory)).toEqual([
      "groups_post: body slug should not be required",
      "groups_post: body role_ids is items: type string, seed says int (integer)",
      "groups_put_members: user_id is a query parameter, seed says path",
    ]);
    expect(checkResponseFields(spec, inventory)).toEqual([
      "groups_get: response createdAt is a timestamp without format: date-time",
      "permission_sets_get: response archived is type boolean, seed says str (string)",
    ]);
    expect(checkStatusCodes(spec, inventory)).toEqual([
      "groups_post: documents 200, expected 201",
    ]);
  });

  it("walks $ref, allOf, oneOf, anyOf, items and nullable types", () => {
    const only = {
      ...inventory,
      methods: [method("permission_sets_list"), method("credentials_post")],
    };
    const user = {
      type: ["object", "null"],
      properties: {
        id: { type: "integer" },
        name: { type: ["string", "null"] },
      },
    };
    const spec = {
      openapi: "3.1.0",
      paths: {
        "/permission_sets": {
          get: {
            operationId: "permission_sets_list",
            parameters: ["archived", "author", "order", "order_dir"]
              .map((name) => ({
                name,
                in: "query",
                schema: { type: "string" },
              }))
              .concat(
                ["limit", "page_num"].map((name) => ({
                  name,
                  in: "query",
                  schema: { type: "integer" },
                })),
              ),
            responses: {
              "200": { $ref: "#/components/responses/PermissionSets" },
            },
          },
        },
        "/credentials": {
          post: {
            operationId: "credentials_post",
            requestBody: { $ref: "#/components/requestBodies/Credential" },
            responses: { "201": { description: "x", content: {} } },
          },
        },
      },
      components: {
        responses: {
          PermissionSets: {
            description: "x",
            content: {
              "application/json": {
                schema: {
                  type: "array",
                  items: { $ref: "#/components/schemas/PermissionSet" },
                },
              },
            },
          },
        },
        requestBodies: {
          Credential: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  allOf: [
                    { $ref: "#/components/schemas/CredentialFields" },
                    { required: ["type", "username", "password"] },
                  ],
                },
              },
            },
          },
        },
        schemas: {
          PermissionSet: {
            allOf: [
              {
                type: "object",
                properties: {
                  id: { type: "integer" },
                  name: { type: "string" },
                  description: { type: ["string", "null"] },
                },
              },
              {
                oneOf: [
                  {
                    properties: {
                      author: { $ref: "#/components/schemas/User" },
                    },
                  },
                  { properties: { author: { type: "null" } } },
                ],
              },
              {
                anyOf: [
                  {
                    properties: {
                      createdAt: { type: "string", format: "date-time" },
                      updatedAt: { type: "string", format: "date-time" },
                      archived: { type: ["string", "null"] },
                    },
                  },
                ],
              },
            ],
          },
          User: {
            allOf: [
              user,
              {
                properties: {
                  username: { type: "string" },
                  initials: { type: "string" },
                  online: { type: "boolean" },
                },
              },
            ],
          },
          CredentialFields: {
            type: "object",
            properties: Object.fromEntries(
              method("credentials_post")
                .params.filter((p) => p.in === "body")
                .map((p) => [
                  p.name,
                  {
                    type:
                      p.type === "int"
                        ? "integer"
                        : p.type === "bool"
                          ? "boolean"
                          : "string",
                  },
                ]),
            ),
          },
        },
      },
    };
    const problems = compareSpecToInventory(spec, only);
    // Everything the list declares is found; only the missing credential response is reported.
    expect(
      problems.filter((p) => p.startsWith("permission_sets_list")),
    ).toEqual([]);
    expect(problems.filter((p) => p.startsWith("credentials_post:"))).toEqual([
      "credentials_post: no application/json success response schema",
    ]);
    expect(
      findPropertyOwners(spec, "permission_sets_list", 200, "author.online"),
    ).toHaveLength(1);
  });
});

describe("spec/openapi.yaml against the seeds", () => {
  const spec: unknown = existsSync(specPath)
    ? readSpecFile(specPath)
    : undefined;
  const check = (problems: string[]) =>
    expect(problems, problems.join("\n")).toEqual([]);

  it("exists", () => expect(spec).toBeDefined());
  it("has the seeds' 73 operations, with their operationIds, verbs and paths, and the known additions", () =>
    check(checkOperations(spec, inventory, KNOWN_ADDITIONS)));
  it("marks exactly the known additions x-beyond-reference, each with its reason", () => {
    const marked = specOperations(spec)
      .filter((op) => {
        const item = at(spec, "paths", op.path, op.verb.toLowerCase());
        const why = item["x-beyond-reference"];
        return typeof why === "string" && why.trim() !== "";
      })
      .map((op) => op.operationId);
    expect(marked).toEqual(KNOWN_ADDITIONS);
  });
  it("marks x-recorded only the deviations the spec's header lists", () => {
    // A new mark needs its line in the header comment of spec/openapi.yaml.
    const marks: string[] = [];
    const walk = (node: unknown, pointer: string) => {
      if (Array.isArray(node))
        node.forEach((n, i) => walk(n, `${pointer}/${i}`));
      else if (typeof node === "object" && node !== null)
        for (const [k, v] of Object.entries(node)) {
          if (k === "x-recorded") marks.push(pointer);
          else
            walk(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
        }
    };
    walk(spec, "#");
    expect(marks).toEqual([
      "#/components/schemas/PermissionSet/properties/archived",
      "#/components/schemas/AuthenticateResult",
    ]);
  });
  it("declares every seed parameter where the seed puts it, with its required-ness and type", () =>
    check(checkParams(spec, inventory)));
  it("declares every seed response field, camelCased, with its type", () =>
    check(checkResponseFields(spec, inventory)));
  it("declares nothing the seeds do not mention, unless an x- extension says why", () =>
    check(checkExtras(spec, inventory)));
  it("documents 204 for deletes, 201 for post and post_resources, 200 otherwise", () =>
    check(checkStatusCodes(spec, inventory)));

  it("fails, naming the field, when a response property is removed from the spec", () => {
    // Prove the check on the real spec: drop the first seed field the spec declares.
    const copy = structuredClone(spec);
    const target = (() => {
      for (const m of inventory.methods)
        for (const field of m.responseFields) {
          const wire = camelCase(field);
          const owners = findPropertyOwners(
            copy,
            m.operationId,
            expectedStatus(m),
            wire,
          );
          if (owners.length > 0) return { m, field, wire, owners };
        }
      return undefined;
    })();
    expect(target, "no seed response field found in the spec").toBeDefined();
    if (!target) return;
    const leaf = target.wire.split(".").at(-1) ?? "";
    for (const owner of target.owners) delete owner[leaf];
    expect(compareSpecToInventory(copy, inventory, KNOWN_ADDITIONS)).toContain(
      `${target.m.operationId}: response lacks ${target.wire} (seed ${target.field})`,
    );
  });
});
