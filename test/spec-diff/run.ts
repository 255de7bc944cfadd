// Runs `npm run spec:diff` in-process (its exported runSpecDiff) and collects
// what it printed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import type { ClientOptions } from "../../src/client.js";
import { operations } from "../../src/spec/document.js";
import { loadSpec } from "../../src/emulator/engine/load-spec.js";
import { toSwagger } from "../../src/emulator/engine/swagger.js";
import type { Verdict } from "../../scripts/spec-diff/allow.js";
import type { Note } from "../../scripts/spec-diff/compare.js";
import { runSpecDiff } from "../../scripts/spec-diff/spec-diff.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What `--json` prints. */
export interface JsonReport {
  source: string;
  summary: {
    drift: number;
    allowed: number;
    notes: number;
    compared: number;
    unusedAllowEntries: number;
  };
  responseRequiredCompared: boolean;
  findings: Array<Verdict & { message: string }>;
  notes: Note[];
  unusedAllowEntries: unknown[];
}

export async function specDiff(
  args: string[],
  env: Record<string, string> = {},
  clientOptions?: ClientOptions,
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runSpecDiff(args, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    clientOptions,
  });
  return { code, stdout, stderr };
}

export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/swagger/${name}`, import.meta.url));

const spec = loadSpec();

/** Our spec's operations (the count a small fixture lacks most of). */
export const specOperations = spec.operations;

// Built once (loading and converting the spec is the slow part); each caller
// gets a copy of its own to edit.
const swagger = toSwagger(spec.document);

/** The Swagger 2.0 description of our own spec, as the emulator serves it. */
export const equivalentDescription = () => structuredClone(swagger);

type Json = Record<string, any>;

/**
 * The same in the real API's style: no `enum`, `maximum`, `minimum` or
 * `default` keyword on any query parameter, only words in descriptions.
 */
export function realStyleDescription(): Json {
  const doc = equivalentDescription() as Json;
  for (const op of operations(doc))
    for (const p of op.parameters)
      if (p["in"] === "query")
        for (const keyword of ["enum", "maximum", "minimum", "default"])
          delete p[keyword];
  return doc;
}

/** A query parameter of a GET, to edit in a description. */
export const queryParameter = (doc: Json, path: string, name: string): Json =>
  (doc["paths"][path]["get"]["parameters"] as Json[]).find(
    (p) => p["name"] === name,
  )!;

/** The API as it has moved on, in the real description's style. */
export function movedDescription(): Json {
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

/**
 * Writes descriptions to files in a temporary folder of the calling test
 * file's, removed after its tests.
 */
export function useDescriptionFiles(): (name: string, doc: unknown) => string {
  const dir = mkdtempSync(join(tmpdir(), "civis-spec-diff-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, doc) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };
}
