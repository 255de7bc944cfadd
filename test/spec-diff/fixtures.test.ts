// `npm run spec:diff -- <file>` on small Swagger 2.0 fixtures, each written to
// show one kind of drift (or one thing that is not drift), on a description
// equivalent to the spec, and on bad input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  descriptionFile,
  equivalentDescription,
  fixture,
  specDiff,
  specOperations,
  type JsonReport,
} from "./run.js";

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
