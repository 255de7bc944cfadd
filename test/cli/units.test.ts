// The pure parts of the command line: text to typed values, table fitting,
// the progress line (with a fake clock and terminal).
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";
import { renderTable } from "../../src/cli/table.js";
import { fromText, fromTexts } from "../../src/cli/values.js";
import type { ResponseMeta } from "../../src/http/response-meta.js";

describe("values from text, by the argument's type", () => {
  it("integers, booleans and arrays; anything else is left for the client to reject", () => {
    expect(fromText("w", { type: "integer" }, "42")).toBe(42);
    expect(fromText("w", { type: "integer" }, "1.5")).toBe(1.5);
    expect(fromText("w", { type: "integer" }, "0x10")).toBe("0x10");
    expect(fromText("w", { type: "integer" }, "")).toBe("");
    expect(fromText("w", { type: "boolean" }, "TRUE")).toBe(true);
    expect(fromText("w", { type: "boolean" }, "false")).toBe(false);
    expect(fromText("w", { type: "boolean" }, "yes")).toBe("yes");
    expect(fromText("w", { type: "string" }, "007")).toBe("007");
  });

  it("arrays: repeated flags, each a comma list, items typed", () => {
    const ids = { type: "array", items: { type: "integer" } };
    expect(fromTexts("w", ids, ["1,2", "3"])).toEqual([1, 2, 3]);
    expect(fromTexts("w", ids, [""])).toEqual([]);
    expect(fromText("w", ids, "4, x")).toEqual([4, "x"]);
  });

  it("objects and opaque values as JSON", () => {
    expect(fromText("w", { type: "object" }, '{"a":[1]}')).toEqual({ a: [1] });
    expect(() => fromText("t.m: v", { type: "object" }, "{a:1}")).toThrow(
      "t.m: v must be JSON text",
    );
    expect(fromText("w", {}, "[1,2]")).toEqual([1, 2]);
    expect(fromText("w", {}, "plain")).toBe("plain");
  });
});

describe("--table", () => {
  const rows = [
    {
      id: 1,
      name: "Admins",
      member_count: 1,
      slug: "admins",
      updated_at: "2026-04-17T18:21:01.000Z",
    },
    {
      id: 12,
      name: "Analysts and friends",
      member_count: null,
      slug: null,
      updated_at: "2026-04-17T18:21:02.000Z",
    },
  ];

  it.each([
    [
      "the resource's columns, null as blank",
      100,
      [
        "id  name                  member_count  slug    updated_at",
        "1   Admins                1             admins  2026-04-17T18:21:01.000Z",
        "12  Analysts and friends                        2026-04-17T18:21:02.000Z",
      ],
    ],
    [
      // name and updated_at shrink in turn to 12, then name and member_count to 11.
      "the widest columns shrink first",
      50,
      [
        "id  name         member_cou…  slug    updated_at",
        "1   Admins       1            admins  2026-04-17T…",
        "12  Analysts a…                       2026-04-17T…",
      ],
    ],
    [
      // At 6 characters each, updated_at and slug go.
      "then the last columns go",
      20,
      ["id  name    membe…", "1   Admins  1", "12  Analy…"],
    ],
  ])("%s (%i columns)", (_, columns, lines) => {
    expect(renderTable("groups", rows, columns)).toBe(
      [...lines, ""].join("\n"),
    );
  });

  it("other results: every field; nested values as JSON; one object as one row", () => {
    expect(
      renderTable(
        "groups",
        { manageable: [{ id: 1, name: "A" }], readable: [] },
        80,
      ),
    ).toBe(
      ["manageable             readable", '[{"id":1,"name":"A"}]  []', ""].join(
        "\n",
      ),
    );
    expect(renderTable("groups", [], 80)).toBe("(no items)\n");
    expect(renderTable("groups", undefined, 80)).toBe("");
  });
});

describe("progress", () => {
  const page = (currentPage: number): ResponseMeta => ({
    status: 200,
    method: "GET",
    path: "/groups",
    requestId: null,
    tries: 1,
    rateLimit: null,
    pagination: { perPage: 2, currentPage, totalPages: 3, totalEntries: 5 },
    headers: new Headers(),
  });
  const terminal = () => {
    const out = {
      isTTY: true,
      text: "",
      write: (s: string) => ((out.text += s), true),
    };
    return out;
  };

  it("one line per page and every 100 ms, then erased", () => {
    const out = terminal();
    let now = 0;
    const progress = new Progress(out, () => now);
    progress.response(page(1));
    now = 1000;
    progress.item();
    progress.item(); // same page, same instant: not redrawn
    progress.response(page(2));
    now = 2000;
    progress.item();
    progress.item();
    progress.end();
    expect(out.text).toBe(
      "\r\x1b[K1 of 5 items, page 1 of 3, 1 items/s" +
        "\r\x1b[K3 of 5 items, page 2 of 3, 2 items/s" +
        "\r\x1b[K",
    );
  });

  it("nothing for a single page, nothing off a terminal", () => {
    const out = terminal();
    const progress = new Progress(out, () => 0);
    progress.response({
      ...page(1),
      pagination: { ...page(1).pagination!, totalPages: 1 },
    });
    progress.item();
    progress.end();
    expect(out.text).toBe("");
    expect(Progress.for({ write: () => true })).toBeUndefined();
    expect(Progress.for({ isTTY: false, write: () => true })).toBeUndefined();
  });
});
