// Match targets: lifecycle and the unpaginated list (shares and archive:
// families.test.ts).
import { describe, expect, it } from "vitest";
import { errorBody, useApi } from "./harness.js";

const api = useApi();

const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("match targets", () => {
  it("creates with defaults, gets, patches", async () => {
    const created = await api.as(2).post("/match_targets", { name: "Voters" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "Voters",
      targetFileName: null,
      createdAt: expect.stringMatching(iso),
      updatedAt: expect.stringMatching(iso),
      archived: false,
    });
    const id = created.body.id;

    const got = await api.as(2).get(`/match_targets/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    const patched = await api
      .as(2)
      .patch(`/match_targets/${id}`, { target_file_name: "voters.csv" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: "Voters",
      targetFileName: "voters.csv",
    });
    expect(patched.body.updatedAt > created.body.updatedAt).toBe(true);
  });

  it("accepts camelCase bodies too", async () => {
    const created = await api
      .as(2)
      .post("/match_targets", { name: "Camel", targetFileName: "c.csv" });
    expect(created.status).toBe(201);
    expect(created.body.targetFileName).toBe("c.csv");
  });

  it("lists the caller's targets, without pagination headers", async () => {
    const mine = await api.as(3).post("/match_targets", { name: "Keep" });
    await api.as(2).post("/match_targets", { name: "Not cy's" });
    const list = await api.as(3).get("/match_targets");
    expect(list.status).toBe(200);
    expect(list.headers.get("X-Pagination-Total-Entries")).toBeNull();
    expect(list.body).toEqual([mine.body]);
  });

  it("leaves validation to the spec (400 on a missing name)", async () => {
    const bad = await api
      .as(1)
      .post("/match_targets", { target_file_name: "x" });
    expect(bad).toMatchObject({ status: 400, body: errorBody(400) });
  });
});
