// credentials.list_types(): the reference documents `{types: [...]}`, the
// server may send an array of names or an array holding one `{types}` object;
// the wrapper resolves the documented form from each (spec:
// x-civis-normalize), and client.raw gets the body as sent. Stubbed fetch.
import { describe, expect, it } from "vitest";
import {
  jsonContent,
  operations,
  readSpecDocument,
} from "../../src/spec/document.js";
import { methods } from "../../generated/methods.js";
import { responseMeta } from "../../src/index.js";
import type { MethodSpec } from "../../src/methods/method-spec.js";
import { clientAnswering } from "./stub-client.js";

const names = ["Amazon Web Services S3", "Database"];

describe("credentials.list_types", () => {
  it.each([
    ["the documented object", { types: names }],
    ["a bare array of names", names],
    ["an array holding one {types} object", [{ types: names }]],
  ])("resolves { types } from %s", async (_, wire) => {
    const client = clientAnswering(wire);
    const result = await client.credentials.list_types();
    expect(result).toEqual({ types: names });
    expect(responseMeta(result)?.status).toBe(200);
    const raw = await client.raw.GET("/credentials/types");
    expect(raw.data).toEqual(wire);
  });

  it("resolves an empty array to no types", async () => {
    expect(await clientAnswering([]).credentials.list_types()).toEqual({
      types: [],
    });
  });
});

describe("x-civis-normalize in the spec", () => {
  const spec = readSpecDocument();

  it("marks credentials.list_types only, with the documented key", () => {
    const table: Record<string, Record<string, MethodSpec>> = methods;
    const marked = Object.entries(table).flatMap(([resource, entries]) =>
      Object.entries(entries)
        .filter(([, entry]) => entry.normalize !== undefined)
        .map(([name, entry]) => [`${resource}.${name}`, entry.normalize]),
    );
    expect(marked).toEqual([["credentials.list_types", "types"]]);
  });

  // The result types resolve a body that may be an object or an array to
  // the object (generated/client-types.ts); that must hold exactly where the wrappers
  // normalize at run time.
  it("marks exactly the operations whose success body may be an object or an array", () => {
    const kinds = (schema: Record<string, unknown>): Set<string> => {
      const out = new Set<string>();
      for (const branch of (schema.oneOf as Record<string, unknown>[]) ?? [
        schema,
      ])
        out.add(branch.type === "array" ? "array" : "object");
      return out;
    };
    const mixed: string[] = [];
    const marked: string[] = [];
    for (const op of operations(spec)) {
      const id = String(op.operationId);
      if (op.operation["x-civis-normalize"]) marked.push(id);
      for (const code of op.successCodes) {
        const schema = jsonContent(op.responses[String(code)]);
        if (schema && kinds(schema).size > 1) mixed.push(id);
      }
    }
    expect(mixed).toEqual(["credentials_list_types"]);
    expect(marked).toEqual(mixed);
  });
});
