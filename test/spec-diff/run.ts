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

/** Our spec's operations (the count a small fixture lacks most of). */
export const specOperations = loadSpec().operations;

/** The Swagger 2.0 description of our own spec, as the emulator serves it. */
export const equivalentDescription = () => toSwagger(loadSpec().document);

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

const dir = mkdtempSync(join(tmpdir(), "civis-spec-diff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a description to a file in this test file's temporary folder. */
export function descriptionFile(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}
