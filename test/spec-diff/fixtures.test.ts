// `npm run spec:diff -- <file>` on small Swagger 2.0 fixtures, each written to
// show one kind of drift (or one thing that is not drift), on a description
// equivalent to the spec, and on bad input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  useDescriptionFiles,
  equivalentDescription,
  fixture,
  queryParameter,
  realStyleDescription,
  specDiff,
  specOperations,
  type JsonReport,
} from "./run.js";

const descriptionFile = useDescriptionFiles();

async function report(file: string) {
  const run = await specDiff([file, "--json"]);
  expect(run.stderr).toBe("");
  return { code: run.code, json: JSON.parse(run.stdout) as JsonReport };
}

// A small fixture lacks most of the spec's operations; those are reported
// too ("removed or renamed there"), and are not what the fixture is about.
function aboutFixture(json: JsonReport) {
  const missing = json.findings.filter(
    (f) => f.where === "operation" && f.change === "removed",
  );
  expect(missing).toHaveLength(specOperations.length - json.summary.compared);
  return json.findings.filter((f) => !missing.includes(f));
}

describe("one kind of drift per fixture", () => {
  it.each([
    {
      fixture: "new-operation.json",
      compared: 0,
      resource: "match_targets",
      operation: "match_targets_list_dependencies",
      path: "/match_targets/{id}/dependencies",
      where: "operation",
      name: "",
      change: "added",
      message:
        "new there (civis-python calls it client.match_targets.list_dependencies): add it to the spec as match_targets_list_dependencies",
    },
    {
      fixture: "removed-parameter.json",
      compared: 1,
      resource: "json_values",
      operation: "json_values_list_dependencies",
      path: "/json_values/{id}/dependencies",
      where: "query",
      name: "user_id",
      change: "removed",
      here: "integer",
      message:
        "query parameter `user_id` (integer) is not in the description: remove it from the spec",
    },
    {
      fixture: "changed-type.json",
      compared: 1,
      resource: "match_targets",
      operation: "match_targets_get",
      path: "/match_targets/{id}",
      where: "response",
      name: "id",
      change: "type",
      here: "integer",
      there: "string",
      message:
        "response field `id` is integer here, string there: change its type in the spec",
    },
    {
      fixture: "newly-required.json",
      compared: 1,
      method: "PATCH",
      resource: "json_values",
      operation: "json_values_patch",
      path: "/json_values/{id}",
      where: "body",
      name: "name",
      change: "required",
      here: "optional",
      there: "required",
      message:
        "request body field `name` is optional here, required there: make it required in the spec",
    },
    {
      fixture: "changed-status.json",
      compared: 1,
      method: "DELETE",
      resource: "credentials",
      operation: "credentials_delete",
      path: "/credentials/{id}",
      where: "response",
      name: "",
      change: "status",
      here: "204",
      there: "200",
      message:
        "success status 204 here, 200 there: change the spec's success response",
    },
  ])(
    "$fixture: one $change, exit 1",
    async ({ fixture: file, compared, ...drift }) => {
      const { code, json } = await report(fixture(file));
      expect(code).toBe(1);
      expect(json.summary.compared).toBe(compared);
      expect(aboutFixture(json)).toEqual([
        { method: "GET", status: "drift", ...drift },
      ]);
    },
  );

  it("a different format is a note, not drift", async () => {
    const { json } = await report(fixture("changed-type.json"));
    expect(json.notes).toContainEqual(
      expect.objectContaining({
        operation: "match_targets_get",
        name: "createdAt",
        kind: "format",
        here: "date-time",
        there: "time",
      }),
    );
  });
});

describe("parameter changes and new response fields", () => {
  it("are found on a description that differs from the spec's in them", async () => {
    type Param = Record<string, unknown>;
    const doc = equivalentDescription() as {
      paths: Record<string, Record<string, { parameters: Param[] }>>;
      definitions: Record<string, { properties: Record<string, unknown> }>;
    };
    const param = (path: string, verb: string, name: string) =>
      doc.paths[path]![verb]!.parameters.find((p) => p["name"] === name)!;
    const members = doc.paths["/groups/{id}/members/{user_id}"]!;
    delete doc.paths["/groups/{id}/members/{user_id}"];
    doc.paths["/groups/{id}/members/{member_id}"] = members;
    for (const verb of ["put", "delete"])
      param("/groups/{id}/members/{member_id}", verb, "user_id")["name"] =
        "member_id";
    param("/groups/", "get", "limit")["maximum"] = 500;
    param("/groups/", "get", "permission")["enum"] = [
      "read",
      "write",
      "manage",
      "admin",
    ];
    param("/credentials/", "get", "type")["required"] = true;
    doc.definitions["Credential"]!.properties["region"] = { type: "string" };

    const { code, json } = await report(descriptionFile("params.json", doc));
    expect(code).toBe(1);
    const operations = [
      "groups_put_members",
      "groups_delete_members",
      "groups_list",
      "credentials_list",
      "credentials_get",
    ];
    expect(
      json.findings
        .filter((f) => operations.includes(f.operation))
        .map((f) => [f.operation, f.where, f.name, f.change, f.here, f.there]),
    ).toEqual([
      [
        "groups_list",
        "query",
        "permission",
        "enum",
        "manage, read, write",
        "admin, manage, read, write",
      ],
      ["groups_list", "query", "limit", "maximum", "1000", "500"],
      ["groups_put_members", "path", "user_id", "name", "user_id", "member_id"],
      [
        "groups_delete_members",
        "path",
        "user_id",
        "name",
        "user_id",
        "member_id",
      ],
      ["credentials_list", "query", "type", "required", "optional", "required"],
      ["credentials_list", "response", "region", "added", undefined, "string"],
      ["credentials_get", "response", "region", "added", undefined, "string"],
    ]);
  });
});

describe("what is not drift", () => {
  it("camelCase request body keys, a trailing-slash path, x-examples", async () => {
    const file = fixture("camel-case-body.json");
    expect(readFileSync(file, "utf8")).toContain('"targetFileName"');
    const { json } = await report(file);
    expect(json.summary.compared).toBe(1);
    expect(aboutFixture(json)).toEqual([]);
    // The description marks no response field required: not compared.
    expect(json.responseRequiredCompared).toBe(false);
  });

  it("but a renamed body key is", async () => {
    const doc = JSON.parse(
      readFileSync(fixture("camel-case-body.json"), "utf8"),
    ) as { definitions: { Object0: { properties: Record<string, unknown> } } };
    const properties = doc.definitions.Object0.properties;
    properties["targetFile"] = properties["targetFileName"];
    delete properties["targetFileName"];
    const { code, json } = await report(descriptionFile("renamed.json", doc));
    expect(code).toBe(1);
    expect(aboutFixture(json).map((f) => [f.where, f.name, f.change])).toEqual([
      ["body", "target_file_name", "removed"],
      ["body", "targetFile", "added"],
    ]);
  });

  it("a description equivalent to the spec: no drift, no notes", async () => {
    const file = descriptionFile("equivalent.json", equivalentDescription());
    const { code, json } = await report(file);
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({
      drift: 0,
      notes: 0,
      compared: specOperations.length,
    });
    expect(json.responseRequiredCompared).toBe(true);
  });
});

// The real API's description has the one allowed deviation the emulator's has
// (credentials_list_types).
const drift = (json: JsonReport) =>
  json.findings.filter((f) => f.status === "drift");

describe("a description in the real API's style: constraints in words", () => {
  /** Replaces `from` (which must be there) in a query parameter's description. */
  function reword(path: string, name: string, from: string, to: string) {
    const doc = realStyleDescription();
    const param = queryParameter(doc, path, name);
    expect(param["description"]).toContain(from);
    param["description"] = param["description"].replace(from, to);
    return descriptionFile(`${name}-${to.length}.json`, doc);
  }

  it("equal to the spec: zero drift", async () => {
    const doc = realStyleDescription();
    expect(Object.keys(doc["paths"])).toContain("/groups/");
    expect(queryParameter(doc, "/groups/", "limit")).toEqual({
      name: "limit",
      in: "query",
      required: false,
      description:
        "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
      type: "integer",
    });
    const { code, json } = await report(descriptionFile("real.json", doc));
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({
      drift: 0,
      compared: specOperations.length,
    });
    // What the description does not state at all is a note.
    expect(
      json.notes
        .filter((n) => n.kind === "constraint")
        .map((n) => [n.operation, n.name, n.here]),
    ).toEqual([
      ["permission_sets_list", "archived", "enum all, false, true"],
      ["permission_sets_list", "archived", "default false"],
    ]);
  });

  it.each([
    {
      phrasing: "Must be one of: ...",
      edit: [
        "/groups/",
        "order",
        "Must be one of: name, created_at.",
        "Must be one of: name, updated_at, created_at.",
      ],
      findings: [
        {
          operation: "groups_list",
          name: "order",
          change: "enum",
          here: "created_at, name",
          there: "created_at, name, updated_at",
          message:
            "query parameter `order` accepts `updated_at` there: add it to the enum",
        },
      ],
    },
    {
      phrasing: "Must be one of: ... (a value removed)",
      edit: [
        "/permission_sets/{id}/resources",
        "order",
        "Must be one of: name, id, updated_at, created_at.",
        "Must be one of: name, updated_at, created_at.",
      ],
      findings: [
        {
          operation: "permission_sets_list_resources",
          name: "order",
          change: "enum",
          here: "created_at, id, name, updated_at",
          there: "created_at, name, updated_at",
          message:
            "query parameter `order` no longer accepts `id` there: remove it from the enum",
        },
      ],
    },
    {
      phrasing: "A permissions string, one of ...",
      edit: [
        "/groups/",
        "permission",
        'one of "read", "write", or "manage".',
        'one of "read", "write", "manage", or "admin".',
      ],
      findings: [
        {
          operation: "groups_list",
          name: "permission",
          change: "enum",
          here: "manage, read, write",
          there: "admin, manage, read, write",
          message:
            "query parameter `permission` accepts `admin` there: add it to the enum",
        },
      ],
    },
    {
      phrasing: "Defaults to 50. Maximum allowed is 1000.",
      edit: [
        "/groups/",
        "limit",
        "Maximum allowed is 1000.",
        "Maximum allowed is 500.",
      ],
      findings: [
        {
          operation: "groups_list",
          name: "limit",
          change: "maximum",
          here: "1000",
          there: "500",
          message:
            "query parameter `limit` has maximum 1000 here, 500 there: change its maximum in the spec",
        },
      ],
    },
    {
      phrasing: "Defaults to its maximum of 1000.",
      edit: [
        "/credentials/",
        "limit",
        "Defaults to its maximum of 1000.",
        "Defaults to its maximum of 2000.",
      ],
      findings: [
        {
          operation: "credentials_list",
          name: "limit",
          change: "maximum",
          here: "1000",
          there: "2000",
          message:
            "query parameter `limit` has maximum 1000 here, 2000 there: change its maximum in the spec",
        },
        {
          operation: "credentials_list",
          name: "limit",
          change: "default",
          here: "1000",
          there: "2000",
          message:
            "query parameter `limit` defaults to 1000 here, 2000 there: change its default in the spec",
        },
      ],
    },
    {
      phrasing: "either asc (ascending) or desc (descending) defaulting to ...",
      edit: [
        "/permission_sets/",
        "order_dir",
        "defaulting to desc.",
        "defaulting to asc.",
      ],
      findings: [
        {
          operation: "permission_sets_list",
          name: "order_dir",
          change: "default",
          here: "desc",
          there: "asc",
          message:
            "query parameter `order_dir` defaults to desc here, asc there: change its default in the spec",
        },
      ],
    },
    {
      phrasing: "Defaults to name.",
      edit: [
        "/groups/",
        "order",
        "Defaults to name.",
        "Defaults to created_at.",
      ],
      findings: [
        {
          operation: "groups_list",
          name: "order",
          change: "default",
          here: "name",
          there: "created_at",
          message:
            "query parameter `order` defaults to name here, created_at there: change its default in the spec",
        },
      ],
    },
    {
      phrasing: "Defaults to the first page, 1.",
      edit: [
        "/credentials/",
        "page_num",
        "Defaults to the first page, 1.",
        "Defaults to the first page, 0.",
      ],
      findings: [
        {
          operation: "credentials_list",
          name: "page_num",
          change: "default",
          here: "1",
          there: "0",
          message:
            "query parameter `page_num` defaults to 1 here, 0 there: change its default in the spec",
        },
      ],
    },
  ])("$phrasing, changed by one value: drift", async ({ edit, findings }) => {
    const [path, name, from, to] = edit as [string, string, string, string];
    const { code, json } = await report(reword(path, name, from, to));
    expect(code).toBe(1);
    expect(
      drift(json).map(({ operation, name, change, here, there, message }) => ({
        ...{ operation, name, change, here, there, message },
      })),
    ).toEqual(findings);
  });

  it("words no phrasing reads are a note, never drift", async () => {
    const file = reword(
      "/groups/",
      "limit",
      "Defaults to 50. Maximum allowed is 1000.",
      "Defaults to fifty. Maximum allowed is a thousand.",
    );
    const { code, json } = await report(file);
    expect(code).toBe(0);
    const notes = json.notes.filter((n) => n.kind === "words");
    expect(notes).toEqual(
      ["Maximum allowed is a thousand.", "Defaults to fifty."].map((there) => ({
        resource: "groups",
        operation: "groups_list",
        method: "GET",
        path: "/groups",
        where: "query",
        name: "limit",
        kind: "words",
        there,
      })),
    );
    const run = await specDiff([file, "--notes"]);
    expect(run.stdout).toContain(
      '    note     query parameter `limit`: words no phrasing reads: "Defaults to fifty."\n',
    );
  });
});

describe("enums of body and response fields", () => {
  it("a value added to a body field's enum, in a keyword or in words", async () => {
    for (const permissionLevel of [
      { type: "string", enum: ["read", "write", "manage", "admin"] },
      {
        type: "string",
        description: "Options are: “read”, “write”, “manage”, or “admin”.",
      },
    ]) {
      const doc = realStyleDescription();
      const body = doc["paths"]["/groups/{id}/shares/users"]["put"][
        "parameters"
      ].find((p: { in: string }) => p.in === "body");
      body.schema.properties.permissionLevel = permissionLevel;
      const { code, json } = await report(descriptionFile("body.json", doc));
      expect(code).toBe(1);
      expect(drift(json).map((f) => f.message)).toEqual([
        "request body field `permission_level` accepts `admin` there: add it to the enum",
      ]);
    }
  });

  it("the same values in words: no drift", async () => {
    const doc = realStyleDescription();
    const body = doc["paths"]["/groups/{id}/shares/users"]["put"][
      "parameters"
    ].find((p: { in: string }) => p.in === "body");
    body.schema.properties.permissionLevel = {
      type: "string",
      description: "Options are: “read”, “write”, or “manage”.",
    };
    const { code } = await report(descriptionFile("body-same.json", doc));
    expect(code).toBe(0);
  });

  it("an enum on a response field that has none here", async () => {
    const doc = realStyleDescription();
    doc["definitions"]["Credential"]["properties"]["type"]["enum"] = [
      "Custom",
      "Database",
    ];
    const { code, json } = await report(descriptionFile("response.json", doc));
    expect(code).toBe(1);
    expect(
      json.findings.filter((f) => f.operation === "credentials_get"),
    ).toEqual([
      expect.objectContaining({
        where: "response",
        name: "type",
        change: "enum",
        here: "none",
        there: "Custom, Database",
        message:
          "response field `type` is limited to [Custom, Database] there, any value here: add the enum to the spec",
      }),
    ]);
  });
});

describe("the text report", () => {
  it("groups by resource and operation and says what to edit", async () => {
    const run = await specDiff([fixture("changed-type.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        "  GET /match_targets/{id} (match_targets_get)",
        "    drift    response field `id` is integer here, string there: change its type in the spec",
        "",
      ].join("\n"),
    );
    expect(run.stdout).toMatch(/^match_targets$/m);
    expect(run.stdout).toMatch(/^credentials$/m);
    expect(run.stdout).toMatch(
      /^\d+ notes \(formats, descriptions, unstated constraints, words not read; not drift\): --notes lists them\.$/m,
    );
    expect(run.stdout).toMatch(
      /^\d+ drift, \d+ allowed, 1 operation compared\.$/m,
    );
    expect(run.stdout).toMatch(/^Edit spec\/openapi\.yaml as above/m);
  });

  it("lists notes with --notes", async () => {
    const run = await specDiff([fixture("changed-type.json"), "--notes"]);
    expect(run.stdout).toContain(
      '    note     response field `createdAt`: format "date-time" here, "time" there\n',
    );
  });
});

describe("allowed deviations (spec/drift-allow.yaml)", () => {
  it("are reported as allowed, with their reason, and exit 0", async () => {
    const doc = equivalentDescription() as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, unknown> }>
      >;
      definitions: Record<string, { properties: Record<string, unknown> }>;
    };
    // As civis-python's maintainers say the server answers.
    doc.paths["/credentials/types"]!["get"]!.responses["200"] = {
      description: "success",
      schema: { type: "array", items: { type: "string" } },
    };
    doc.definitions["JsonValue"]!.properties["value"] = { type: "object" };
    const { code, json } = await report(descriptionFile("allowed.json", doc));
    expect(code).toBe(0);
    expect(json.summary.drift).toBe(0);
    const allowed = json.findings.map((f) => [f.operation, f.name, f.status]);
    expect(allowed).toEqual(
      expect.arrayContaining([
        ["json_values_post", "value", "allowed"],
        ["json_values_get", "value", "allowed"],
        ["json_values_patch", "value", "allowed"],
        ["credentials_list_types", "", "allowed"],
      ]),
    );
    expect(
      json.findings.find((f) => f.operation === "credentials_list_types")
        ?.reason,
    ).toMatch(/civis-python's maintainers say the server sends an array/);
    // No instruction to edit the spec for an allowed deviation.
    expect(
      json.findings.find((f) => f.operation === "json_values_get")?.message,
    ).toMatch(
      /^response field `value` is any here, object there \(reason: `value` is whatever JSON/,
    );
  });
});

describe("bad input: exit 2, one line, no stack trace", () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      "an OpenAPI 3 file",
      [fixture("openapi3.json")],
      /openapi3\.json is not a Swagger 2\.0 document \(it is OpenAPI 3\.0\.3\); expected the Swagger 2\.0 JSON the API serves at GET \/endpoints$/m,
    ],
    [
      "a non-JSON file",
      [fixture("not-json.yaml")],
      /not-json\.yaml is not JSON \(.+\); expected the Swagger 2\.0 JSON/,
    ],
    [
      "an empty file",
      [fixture("empty.json")],
      /empty\.json is empty; expected the Swagger 2\.0 JSON/,
    ],
    [
      "a missing file",
      [fixture("missing.json")],
      /cannot read .*missing\.json: ENOENT/,
    ],
    ["no source", [], /give one Swagger 2\.0 file or --live/],
    [
      "a file and --live",
      [fixture("empty.json"), "--live"],
      /give one Swagger 2\.0 file or --live/,
    ],
    ["an unknown option", ["--liv"], /Unknown option '--liv'/],
  ];
  for (const [what, args, message] of cases)
    it(what, async () => {
      const run = await specDiff(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n")[0]).toMatch(/^spec:diff: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    });
});
