// The one camelCase -> snake_case rule (civis-python's camel_to_snake) and
// its inverse for plain snake_case names. The client at run time, the
// generated result types, the emulator and spec:diff all call these, so the
// expectations here are written by hand from civis-python's two regexes.
import { describe, expect, it } from "vitest";
import { typeWriter } from "../../scripts/generate/schema-to-ts.js";
import { snakeCaseKeys } from "../../src/emulator/engine/validate-request.js";
import { camelCase, snakeCase } from "../../src/spec/name-case.js";

/** One test a row: `convert(from)` is `to`. */
function converts(convert: (name: string) => string, rows: [string, string][]) {
  it.each(rows)("%s -> %s", (from, to) => {
    expect(convert(from)).toBe(to);
  });
}

describe("snakeCase: civis-python's rule", () => {
  converts(snakeCase, [
    ["someURL", "some_url"],
    ["id2Name", "id2_name"],
    ["totalUserShares", "total_user_shares"],
    ["HTTPResponse", "http_response"],
    ["getHTTPResponseCode", "get_http_response_code"],
    ["get2HTTPResponseCode", "get2_http_response_code"],
    ["HTTPResponseCodeXYZ", "http_response_code_xyz"],
    ["getHTTP2Response", "get_http2_response"],
    ["Name", "name"],
    ["CamelCamelCase", "camel_camel_case"],
    ["already_snake", "already_snake"],
    ["ABC", "abc"],
    ["camel2Camel2Case", "camel2_camel2_case"],
    ["md5Hash", "md5_hash"],
    ["targetFileName", "target_file_name"],
    ["", ""],
  ]);
});

describe("camelCase: snake_case names as the wire's responses spell them", () => {
  converts(camelCase, [
    ["target_file_name", "targetFileName"],
    ["total_user_shares", "totalUserShares"],
    ["id2_name", "id2Name"],
    ["default_2fa", "default2fa"],
    ["name", "name"],
    ["alreadyCamel", "alreadyCamel"],
  ]);
});

describe("the rule's users agree on an acronym", () => {
  it("the generated result types name `someURL` some_url", () => {
    const text = typeWriter(true).type({
      type: "object",
      properties: { someURL: { type: "string" }, id2Name: { type: "integer" } },
    });
    expect(text).toContain("some_url?: string;");
    expect(text).toContain("id2_name?: number;");
  });

  it("the emulator takes a camelCase body key `someURL` as some_url", () => {
    const { body } = snakeCaseKeys({ someURL: 1, valueStr: "2" });
    expect(Object.keys(body)).toEqual(["some_url", "value_str"]);
  });
});
