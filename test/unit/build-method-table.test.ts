// The generator's rules on small specs: resource and name from the tag and
// operationId, positional arguments (path order, required query, the body's
// `required` list) or `x-civis-args`, pagination from the response headers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildMethodTable } from "../../scripts/generate/method-table.js";

const id = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "integer", minimum: 1 },
};
const op = (extra: Record<string, unknown>) => ({
  operationId: "things_put_parts",
  tags: ["things"],
  parameters: [
    { name: "verbose", in: "query", schema: { type: "boolean" } },
    {
      name: "mode",
      in: "query",
      required: true,
      schema: { type: "string", enum: ["a", "b"] },
    },
  ],
  requestBody: {
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: ["size", "color"],
          properties: {
            color: { type: "string" },
            size: { type: "integer", maximum: 9 },
            note: { type: "string" },
          },
        },
      },
    },
  },
  responses: { "200": { description: "ok" } },
  ...extra,
});
const spec = (operation: Record<string, unknown>) => ({
  paths: {
    "/things/{id}/parts/{part_id}": {
      parameters: [id, { ...id, name: "part_id" }],
      put: operation,
    },
  },
});

describe("buildMethodTable", () => {
  it("orders path parameters, required query parameters, then the body's required list", () => {
    const entry = buildMethodTable(spec(op({}))).methods.things!.put_parts!;
    expect(entry.route).toBe("PUT /{id}/parts/{part_id}");
    expect(entry.args).toEqual(["id", "part_id", "mode", "size", "color"]);
    expect(entry.params).toEqual({
      id: { in: "path", type: "integer", min: 1 },
      part_id: { in: "path", type: "integer", min: 1 },
      verbose: { in: "query", type: "boolean" },
      mode: { in: "query", type: "string", enum: ["a", "b"] },
      color: { in: "body", type: "string" },
      size: { in: "body", type: "integer", max: 9 },
      note: { in: "body", type: "string" },
    });
    expect(entry.body).toBe(true);
    expect(entry.paginated).toBeUndefined();
  });

  it("takes x-civis-args where the rule does not fit, and refuses undeclared names", () => {
    const args = ["id", "part_id", "color", "mode", "size"];
    expect(
      buildMethodTable(spec(op({ "x-civis-args": args }))).methods.things!
        .put_parts!.args,
    ).toEqual(args);
    expect(() =>
      buildMethodTable(spec(op({ "x-civis-args": ["id", "colour"] }))),
    ).toThrow("things_put_parts: x-civis-args must list declared arguments");
  });

  it("marks a method paginated when its success response declares X-Pagination-Total-Pages", () => {
    const paged = op({
      responses: {
        "200": {
          description: "ok",
          headers: {
            "X-Pagination-Total-Pages": { schema: { type: "integer" } },
          },
        },
      },
    });
    expect(
      buildMethodTable(spec(paged)).methods.things!.put_parts!.paginated,
    ).toBe(true);
  });

  it("needs the resource as the first tag and the operationId's prefix", () => {
    expect(() => buildMethodTable(spec(op({ tags: ["other"] })))).toThrow(
      "things_put_parts: the first tag must be the resource prefix",
    );
  });
});

it("generated/ never imports src/", () => {
  for (const file of ["methods.ts", "client-types.ts", "schema.d.ts"]) {
    const text = readFileSync(
      new URL(`../../generated/${file}`, import.meta.url),
      "utf8",
    );
    expect(text, file).not.toMatch(/from ["']\.\.\/src/);
  }
});
