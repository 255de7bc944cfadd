// The emulator checks its own answers against the spec's response schemas
// (as prism does), so a handler that drifts from the spec is caught on the
// request that shows it, not by a separate conformance pass. On in the test
// suite and with `civis-api-emulator --validate`.
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { SpecOperation } from "./load-spec.js";
import { createAjv } from "../model/json-schema.js";

export interface ResponseValidator {
  /** What is wrong with this answer to `operation`, or null when it fits. */
  problem(
    operation: SpecOperation,
    status: number,
    body: unknown,
  ): string | null;
}

export function createResponseValidator(): ResponseValidator {
  const ajv = createAjv();
  const cache = new Map<string, ValidateFunction>();
  return {
    problem(op, status, body) {
      // 5xx are the emulator's own trouble (a 501 for a missing handler).
      if (status >= 500) return null;
      if (!op.responses.has(status))
        return `${op.operationId} answered ${status}, which the spec does not list`;
      const schema = op.responses.get(status);
      if (!schema)
        return body === undefined
          ? null
          : `${op.operationId} answered ${status} with a body; the spec has none`;
      const key = `${op.operationId} ${status}`;
      let validate = cache.get(key);
      if (!validate) {
        validate = ajv.compile(schema);
        cache.set(key, validate);
      }
      // As the client will see it: keys with undefined values are dropped.
      const wire: unknown =
        body === undefined ? undefined : JSON.parse(JSON.stringify(body));
      if (validate(wire)) return null;
      const first = validate.errors?.[0];
      return `${op.operationId} ${status}: body${first?.instancePath ?? ""} ${first?.message ?? "does not match"} (spec: ${first?.schemaPath ?? "?"})`;
    },
  };
}
