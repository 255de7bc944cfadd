// Checks the bodies the emulator sent against the spec's response schemas
// (with ajv, straight from spec/openapi.yaml), so that a missing required
// field or a wrong null shows up in the resource tests.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";
import type { Harness } from "./harness.js";

const doc = parse(
  readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"),
) as {
  paths: Record<
    string,
    Record<
      string,
      { operationId?: string; responses?: Record<string, { $ref?: string }> }
    >
  >;
};

const ajv = new Ajv2020({
  strict: false,
  validateFormats: false,
  allErrors: true,
});
ajv.addSchema(doc, "spec.json");

const escape = (segment: string) =>
  segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Where each operation's response schema for a status lives, as a JSON pointer. */
function pointerOf(operationId: string, status: number): string | null {
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      if (op?.operationId !== operationId) continue;
      const response = op.responses?.[String(status)];
      if (!response) return null;
      const base =
        response.$ref ??
        `#/paths/${escape(path)}/${method}/responses/${status}`;
      return `${base}/content/${escape("application/json")}/schema`;
    }
  return null;
}

const cache = new Map<string, ValidateFunction>();

/** Every reply so far that does not match its operation's schema, described. */
export function conformanceProblems(api: Harness): string[] {
  const byRequestId = new Map(
    api.emulator.requests.map((r) => [r.requestId, r]),
  );
  const problems: string[] = [];
  for (const reply of api.replies) {
    const record = byRequestId.get(reply.requestId);
    if (!record?.operationId || reply.body === undefined) continue;
    const pointer = pointerOf(record.operationId, reply.status);
    if (!pointer) {
      problems.push(
        `${record.operationId}: status ${reply.status} is not in the spec`,
      );
      continue;
    }
    let validate = cache.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec.json${pointer}` });
      cache.set(pointer, validate);
    }
    if (!validate(reply.body))
      problems.push(
        `${record.operationId} ${reply.status}: ${ajv.errorsText(validate.errors)}`,
      );
  }
  return problems;
}
