// `GET /endpoints`: the emulator describes itself as the real API does, in
// Swagger 2.0, so that civis-python can start against it without a cached
// spec; and the OpenAPI 3.1 -> Swagger 2.0 conversion behind it.
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthorization } from "../../src/http/headers.js";
import { startEmulator } from "../../src/emulator/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { toSwagger } from "../../src/emulator/engine/swagger.js";
import { civisMethodName } from "../../scripts/spec-diff/compare.js";

// Parsed JSON, walked by key in assertions.
type Json = Record<string, any>;

let emulator: RunningEmulator;
let doc: Json;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const response = await fetch(`${emulator.url}/endpoints`, {
    headers: { authorization: basicAuthorization(emulator.users[1]!.apiKey) },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  doc = (await response.json()) as Json;
});
afterAll(() => emulator.close());

describe("GET /endpoints", () => {
  it("is authenticated like every other request", async () => {
    const response = await fetch(`${emulator.url}/endpoints`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic /);
  });

  it("answers with or without a trailing slash, and to HEAD", async () => {
    const headers = {
      authorization: basicAuthorization(emulator.users[0]!.apiKey),
    };
    const slash = await fetch(`${emulator.url}/endpoints/`, { headers });
    expect(((await slash.json()) as Json)["swagger"]).toBe("2.0");
    const head = await fetch(`${emulator.url}/endpoints`, {
      method: "HEAD",
      headers,
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("is a valid Swagger 2.0 document", async () => {
    expect(doc["swagger"]).toBe("2.0");
    await expect(
      SwaggerParser.validate(structuredClone(doc) as never),
    ).resolves.toBeTruthy();
  });

  it("has the real document's forms", () => {
    // Collection roots with a trailing slash; path parameters `{id}`.
    expect(Object.keys(doc["paths"])).toContain("/groups/");
    expect(Object.keys(doc["paths"]["/groups/{id}/members/{user_id}"])).toEqual(
      ["put", "delete"],
    );
    // Schemas in `definitions`, referenced with `$ref`.
    expect(doc["paths"]["/credentials/"]["get"]["responses"]["200"]).toEqual({
      description: "A page of credentials.",
      schema: { type: "array", items: { $ref: "#/definitions/Credential" } },
    });
    // Bodies are `in: body` parameters, their fields camelCase.
    const patch = doc["paths"]["/match_targets/{id}"]["patch"];
    expect(patch["parameters"][1]).toEqual({
      name: "body",
      in: "body",
      required: true,
      schema: { $ref: "#/definitions/MatchTargetPatch" },
    });
    expect(
      Object.keys(doc["definitions"]["MatchTargetPatch"]["properties"]),
    ).toEqual(["name", "targetFileName", "archived"]);
    // Responses camelCase; no nullability (`[string, "null"]` here).
    expect(
      doc["definitions"]["MatchTarget"]["properties"]["targetFileName"],
    ).toEqual({ type: "string", description: "The name of the target file." });
    // A query array: `user_ids[]=1&user_ids[]=2`.
    const userIds = doc["paths"]["/groups/"]["get"]["parameters"].find(
      (p: Json) => p["name"] === "user_ids",
    );
    expect(userIds).toMatchObject({
      in: "query",
      type: "array",
      items: { type: "integer" },
      collectionFormat: "multi",
    });
    // 204: no schema.
    expect(doc["paths"]["/credentials/{id}"]["delete"]["responses"]).toEqual({
      "204": { description: "Success; no body." },
    });
  });

  it("states query constraints in words, as the API reference prints them", () => {
    const param = (path: string, name: string): Json =>
      doc["paths"][path]["get"]["parameters"].find(
        (p: Json) => p["name"] === name,
      );
    // Each description below is copied from the API reference's pages.
    expect(param("/groups/", "order")).toEqual({
      name: "order",
      in: "query",
      required: false,
      description:
        "The field on which to order the result set. Defaults to name. Must be one of: name, created_at.",
      type: "string",
    });
    expect(param("/permission_sets/", "limit")).toEqual({
      name: "limit",
      in: "query",
      required: false,
      description:
        "Number of results to return. Defaults to 20. Maximum allowed is 50.",
      minimum: 1,
      type: "integer",
    });
    const seeds: Array<[string, string, string]> = [
      [
        "/permission_sets/{id}/resources",
        "limit",
        "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
      ],
      [
        "/credentials/",
        "limit",
        "Number of results to return. Defaults to its maximum of 1000.",
      ],
      [
        "/credentials/",
        "order",
        "The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, created_at, name.",
      ],
      [
        "/credentials/",
        "page_num",
        "Page number of the results to return. Defaults to the first page, 1.",
      ],
      [
        "/groups/",
        "order_dir",
        "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc.",
      ],
      [
        "/permission_sets/",
        "order_dir",
        "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc.",
      ],
      [
        "/groups/",
        "permission",
        // The reference's pages curl the quotes of the description.
        "A permissions string, one of “read”, “write”, or “manage”. Lists only groups for which the current user has that permission.".replace(
          /[“”]/g,
          '"',
        ),
      ],
    ];
    for (const [path, name, description] of seeds) {
      const p = param(path, name);
      expect(p["description"]).toBe(description);
      for (const keyword of ["enum", "maximum", "default"])
        expect(p[keyword], `${path} ${name} ${keyword}`).toBeUndefined();
    }
    // What the words do not state stays a keyword.
    expect(param("/permission_sets/", "archived")).toMatchObject({
      enum: ["true", "false", "all"],
      default: "false",
    });
  });

  it("gives civis-python the spec's method names and body fields", async () => {
    const parsed = (await SwaggerParser.dereference(
      structuredClone(doc) as never,
    )) as Json;
    const names: string[] = [];
    for (const [path, item] of Object.entries(parsed["paths"] as Json))
      for (const [verb, op] of Object.entries(item as Json)) {
        const resource = path.split("/")[1];
        names.push(`${resource}_${civisMethodName(verb, path)}`);
        // civis-python reads a body's `properties` directly: no `allOf`.
        for (const p of (op as Json)["parameters"] as Json[])
          if (p["in"] === "body") {
            expect(p["schema"]["allOf"]).toBeUndefined();
            expect(p["schema"]["properties"]).toBeTypeOf("object");
          }
      }
    expect(names.sort()).toEqual(
      emulator.app.spec.operations.map((o) => o.operationId).sort(),
    );
  });
});

describe("toSwagger", () => {
  const openapi = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: {
      "/things/{id}": {
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { $ref: "#/components/schemas/Id" },
          },
        ],
        put: {
          summary: "Replace a thing",
          requestBody: { $ref: "#/components/requestBodies/ThingReplace" },
          responses: {
            "200": {
              description: "The thing.",
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      { $ref: "#/components/schemas/Thing" },
                      { type: "array", items: { type: "string" } },
                    ],
                  },
                },
              },
            },
            "404": { description: "Not found." },
          },
        },
      },
    },
    components: {
      schemas: {
        Id: { type: "integer", minimum: 1, description: "An ID." },
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: {
              $ref: "#/components/schemas/Id",
              description: "The thing's ID.",
            },
            label: { type: ["string", "null"], "x-opaque": true },
            kind: { const: "thing" },
          },
        },
        ThingPatch: {
          type: "object",
          additionalProperties: false,
          properties: {
            display_name: { type: "string", writeOnly: true },
          },
        },
      },
      requestBodies: {
        ThingReplace: {
          required: true,
          content: {
            "application/json": {
              schema: {
                required: ["display_name"],
                allOf: [{ $ref: "#/components/schemas/ThingPatch" }],
              },
            },
          },
        },
      },
    },
  };

  it("converts parameters, bodies, responses and definitions", () => {
    const swagger = toSwagger(openapi);
    expect(swagger["paths"]).toEqual({
      "/things/{id}": {
        put: {
          summary: "Replace a thing",
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              minimum: 1,
              type: "integer",
            },
            {
              name: "body",
              in: "body",
              required: true,
              schema: {
                type: "object",
                additionalProperties: false,
                properties: { displayName: { type: "string" } },
                required: ["displayName"],
              },
            },
          ],
          // oneOf: its first branch; errors are not described.
          responses: {
            "200": {
              description: "The thing.",
              schema: { $ref: "#/definitions/Thing" },
            },
          },
        },
      },
    });
    expect((swagger["definitions"] as Json)["Thing"]).toEqual({
      type: "object",
      required: ["id"],
      properties: {
        // A `$ref` with siblings is inlined: Swagger 2.0 would ignore them.
        id: { type: "integer", minimum: 1, description: "The thing's ID." },
        label: { type: "string" },
        kind: { enum: ["thing"] },
      },
    });
  });
});
