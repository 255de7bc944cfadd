// JSON values over real HTTP: value round trip (keys untouched), value_str
// checks, shares, transfer and dependencies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBody, startHarness } from "./harness.js";
import type { Harness } from "./harness.js";

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

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

  it("enforces read/write/manage through shares", async () => {
    const { body } = await api.as(2).post("/json_values", { value_str: "1" });
    const path = `/json_values/${body.id}`;
    expect((await api.as(3).get(path)).status).toBe(404);
    await api
      .as(2)
      .put(`${path}/shares/users`, { user_ids: [3], permission_level: "read" });
    expect((await api.as(3).get(path)).status).toBe(200);
    expect((await api.as(3).patch(path, { name: "x" })).status).toBe(403);
    await api.as(2).put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "write",
    });
    expect((await api.as(3).patch(path, { name: "x" })).status).toBe(200);
    // Write is not manage: no transfer, no shares.
    expect(
      (
        await api
          .as(3)
          .put(`${path}/transfer`, { user_id: 3, include_dependencies: false })
      ).status,
    ).toBe(403);
    const shares = await api.as(3).get(`${path}/shares`);
    expect(shares.body[0].writers.users).toEqual([
      { id: 3, name: "Cy Viewer" },
    ]);
    expect((await api.as(3).delete(`${path}/shares/users/3`)).status).toBe(403);
    expect(
      (
        await api.as(2).put(`${path}/shares/groups`, {
          group_ids: [3],
          permission_level: "read",
        })
      ).status,
    ).toBe(200);
    expect((await api.as(2).delete(`${path}/shares/groups/3`)).status).toBe(
      204,
    );
  });

  it("lists no dependencies and transfers ownership (old owner keeps manage)", async () => {
    const { body } = await api.as(2).post("/json_values", { value_str: "{}" });
    const path = `/json_values/${body.id}`;
    const deps = await api.as(2).get(`${path}/dependencies`);
    expect(deps).toMatchObject({ status: 200, body: [] });
    expect(
      (await api.as(2).get(`${path}/dependencies`, { user_id: 3 })).body,
    ).toEqual([]);
    expect(
      (await api.as(2).get(`${path}/dependencies`, { user_id: 999 })).status,
    ).toBe(404);

    const moved = await api.as(2).put(`${path}/transfer`, {
      user_id: 3,
      include_dependencies: true,
      email_body: "yours now",
      send_email: false,
    });
    expect(moved).toMatchObject({ status: 200, body: { dependencies: [] } });
    const shares = (await api.as(3).get(`${path}/shares`)).body[0];
    expect(shares.owners.users).toEqual([
      { id: 2, name: "Ben Analyst" },
      { id: 3, name: "Cy Viewer" },
    ]);
    // The new owner can take manage away from the old one.
    expect((await api.as(3).delete(`${path}/shares/users/2`)).status).toBe(204);
    expect((await api.as(2).get(path)).status).toBe(404);
    expect(
      (
        await api.as(3).put(`${path}/transfer`, {
          user_id: 999,
          include_dependencies: false,
        })
      ).status,
    ).toBe(404);
  });
});
