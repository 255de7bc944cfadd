// JSON values: value round trip (keys untouched) and value_str checks
// (shares, transfer and dependencies: families.test.ts).
import { describe, expect, it } from "vitest";
import { errorBody, useApi } from "./harness.js";

const api = useApi();

describe("json values", () => {
  it("stores value_str and returns the parsed value with its keys as they were", async () => {
    const value = {
      snake_case: 1,
      camelCase: [{ Mixed_Key: null }],
      "with space": "ü",
    };
    const created = await api.as(2).post("/json_values", {
      value_str: JSON.stringify(value),
      name: "config",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "config",
      value,
    });

    const got = await api.as(2).get(`/json_values/${created.body.id}`);
    expect(got.body).toEqual(created.body);
  });

  it("defaults name to null and accepts any JSON, scalars included", async () => {
    for (const value of [42, "text", null, [1, 2], true]) {
      const r = await api
        .as(2)
        .post("/json_values", { value_str: JSON.stringify(value) });
      expect(r.status).toBe(201);
      expect(r.body).toEqual({ id: expect.any(Number), name: null, value });
    }
  });

  it("rejects invalid JSON and more than 1,000,000 bytes, naming value_str", async () => {
    const bad = await api.as(2).post("/json_values", { value_str: "{nope" });
    expect(bad).toMatchObject({ status: 400, body: errorBody(400) });
    expect(bad.body.errorDescription).toContain("value_str");

    // 500,002 characters (within the schema's count), 1,000,002 bytes.
    const big = JSON.stringify("é".repeat(500_000));
    expect(big.length).toBeLessThanOrEqual(1_000_000);
    const tooBig = await api.as(2).post("/json_values", { value_str: big });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errorDescription).toContain("value_str");

    const fits = JSON.stringify("a".repeat(999_998));
    expect(
      (await api.as(2).post("/json_values", { value_str: fits })).status,
    ).toBe(201);
  });

  it("patches name and value; a bad value_str changes nothing", async () => {
    const { body } = await api
      .as(2)
      .post("/json_values", { value_str: "[1]", name: "a" });
    const path = `/json_values/${body.id}`;
    const renamed = await api.as(2).patch(path, { name: "b" });
    expect(renamed.body).toEqual({ id: body.id, name: "b", value: [1] });
    const revalued = await api.as(2).patch(path, { value_str: '{"k":2}' });
    expect(revalued.body).toEqual({ id: body.id, name: "b", value: { k: 2 } });
    const bad = await api.as(2).patch(path, { name: "c", value_str: "nope" });
    expect(bad.status).toBe(400);
    expect((await api.as(2).get(path)).body).toEqual(revalued.body);
  });
});
