// `npm run spec:diff -- <description> --apply`: a description in the real
// API's style that adds a response field, an optional query parameter, an
// enum value (in words) and an operation, and changes one thing in a breaking
// way. In-process: what the edit writes, line by line, and that a second
// apply writes nothing. On a copy of the repository: the command's exit code
// and report, then `npm run generate`, a consumer that uses all four
// compiled with tsc, `generate:check`, `lint:spec`, and the emulator
// answering the new operation 501.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadAllowList } from "../../scripts/spec-diff/allow.js";
import { applyDrift } from "../../scripts/spec-diff/apply.js";
import { readDescriptionFile } from "../../scripts/spec-diff/input.js";
import { copyRepo, repoRoot as root } from "../helpers/repo-copy.js";
import {
  descriptionFile,
  queryParameter,
  realStyleDescription,
  specDiff as specDiffInProcess,
} from "./run.js";

type Json = Record<string, any>;

/** The API as it has moved on, in the real description's style. */
function movedDescription(): Json {
  const doc = realStyleDescription();
  // 1. A new response field of every credential.
  doc["definitions"]["Credential"]["properties"]["region"] = {
    type: "string",
    description: "The region of the remote host.",
  };
  // 2. A new optional query parameter, its values in words.
  const list = doc["paths"]["/credentials/"]["get"]["parameters"] as Json[];
  list.splice(list.findIndex((p) => p["name"] === "name") + 1, 0, {
    name: "state",
    in: "query",
    required: false,
    type: "string",
    description:
      "Return only credentials in this state. Must be one of: active, expired.",
  });
  // 3. A value added to an enum, in words.
  const order = queryParameter(doc, "/groups/", "order");
  order["description"] = order["description"].replace(
    "Must be one of: name, created_at.",
    "Must be one of: name, updated_at, created_at.",
  );
  // 4. A new operation: it answers a match target, as others do.
  doc["paths"]["/match_targets/{id}/clone"] = {
    post: {
      summary: "Clone a match target",
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          type: "integer",
          description: "The ID of the match target.",
        },
        {
          name: "body",
          in: "body",
          required: true,
          schema: {
            type: "object",
            required: ["name"],
            properties: {
              name: { type: "string", description: "The name of the clone." },
            },
          },
        },
      ],
      responses: {
        "201": {
          description: "The clone.",
          schema: { $ref: "#/definitions/MatchTarget" },
        },
      },
    },
  };
  // 5. Breaking: a JSON value's name becomes an integer.
  doc["definitions"]["JsonValue"]["properties"]["name"] = { type: "integer" };
  return doc;
}

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
    const file = descriptionFile("shared.json", doc);
    const { document } = await readDescriptionFile(file);
    const shared = await applyDrift(spec, specPath, document, allow);
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

describe("a hostile description", () => {
  it("writes no name that is no identifier, and prints no terminal escape", async () => {
    const doc = realStyleDescription();
    doc["paths"]["/groups/"]["get"]["parameters"].push({
      name: "\u001b[31mred",
      in: "query",
      required: false,
      type: "string",
    });
    doc["paths"]["/match_targets/{id}/.."] = {
      post: { parameters: [], responses: { "204": { description: "gone" } } },
    };
    doc["definitions"]["Credential"]["properties"]['x"]; alert(1); //'] = {
      type: "string",
    };
    const file = descriptionFile("hostile.json", doc);
    const { document } = await readDescriptionFile(file);
    const allow = await loadAllowList(join(root, "spec/drift-allow.yaml"));
    const hostile = await applyDrift(spec, specPath, document, allow);
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
      "query parameter `\\u001b[31mred` (string) is new there",
    );
  });
});

const run = promisify(execFile);

// Uses the new field, parameter, value and method; each @ts-expect-error
// line must be an error.
const CONSUMER = `import { APIClient } from "../src/index.js";
const client = new APIClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
export async function consumer(): Promise<unknown[]> {
  const credential = await client.credentials.get(1);
  const region: string | null | undefined = credential.region;
  await client.credentials.list({ state: "active" });
  // @ts-expect-error not one of the states
  await client.credentials.list({ state: "dormant" });
  await client.groups.list({ order: "updated_at" });
  // @ts-expect-error not one of the orders
  await client.groups.list({ order: "slug" });
  const clone = await client.match_targets.post_clone(1, "Copy");
  // @ts-expect-error the clone's name is a required argument
  await client.match_targets.post_clone(1);
  return [region, clone.target_file_name];
}
`;

const RUN = `import { APIClient } from "../src/index.js";
import { startEmulator } from "../src/emulator/index.js";
const emulator = await startEmulator({ port: 0 });
const client = new APIClient({ apiKey: emulator.users[0].apiKey, baseUrl: emulator.url, retries: false });
try {
  await client.match_targets.post_clone(1, "Copy");
} catch (e) {
  console.log(JSON.stringify({ status: (e as { status?: number }).status, message: (e as Error).message }));
} finally {
  await emulator.close();
}
`;

describe("on a copy of the repository", () => {
  let copy: string;
  let removeCopy = () => {};
  let description: string;
  const node = (args: string[]) =>
    run(process.execPath, args, { cwd: copy, encoding: "utf8" }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );
  const specDiff = (...args: string[]) =>
    node([
      "--import",
      "tsx",
      "scripts/spec-diff/spec-diff.ts",
      description,
      ...args,
    ]);

  beforeAll(async () => {
    ({ dir: copy, remove: removeCopy } = await copyRepo("civis-apply-"));
    description = join(copy, "moved.json");
    writeFileSync(description, JSON.stringify(movedDescription()));
  }, 60_000);
  afterAll(() => removeCopy());

  it("--apply, then generate: typed, callable, valid, and the rest reported", async () => {
    const applied = await specDiff("--apply");
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain(
      [
        "Applied to spec/openapi.yaml (4 changes):",
        "  added    operation POST /match_targets/{id}/clone (match_targets_post_clone), at paths/~1match_targets~1{id}~1clone/post",
        "  added    `updated_at` to the enum of query parameter `order`, at paths/~1groups/get/parameters/7/schema/enum",
      ].join("\n"),
    );
    expect(applied.stdout).toContain(
      [
        "  PATCH /json_values/{id} (json_values_patch)",
        "    drift    response field `name` is string here, integer there: change its type in the spec",
      ].join("\n"),
    );
    expect(applied.stdout).toMatch(
      /^3 drift, 1 allowed, 75 operations compared\.$/m,
    );
    expect(applied.stdout).toMatch(
      /^The drift left is for a person to decide \(breaking changes are never applied\)/m,
    );
    const after = readFileSync(join(copy, "spec/openapi.yaml"), "utf8");

    // The same description again: nothing more to apply, the spec as it was.
    const again = await specDiff("--apply");
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("Applied to spec/openapi.yaml: nothing.");
    expect(readFileSync(join(copy, "spec/openapi.yaml"), "utf8")).toBe(after);

    const generate = await node([
      "--import",
      "tsx",
      "scripts/generate/generate.ts",
    ]);
    expect(generate.code).toBe(0);
    const check = await node([
      "--import",
      "tsx",
      "scripts/generate/generate.ts",
      "--check",
    ]);
    expect(check.stdout).toBe("generated files are up to date\n");
    const lint = await run("npm", ["run", "-s", "lint:spec"], {
      cwd: copy,
    }).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(lint).toBe(0);
    expect(readFileSync(join(copy, "README.md"), "utf8")).toMatch(
      /\| `match_targets\.post_clone` +\| `client\.match_targets\.post_clone\(id, name\)` +\| `POST \/match_targets\/\{id\}\/clone` +\|/,
    );

    mkdirSync(join(copy, "drill"), { recursive: true });
    writeFileSync(join(copy, "drill/consumer.ts"), CONSUMER);
    const tsc = await node([
      join(copy, "node_modules/typescript/bin/tsc"),
      ...["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022"],
      ...["--module", "nodenext", "--moduleResolution", "nodenext"],
      ...["--types", "node", "drill/consumer.ts"],
    ]);
    expect(tsc.stdout).toBe("");
    expect(tsc.code).toBe(0);

    writeFileSync(join(copy, "drill/run.ts"), RUN);
    const answer = await node(["--import", "tsx", "drill/run.ts"]);
    expect(JSON.parse(answer.stdout)).toEqual({
      status: 501,
      message:
        "(501) The emulator has no handler for match_targets_post_clone. (POST /match_targets/1/clone)",
    });
  }, 240_000);
});
