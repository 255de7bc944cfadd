// The depth bound of a body, counted on its text: brackets inside strings
// (escaped quotes and backslashes included) are data, not levels.
import { describe, expect, it } from "vitest";
import { readBody } from "../../src/http/read-body.js";
import { tooDeep } from "../../src/text/json-depth.js";

const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

describe("tooDeep", () => {
  it("1000 levels pass, 1001 do not, arrays and objects alike", () => {
    expect(tooDeep(nested(1000))).toBe(false);
    expect(tooDeep(nested(1001))).toBe(true);
    expect(tooDeep('{"a":'.repeat(1001) + "1" + "}".repeat(1001))).toBe(true);
    expect(tooDeep(`[${nested(999)},${nested(999)}]`)).toBe(false);
  });

  it("brackets in strings are not levels", () => {
    expect(tooDeep(JSON.stringify(["[".repeat(5000)]))).toBe(false);
    // An escaped quote does not end the string; an escaped backslash does not escape the quote.
    expect(tooDeep(`["\\"${"[".repeat(3000)}"]`)).toBe(false);
    expect(tooDeep(`["\\\\",${nested(1000)}]`)).toBe(true);
    expect(tooDeep(`["\\\\\\"${"{".repeat(3000)}"]`)).toBe(false);
  });

  it("a string left open ends the count", () => {
    expect(tooDeep(`["${"[".repeat(3000)}`)).toBe(false);
  });
});

describe("readBody", () => {
  it("too deep is a problem, not data", () => {
    expect(readBody(nested(1001), "array")).toEqual({
      problem: "the body nests over 1000 levels deep",
    });
    expect(readBody(nested(1000), "array")).toHaveProperty("data");
  });
});
