// The API-change drill, on one copy of the repository: the API moves on in
// two ways, and `npm run generate` alone makes the rest follow.
// - `npm run spec:diff -- <description> --apply` takes in a description in
//   the real API's style that adds a response field, an optional query
//   parameter, an enum value (in words) and an operation (`clone`), and
//   changes one thing in a breaking way, which it leaves reported.
// - A maintainer edits the spec by hand: a new optional field in a request
//   and a response schema (`notes`), a new operation on an existing resource
//   (`copies`).
// Then: only the spec, the generated files and README's method table
// changed; `generate:check` and `lint:spec` pass; a consumer of every change
// compiles with tsc; the changed client against the changed emulator accepts,
// validates, stores and echoes the field, and the new operations answer 501.
// Nothing here reaches beyond loopback.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copyRepo,
  repoFiles,
  repoRoot as root,
  run,
  type Ran,
} from "../helpers/repo-copy.js";
import { movedDescription } from "../spec-diff/run.js";

let copy: string;
let removeCopy = () => {};

/** Runs `command` in the copy. */
const inCopy = (command: string, args: string[]) =>
  run(command, args, { cwd: copy });
const tsx = (...args: string[]) =>
  inCopy(process.execPath, ["--import", "tsx", ...args]);

/** Inserts `text` before the one line that is `anchor` in the spec. */
function insertBefore(spec: string, anchor: string, text: string): string {
  const at = spec.indexOf(`\n${anchor}\n`);
  if (at < 0 || spec.indexOf(`\n${anchor}\n`, at + 1) >= 0)
    throw new Error(`anchor not found once: ${anchor}`);
  return spec.slice(0, at + 1) + text + spec.slice(at + 1);
}

const NOTES_IN = `        notes:
          type: string
          maxLength: 20
          description: Notes on the match target.
`;
const NOTES_OUT = `        notes:
          type: string
          description: Notes on the match target.
`;
const COPIES = `  /match_targets/{id}/copies:
    parameters:
      - $ref: "#/components/parameters/Id"
    post:
      operationId: match_targets_post_copies
      tags: [match_targets]
      summary: Copy a match target
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [name]
              properties:
                name:
                  type: string
                  minLength: 1
                  description: The name of the copy.
      responses:
        "201": { $ref: "#/components/responses/MatchTargetCreated" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "401": { $ref: "#/components/responses/Unauthorized" }
`;

// A consumer of the changed client: compiles only if every change is typed
// (and each @ts-expect-error line is an error).
const CONSUMER = `import { APIClient } from "../src/index.js";
const client = new APIClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
export async function applied(): Promise<unknown[]> {
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
export async function edited(): Promise<string | undefined> {
  const created = await client.match_targets.post("T", { notes: "first" });
  await client.match_targets.patch(created.id, { notes: "second" });
  // @ts-expect-error notes is a string
  await client.match_targets.patch(created.id, { notes: 5 });
  const copy = await client.match_targets.post_copies(created.id, "Copy");
  // @ts-expect-error the copy's name is a required argument
  await client.match_targets.post_copies(created.id);
  return copy.notes;
}
`;

// The changed client against the changed emulator, over loopback.
const RUN = `import { APIClient } from "../src/index.js";
import { startEmulator } from "../src/emulator/index.js";
const emulator = await startEmulator({ port: 0, validateResponses: true });
const apiKey = emulator.users[0].apiKey;
const client = new APIClient({ apiKey, baseUrl: emulator.url, retries: false });
const loose = client.match_targets as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
const out: Record<string, unknown> = {};
const error = (e: unknown) => ({ name: (e as Error).name, message: (e as Error).message, status: (e as { status?: number }).status });
try {
  const created = await client.match_targets.post("T", { notes: "first" });
  out.created = created.notes;
  out.stored = (await client.match_targets.get(created.id)).notes;
  out.patched = (await client.match_targets.patch(created.id, { notes: "second" })).notes;
  out.kept = (await client.match_targets.patch(created.id, { name: "U" })).notes;
  out.absent = "notes" in (await client.match_targets.post("V"));
  const before = emulator.requests.length;
  out.tooLong = await loose.patch(created.id, { notes: "x".repeat(21) }).catch(error);
  out.sentForTooLong = emulator.requests.length - before;
  const raw = await fetch(emulator.url + "/match_targets", {
    method: "POST",
    headers: { Authorization: "Bearer " + apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "T", notes: 5 }),
  });
  out.server = { status: raw.status, body: await raw.json() };
  out.copies = await client.match_targets.post_copies(created.id, "Copy").catch(error);
  out.clone = await client.match_targets.post_clone(1, "Copy").catch(error);
} finally {
  await emulator.close();
}
console.log(JSON.stringify(out));
`;

// What `spec:diff --apply` said, twice, and the spec after the first time.
let applied: Ran;
let again: Ran;
let specApplied: string;
let specAgain: string;
let generated: Ran;

beforeAll(async () => {
  ({ dir: copy, remove: removeCopy } = await copyRepo("civis-drill-"));
  const description = join(copy, "moved.json");
  writeFileSync(description, JSON.stringify(movedDescription()));
  const specPath = join(copy, "spec/openapi.yaml");
  const specDiff = () =>
    tsx("scripts/spec-diff/spec-diff.ts", description, "--apply");
  applied = await specDiff();
  specApplied = readFileSync(specPath, "utf8");
  again = await specDiff();
  specAgain = readFileSync(specPath, "utf8");

  let spec = specAgain;
  spec = insertBefore(spec, "    MatchTargetCreate:", NOTES_IN);
  spec = insertBefore(spec, "    MatchTargetPatch:", NOTES_OUT);
  spec = insertBefore(spec, "  /match_targets/{id}/shares:", COPIES);
  writeFileSync(specPath, spec);
  generated = await tsx("scripts/generate/generate.ts");
}, 120_000);

afterAll(() => removeCopy());

describe("spec:diff --apply", () => {
  it("writes the additive part, and reports the rest", () => {
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(1);
    for (const lines of [
      [
        "Applied to spec/openapi.yaml (4 changes):",
        "  added    operation POST /match_targets/{id}/clone (match_targets_post_clone), at paths/~1match_targets~1{id}~1clone/post",
        "  added    `updated_at` to the enum of query parameter `order`, at paths/~1groups/get/parameters/7/schema/enum",
      ],
      [
        "  PATCH /json_values/{id} (json_values_patch)",
        "    drift    response field `name` is string here, integer there: change its type in the spec",
      ],
    ])
      expect(applied.stdout).toContain(lines.join("\n"));
    expect(applied.stdout).toMatch(
      /^3 drift, 1 allowed, 75 operations compared\.$/m,
    );
    expect(applied.stdout).toMatch(
      /^The drift left is for a person to decide \(breaking changes are never applied\)/m,
    );
  });

  it("the same description again: nothing more to apply, the spec as it was", () => {
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("Applied to spec/openapi.yaml: nothing.");
    expect(specAgain).toBe(specApplied);
  });
});

describe("after the spec changed and `npm run generate` alone", () => {
  it("changed the spec, the generated files and README's method table, nothing else", async () => {
    expect(generated.code).toBe(0);
    const changed = (await repoFiles()).filter(
      (file) =>
        !readFileSync(join(copy, file)).equals(readFileSync(join(root, file))),
    );
    expect(changed.sort()).toEqual([
      "README.md",
      "generated/cli-help.ts",
      "generated/client-types.ts",
      "generated/methods.ts",
      "generated/schema.d.ts",
      "spec/openapi.yaml",
    ]);
  });

  it("generates the new methods with their named arguments, in the method table and README's", () => {
    const table = readFileSync(join(copy, "generated/methods.ts"), "utf8");
    expect(table).toContain(
      'post_copies: { route: "POST /{id}/copies", args: ["id","name"]',
    );
    const types = readFileSync(join(copy, "generated/client-types.ts"), "utf8");
    expect(types).toContain(
      "post_copies(id: number, name: string, options?: C): Promise<MatchTarget>;",
    );
    expect(types).toContain(
      "  /** Notes on the match target. */\n  notes?: string;",
    );
    expect(readFileSync(join(copy, "README.md"), "utf8")).toMatch(
      /\| `match_targets\.post_clone` +\| `client\.match_targets\.post_clone\(id, name\)` +\| `POST \/match_targets\/\{id\}\/clone` +\|/,
    );
  });

  it("passes generate:check and lint:spec", async () => {
    const check = await tsx("scripts/generate/generate.ts", "--check");
    expect(check.stdout).toBe("generated files are up to date\n");
    const lint = await inCopy("npm", ["run", "-s", "lint:spec"]);
    expect(lint.code).toBe(0);
  }, 60_000);

  it("types every change for a consumer (tsc)", async () => {
    mkdirSync(join(copy, "drill"), { recursive: true });
    writeFileSync(join(copy, "drill/consumer.ts"), CONSUMER);
    const tsc = await inCopy(process.execPath, [
      join(copy, "node_modules/typescript/bin/tsc"),
      ...["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022"],
      ...["--module", "nodenext", "--moduleResolution", "nodenext"],
      ...["--types", "node", "drill/consumer.ts"],
    ]);
    expect(tsc.stdout).toBe("");
    expect(tsc.code).toBe(0);
  }, 120_000);

  it("accepts, validates, stores and echoes the field; the new methods answer 501", async () => {
    mkdirSync(join(copy, "drill"), { recursive: true });
    writeFileSync(join(copy, "drill/run.ts"), RUN);
    const ran = await tsx("drill/run.ts");
    expect(JSON.parse(ran.stdout)).toEqual({
      created: "first",
      stored: "first",
      patched: "second",
      kept: "second",
      absent: false,
      tooLong: {
        name: "RangeError",
        message: "match_targets.patch: notes must be at most 20 characters",
      },
      sentForTooLong: 0,
      server: {
        status: 400,
        body: {
          error: "bad_request",
          errorDescription: "Invalid parameter: notes must be string",
          code: 400,
        },
      },
      copies: {
        name: "CivisServerError",
        message:
          "(501) The emulator has no handler for match_targets_post_copies. (POST /match_targets/1/copies)",
        status: 501,
      },
      clone: {
        name: "CivisServerError",
        message:
          "(501) The emulator has no handler for match_targets_post_clone. (POST /match_targets/1/clone)",
        status: 501,
      },
    });
  }, 120_000);
});
