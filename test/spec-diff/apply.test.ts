// `npm run spec:diff -- <description> --apply`, in-process: a description in
// the real API's style that adds a response field, an optional query
// parameter, an enum value (in words) and an operation, and changes one thing
// in a breaking way (`movedDescription`). What the edit writes, line by line,
// and that a second apply writes nothing. The command on a copy of the
// repository, and what follows it there, is in the API-change drill.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadAllowList } from "../../scripts/spec-diff/allow.js";
import { applyDrift } from "../../scripts/spec-diff/apply.js";
import { readDescriptionFile } from "../../scripts/spec-diff/input.js";
import { repoRoot as root } from "../helpers/repo-copy.js";
import {
  useDescriptionFiles,
  movedDescription,
  queryParameter,
  realStyleDescription,
  specDiff as specDiffInProcess,
} from "./run.js";

const descriptionFile = useDescriptionFiles();

type Json = Record<string, any>;

const specPath = join(root, "spec/openapi.yaml");
const spec = readFileSync(specPath, "utf8");
const lines = (text: string) => text.split("\n");

/** A line diff (longest common subsequence): the hunks of `b` against `a`. */
function lineDiff(
  a: string,
  b: string,
): Array<{ removed: string[]; added: string[] }> {
  const [x, y] = [lines(a), lines(b)];
  const width = y.length + 1;
  const lcs = new Int32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        x[i] === y[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const hunks: Array<{ removed: string[]; added: string[] }> = [];
  let i = 0;
  let j = 0;
  let hunk: (typeof hunks)[number] | undefined;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      hunk = undefined;
      i++;
      j++;
      continue;
    }
    if (!hunk) hunks.push((hunk = { removed: [], added: [] }));
    if (
      j < y.length &&
      (i === x.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)
    )
      hunk.added.push(y[j++]!);
    else hunk.removed.push(x[i++]!);
  }
  return hunks;
}

/** The real-style description with one more query parameter of GET /groups/. */
function withGroupsQuery(name: string, type: string, more: Json = {}): Json {
  const doc = realStyleDescription();
  doc["paths"]["/groups/"]["get"]["parameters"].push({
    name,
    in: "query",
    required: false,
    type,
    ...more,
  });
  return doc;
}

/** `applyDrift` on the spec, of the description in `file`. */
async function applyFile(file: string) {
  const { document } = await readDescriptionFile(file);
  const allow = await loadAllowList(join(root, "spec/drift-allow.yaml"));
  return applyDrift(spec, specPath, document, allow);
}

describe("applyDrift", async () => {
  const theirs = (
    await readDescriptionFile(descriptionFile("moved.json", movedDescription()))
  ).document;
  const allow = await loadAllowList(join(root, "spec/drift-allow.yaml"));
  const result = await applyDrift(spec, specPath, theirs, allow);
  const text = result.text ?? "";

  it("lists each change it applied, and what it took in", () => {
    expect(result.applied).toEqual([
      {
        change:
          "operation POST /match_targets/{id}/clone (match_targets_post_clone)",
        at: "paths/~1match_targets~1{id}~1clone/post",
        operations: ["match_targets_post_clone"],
      },
      {
        change: "`updated_at` to the enum of query parameter `order`",
        at: "paths/~1groups/get/parameters/7/schema/enum",
        operations: ["groups_list"],
      },
      {
        change:
          "query parameter `state` (string) of GET /credentials (credentials_list)",
        at: "paths/~1credentials/get/parameters/6",
        operations: ["credentials_list"],
      },
      {
        change:
          "response field `region` (string) of GET /credentials (credentials_list)",
        at: "components/schemas/Credential/properties/region",
        operations: [
          "credentials_list",
          "credentials_post",
          "credentials_get",
          "credentials_put",
          "credentials_patch",
        ],
      },
    ]);
    expect(result.notApplied).toEqual([]);
  });

  it("leaves the breaking change reported, and the spec unchanged there", () => {
    expect(
      result.verdicts
        .filter((v) => v.status === "drift")
        .map((v) => [v.operation, v.where, v.name, v.change, v.here, v.there]),
    ).toEqual([
      ["json_values_post", "response", "name", "type", "string", "integer"],
      ["json_values_get", "response", "name", "type", "string", "integer"],
      ["json_values_patch", "response", "name", "type", "string", "integer"],
    ]);
    const after = parse(text) as Json;
    expect(
      after["components"]["schemas"]["JsonValue"]["properties"]["name"],
    ).toEqual(
      parse(spec)["components"]["schemas"]["JsonValue"]["properties"]["name"],
    );
  });

  it("adds lines and changes only the two lines of the enum it extends", () => {
    expect(lineDiff(spec, text)).toEqual([
      {
        removed: [],
        added: [
          "  /match_targets/{id}/clone:",
          "    parameters:",
          "      - name: id",
          "        in: path",
          "        required: true",
          "        description: The ID of the match target.",
          "        schema:",
          "          type: integer",
          "    post:",
          "      operationId: match_targets_post_clone",
          "      tags: [match_targets]",
          "      summary: Clone a match target",
          "      requestBody:",
          "        required: true",
          "        content:",
          "          application/json:",
          "            schema:",
          "              type: object",
          "              properties:",
          "                name:",
          "                  type: string",
          "                  description: The name of the clone.",
          "              required: [name]",
          "      responses:",
          '        "201":',
          "          description: The clone.",
          "          content:",
          "            application/json:",
          '              schema: { $ref: "#/components/schemas/MatchTarget" }',
          '        "400": { $ref: "#/components/responses/BadRequest" }',
          '        "401": { $ref: "#/components/responses/Unauthorized" }',
          '        "403": { $ref: "#/components/responses/Forbidden" }',
          '        "404": { $ref: "#/components/responses/NotFound" }',
          '        "429": { $ref: "#/components/responses/TooManyRequests" }',
        ],
      },
      {
        removed: [
          '          description: "The field on which to order the result set. Defaults to name. Must be one of: name, created_at."',
        ],
        added: [
          '          description: "The field on which to order the result set. Defaults to name. Must be one of: name, updated_at, created_at."',
        ],
      },
      {
        removed: ["            enum: [name, created_at]"],
        added: ["            enum: [name, updated_at, created_at]"],
      },
      {
        removed: [],
        added: [
          "        - name: state",
          "          in: query",
          '          description: "Return only credentials in this state. Must be one of: active, expired."',
          "          schema:",
          "            type: string",
          "            enum: [active, expired]",
        ],
      },
      {
        removed: [],
        added: [
          "        region:",
          '          type: [string, "null"]',
          "          description: The region of the remote host.",
        ],
      },
    ]);
    // Every comment is still there.
    const comments = lines(spec).filter((l) => l.trim().startsWith("#"));
    expect(comments.length).toBeGreaterThan(50);
    expect(comments.filter((c) => !lines(text).includes(c))).toEqual([]);
  });

  it("places the new operation after its resource's last path, the parameter after the one it follows", () => {
    const paths = Object.keys((parse(text) as Json)["paths"]);
    expect(paths.indexOf("/match_targets/{id}/clone")).toBe(
      paths.indexOf("/json_values") - 1,
    );
    const credentials = (parse(text) as Json)["paths"]["/credentials"]["get"];
    expect(
      credentials["parameters"].map((p: Json) => p["name"] ?? p["$ref"]),
    ).toEqual([
      "type",
      "remote_host_id",
      "default",
      "system_credentials",
      "users",
      "name",
      "state",
      "limit",
      "#/components/parameters/PageNum",
      "order",
      "#/components/parameters/OrderDirDesc",
    ]);
  });

  it("applied twice, changes nothing the second time", async () => {
    const again = await applyDrift(text, specPath, theirs, allow);
    expect(again.text).toBeUndefined();
    expect(again.applied).toEqual([]);
    expect(again.verdicts.filter((v) => v.status === "drift")).toHaveLength(3);
  });

  it("never edits a shared schema so that other operations drift", async () => {
    const doc = realStyleDescription();
    const get = doc["paths"]["/credentials/{id}"]["get"];
    get["responses"]["200"]["schema"] = {
      ...doc["definitions"]["Credential"],
      properties: {
        ...doc["definitions"]["Credential"]["properties"],
        lastUsedAt: { type: "string", format: "date-time" },
      },
    };
    const shared = await applyFile(descriptionFile("shared.json", doc));
    expect(shared.text).toBeUndefined();
    expect(
      shared.notApplied.map((n) => [n.finding.operation, n.reason]),
    ).toEqual([
      [
        "credentials_get",
        "it would make credentials_list, credentials_post, credentials_put and 1 more drift",
      ],
    ]);
  });
});

describe("a parameter whose words say it defaults to None", () => {
  it("gets no default: None is no integer", async () => {
    const doc = withGroupsQuery("since_id", "integer", {
      description: "Only groups with a greater ID. Defaults to None.",
    });
    const none = await applyFile(descriptionFile("none.json", doc));
    expect(lineDiff(spec, none.text ?? "")).toEqual([
      {
        removed: [],
        added: [
          "        - name: since_id",
          "          in: query",
          "          description: Only groups with a greater ID. Defaults to None.",
          "          schema:",
          "            type: integer",
        ],
      },
    ]);
  });
});

describe("a hostile description", () => {
  it("writes no name that is no identifier, and prints no terminal escape", async () => {
    const doc = withGroupsQuery("\u001b[31mred", "string");
    doc["paths"]["/match_targets/{id}/.."] = {
      post: { parameters: [], responses: { "204": { description: "gone" } } },
    };
    doc["definitions"]["Credential"]["properties"]['x"]; alert(1); //'] = {
      type: "string",
    };
    const file = descriptionFile("hostile.json", doc);
    const hostile = await applyFile(file);
    expect(hostile.text).toBeUndefined();
    expect(
      hostile.notApplied.map((n) => [n.finding.operation, n.reason]),
    ).toEqual([
      ["match_targets_post_..", 'the name ".." is no identifier'],
      ["groups_list", 'the name "\\u001b[31mred" is no identifier'],
      ["credentials_list", 'the name "x\\"]; alert(1); //" is no identifier'],
      ["credentials_post", 'the name "x\\"]; alert(1); //" is no identifier'],
      ["credentials_get", 'the name "x\\"]; alert(1); //" is no identifier'],
      ["credentials_put", 'the name "x\\"]; alert(1); //" is no identifier'],
      ["credentials_patch", 'the name "x\\"]; alert(1); //" is no identifier'],
    ]);
    const run = await specDiffInProcess([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).toContain(
      "query parameter `\\x1b[31mred` (string) is new there",
    );
  });

  it("prints no bidi control or lone surrogate, in text or JSON", async () => {
    const doc = withGroupsQuery("\u202ex\ud800", "string");
    const name = queryParameter(doc, "/credentials/", "name");
    name["description"] = "\u2066Return\u2069 \u202eeman\u202c.";
    const file = descriptionFile("bidi.json", doc);
    const text = await specDiffInProcess([file, "--notes"]);
    expect(text.code).toBe(1);
    for (const unsafe of ["\u202e", "\u202c", "\u2066", "\u2069", "\ud800"])
      expect(text.stdout).not.toContain(unsafe);
    expect(text.stdout).toContain(
      "query parameter `\\u202ex\\ud800` (string) is new there",
    );
    expect(text.stdout).toContain(
      'description "Return credentials whose name contains this string." here, "\\u2066Return\\u2069 \\u202eeman\\u202c." there',
    );
    const json = await specDiffInProcess([file, "--json"]);
    for (const unsafe of ["\u202e", "\u202c", "\u2066", "\u2069", "\ud800"])
      expect(json.stdout).not.toContain(unsafe);
    expect(json.stdout).toContain(
      '"there": "\\u2066Return\\u2069 \\u202eeman\\u202c."',
    );
    expect(
      (JSON.parse(json.stdout) as Json)["notes"].map((n: Json) => n["there"]),
    ).toContain("\u2066Return\u2069 \u202eeman\u202c.");
  });
});
