// The declared body kind of a client.raw call, from its method and URL path.
import { describe, expect, it } from "vitest";
import { returnsByRoute } from "../../src/methods/raw-returns.js";

describe("returnsByRoute", () => {
  const at = returnsByRoute("");

  it("finds the operation of a method and path, literal segments first", () => {
    expect(at("GET", "/credentials/types")).toBe("any");
    expect(at("GET", "/credentials/7")).toBe("object");
    expect(at("GET", "/groups")).toBe("array");
    expect(at("GET", "/permission_sets/3/resources/a%2Fb/shares")).toBe(
      "array",
    );
    expect(at("POST", "/groups")).toBe("object");
  });

  it("nothing for an operation without a body, or one the spec lacks", () => {
    expect(at("DELETE", "/groups/7")).toBeUndefined();
    expect(at("GET", "/nowhere")).toBeUndefined();
    expect(at("PATCH", "/groups")).toBeUndefined();
    expect(at("GET", "/groups/7/child_groups")).toBe("object");
    expect(at("GET", "/groups//child_groups")).toBeUndefined();
  });

  it("under a base URL with a path, only below it", () => {
    const v1 = returnsByRoute("/v1/");
    expect(v1("GET", "/v1/groups/7")).toBe("object");
    expect(v1("GET", "/groups/7")).toBeUndefined();
  });
});
