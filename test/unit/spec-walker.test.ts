// The one walker of a document's operations, and its readers agreeing on a
// small spec where the path item's parameters meet the operation's own (the
// operation's wins, as OpenAPI says) and where only a `2XX` range answers
// (no status code: the emulator cannot send it, the client cannot expect it).
import { describe, expect, it } from "vitest";
import { buildMethodTable } from "../../scripts/generate/method-table.js";
import { operations } from "../../src/spec/document.js";
import { parseSpec } from "../../src/emulator/engine/load-spec.js";

const ok = { description: "ok" };
const json = (schema: object) => ({
  description: "ok",
  content: { "application/json": { schema } },
});
const id = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "integer" },
};
const spec = {
  openapi: "3.1.0",
  info: { title: "things", version: "1" },
  components: {
    parameters: {
      Verbose: { name: "verbose", in: "query", schema: { type: "boolean" } },
    },
  },
  paths: {
    "/things/{id}": {
      parameters: [
        id,
        {
          name: "mode",
          in: "query",
          required: true,
          schema: { type: "string", enum: ["a", "b"] },
        },
        { $ref: "#/components/parameters/Verbose" },
      ],
      delete: {
        operationId: "things_delete",
        tags: ["things"],
        responses: { "204": ok, "404": ok },
      },
      get: {
        operationId: "things_get",
        tags: ["things"],
        parameters: [
          {
            name: "mode",
            in: "query",
            schema: { type: "string", enum: ["a", "b", "c"] },
          },
          { name: "X-Trace", in: "header", schema: { type: "string" } },
        ],
        // Listed out of order, and told apart by their bodies.
        responses: {
          "404": ok,
          "201": json({ type: "object" }),
          "200": json({ type: "array" }),
        },
      },
      summary: "not an operation",
    },
  },
};

describe("operations()", () => {
  it("yields each operation once, in the document's order", () => {
    expect(
      operations(spec).map((op) => [op.method, op.path, op.operationId]),
    ).toEqual([
      ["DELETE", "/things/{id}", "things_delete"],
      ["GET", "/things/{id}", "things_get"],
    ]);
  });

  it("lets the operation's parameter override the path item's of the same name and in", () => {
    const get = operations(spec)[1]!;
    expect(get.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "integer" } },
      {
        name: "mode",
        in: "query",
        schema: { type: "string", enum: ["a", "b", "c"] },
      },
      { name: "verbose", in: "query", schema: { type: "boolean" } },
      { name: "X-Trace", in: "header", schema: { type: "string" } },
    ]);
    expect(get.tags).toEqual(["things"]);
  });

  it("lists the 2xx codes in numeric order, and no range", () => {
    expect(operations(spec).map((op) => op.successCodes)).toEqual([
      [204],
      [200, 201],
    ]);
    const ranged = structuredClone(spec);
    ranged.paths["/things/{id}"].delete.responses = {
      "2XX": ok,
      "404": ok,
    } as never;
    expect(operations(ranged)[0]!.successCodes).toEqual([]);
  });
});

describe("the emulator and the generator read the same operations", () => {
  it("neither takes the path item's `required` for an overridden parameter", () => {
    const entry = buildMethodTable(spec).methods.things!.get!;
    expect(entry.args).toEqual(["id"]);
    expect(entry.params).toEqual({
      id: { in: "path", type: "integer" },
      mode: { in: "query", type: "string", enum: ["a", "b", "c"] },
      verbose: { in: "query", type: "boolean" },
    });
    const mode = parseSpec(spec)
      .byOperationId.get("things_get")!
      .parameters.find((p) => p.name === "mode");
    expect(mode).toEqual({
      name: "mode",
      in: "query",
      required: false,
      schema: { type: "string", enum: ["a", "b", "c"] },
    });
  });

  it("both take the lowest 2xx code as the success status", () => {
    expect(parseSpec(spec).byOperationId.get("things_get")!.successStatus).toBe(
      200,
    );
    // The generator reads the 200's body (an array), not the 201's.
    expect(buildMethodTable(spec).methods.things!.get!.returns).toBe("array");
  });

  it("both refuse an operation whose only success is a 2XX range", () => {
    const ranged = structuredClone(spec);
    ranged.paths["/things/{id}"].delete.responses = {
      "2XX": ok,
      "404": ok,
    } as never;
    expect(() => parseSpec(ranged)).toThrow(
      "things_delete lists no 2xx response",
    );
    expect(() => buildMethodTable(ranged)).toThrow(
      "things_delete lists no 2xx response",
    );
  });
});
