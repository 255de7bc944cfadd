// The phrasings in which the API's description states a query parameter's
// constraints: each read, each written, what no phrasing reads, and the
// spec's own words agreeing with its keywords.
import { describe, expect, it } from "vitest";
import {
  readConstraintWords,
  schemaConstraints,
  writeConstraintWords,
} from "../../src/spec/constraint-words.js";
import { operations, readSpecDocument } from "../../src/spec/document.js";

describe("readConstraintWords", () => {
  it.each([
    [
      "The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, name, created_at.",
      { default: "updated_at", enum: ["updated_at", "name", "created_at"] },
    ],
    [
      'A permissions string, one of "read", "write", or "manage". Lists only groups for which the current user has that permission.',
      { enum: ["read", "write", "manage"] },
    ],
    // The reference pages curl the quotes.
    [
      "A permissions string, one of “read”, “write”, or “manage”.",
      { enum: ["read", "write", "manage"] },
    ],
    [
      "Options are: “read”, “write”, or “manage”.",
      { enum: ["read", "write", "manage"] },
    ],
    [
      "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
      { default: "50", maximum: 1000 },
    ],
    [
      "Number of results to return. Defaults to its maximum of 1000.",
      { default: "1000", maximum: 1000 },
    ],
    [
      "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc.",
      { enum: ["asc", "desc"], default: "asc" },
    ],
    ["The field. Defaults to name.", { default: "name" }],
    [
      "Page number of the results to return. Defaults to the first page, 1.",
      { default: "1" },
    ],
    ["Whether to. Defaults to False.", { default: "false" }],
  ])("%s", (description, stated) => {
    expect(readConstraintWords(description)).toEqual({ stated, unread: [] });
  });

  it("hands back what no phrasing reads, with what it seems to be about", () => {
    expect(
      readConstraintWords(
        "Seconds valid. Defaults to 15 minutes. Must not be less than 15 minutes or greater than 36 hours.",
      ),
    ).toEqual({
      stated: {},
      unread: [
        { sentence: "Defaults to 15 minutes.", about: ["default"] },
        {
          sentence:
            "Must not be less than 15 minutes or greater than 36 hours.",
          about: ["maximum"],
        },
      ],
    });
    expect(
      readConstraintWords(
        "The type (or types). One or more of: Custom, Database, and Google.",
      ).unread,
    ).toEqual([
      {
        sentence: "One or more of: Custom, Database, and Google.",
        about: ["enum"],
      },
    ]);
  });

  it("hands back a default that is no value of the type", () => {
    expect(readConstraintWords("Defaults to fifty.", "integer")).toEqual({
      stated: {},
      unread: [{ sentence: "Defaults to fifty.", about: ["default"] }],
    });
    expect(readConstraintWords("Defaults to 50.", "integer").stated).toEqual({
      default: "50",
    });
  });

  it("hands back words that contradict each other", () => {
    expect(readConstraintWords("Defaults to name. Defaults to id.")).toEqual({
      stated: {},
      unread: [{ sentence: "Defaults to id.", about: ["default"] }],
    });
  });

  it("reads nothing in prose, or in no description", () => {
    expect(
      readConstraintWords(
        "A list of user IDs to filter groups by. Groups will be returned if any of the users is a member",
      ),
    ).toEqual({ stated: {}, unread: [] });
    expect(readConstraintWords(undefined)).toEqual({ stated: {}, unread: [] });
  });
});

describe("writeConstraintWords", () => {
  it("says the schema's values in the description's phrasings", () => {
    expect(
      writeConstraintWords(
        "The field on which to order the result set. Defaults to name. Must be one of: name, created_at.",
        {
          type: "string",
          enum: ["name", "updated_at", "created_at"],
          default: "name",
        },
      ),
    ).toEqual({
      description:
        "The field on which to order the result set. Defaults to name. Must be one of: name, updated_at, created_at.",
      stated: new Set(["enum", "default"]),
    });
    expect(
      writeConstraintWords('A permissions string, one of "read" or "write".', {
        enum: ["read", "write", "manage"],
      }).description,
    ).toBe('A permissions string, one of "read", "write", or "manage".');
    expect(
      writeConstraintWords(
        "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
        {
          type: "integer",
          minimum: 1,
          maximum: 500,
          default: 20,
        },
      ),
    ).toEqual({
      description:
        "Number of results to return. Defaults to 20. Maximum allowed is 500.",
      stated: new Set(["default", "maximum"]),
    });
  });

  it("keeps words that cannot say the schema's values, and their keywords", () => {
    expect(
      writeConstraintWords(
        "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc.",
        { enum: ["asc", "desc", "random"], default: "asc" },
      ),
    ).toEqual({
      description:
        "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc.",
      stated: new Set(),
    });
    expect(
      writeConstraintWords("The archival status of the requested item(s).", {
        enum: ["true", "false", "all"],
        default: "false",
      }).stated,
    ).toEqual(new Set());
  });
});

describe("the spec's query parameters", () => {
  it("state in words exactly what their keywords say", () => {
    const mismatches: string[] = [];
    let worded = 0;
    for (const op of operations(readSpecDocument())) {
      const params = op.parameters as Array<{
        name: string;
        in: string;
        description?: string;
        schema: Record<string, unknown>;
      }>;
      for (const p of params.filter((p) => p.in === "query")) {
        const { stated, unread } = readConstraintWords(p.description);
        const keywords = schemaConstraints(p.schema);
        if (Object.keys(stated).length) worded++;
        for (const key of Object.keys(stated) as Array<keyof typeof stated>)
          if (JSON.stringify(stated[key]) !== JSON.stringify(keywords[key]))
            mismatches.push(`${op.operationId} ${p.name} ${key}`);
        if (unread.length)
          mismatches.push(`${op.operationId} ${p.name} unread`);
      }
    }
    expect(mismatches).toEqual([]);
    // limit, page_num, order, order_dir of four lists, and groups' permission.
    expect(worded).toBe(17);
  });
});
