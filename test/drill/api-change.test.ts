// The API-change drill: on a copy of the repository, change only the spec
// (a new optional field in a request and a response schema; a new operation
// on an existing resource), run `npm run generate`, and check that nothing
// else needs editing: the field is accepted, validated, typed, stored and
// echoed; the new method exists with its named arguments and the emulator
// answers it 501. Nothing here reaches beyond loopback.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo, repoFiles, repoRoot as root } from "../helpers/repo-copy.js";

const run = promisify(execFile);
let copy: string;
let removeCopy = () => {};

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

// A consumer of the changed client: compiles only if the field and the new
// method are typed (and each @ts-expect-error line is an error).
const CONSUMER = `import { APIClient } from "../src/index.js";
const client = new APIClient({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
export async function consumer(): Promise<string | undefined> {
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
} finally {
  await emulator.close();
}
console.log(JSON.stringify(out));
`;

beforeAll(async () => {
  ({ dir: copy, remove: removeCopy } = await copyRepo("civis-drill-"));
  const specPath = join(copy, "spec/openapi.yaml");
  let spec = readFileSync(specPath, "utf8");
  spec = insertBefore(spec, "    MatchTargetCreate:", NOTES_IN);
  spec = insertBefore(spec, "    MatchTargetPatch:", NOTES_OUT);
  spec = insertBefore(spec, "  /match_targets/{id}/shares:", COPIES);
  writeFileSync(specPath, spec);
  await run(
    process.execPath,
    ["--import", "tsx", "scripts/generate/generate.ts"],
    {
      cwd: copy,
    },
  );
}, 120_000);

afterAll(() => removeCopy());

describe("after a spec change and `npm run generate` alone", () => {
  it("changed the spec, the generated files and README's method table, nothing else", async () => {
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

  it("generates the new method with its named arguments", () => {
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
  });

  it("types the field and the method for a consumer (tsc)", async () => {
    mkdirSync(join(copy, "drill"), { recursive: true });
    writeFileSync(join(copy, "drill/consumer.ts"), CONSUMER);
    const tsc = join(copy, "node_modules/typescript/bin/tsc");
    const result = await run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--types",
        "node",
        "drill/consumer.ts",
      ],
      { cwd: copy },
    ).catch((e: { stdout: string }) => ({ stdout: e.stdout, failed: true }));
    expect(result.stdout).toBe("");
  }, 120_000);

  it("accepts, validates, stores and echoes the field; the new method answers 501", async () => {
    mkdirSync(join(copy, "drill"), { recursive: true });
    writeFileSync(join(copy, "drill/run.ts"), RUN);
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "drill/run.ts"],
      { cwd: copy },
    );
    expect(JSON.parse(stdout)).toEqual({
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
    });
  }, 120_000);
});
