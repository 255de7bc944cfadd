// One tour through all the operations, each answered with its
// spec's success status; and the handler table matches the spec exactly.
import { describe, expect, it } from "vitest";
import { handlers } from "../../../src/emulator/resources/index.js";
import { loadSpec } from "../../../src/emulator/engine/load-spec.js";
import { useApi, type Caller } from "./harness.js";

const api = useApi();

const spec = loadSpec();

describe("every operation", () => {
  it("has a handler for every spec operation (none answers 501), and no other", () => {
    const ops = spec.operations.map((o) => o.operationId);
    const unhandled = ops.filter((id) => !Object.hasOwn(handlers, id));
    expect(unhandled).toEqual([]);
    expect(Object.keys(handlers).filter((id) => !ops.includes(id))).toEqual([]);
  });

  it("answers each operation with its success status", async () => {
    const a = api.as(1);
    // The families, as (verb, path suffix, body) calls on an object's path.
    const family =
      (calls: Array<[keyof Caller, string, Record<string, unknown>?]>) =>
      async (path: string) => {
        for (const [verb, suffix, body] of calls)
          await a[verb](`${path}${suffix}`, body);
      };
    const shareFamily = family([
      ["get", "/shares"],
      ["put", "/shares/users", { user_ids: [2], permission_level: "read" }],
      ["put", "/shares/groups", { group_ids: [2], permission_level: "write" }],
      ["delete", "/shares/users/2"],
      ["delete", "/shares/groups/2"],
    ]);
    const transferFamily = family([
      ["get", "/dependencies?user_id=2"],
      ["put", "/transfer", { user_id: 2, include_dependencies: true }],
    ]);

    const mt = (await a.post("/match_targets", { name: "mt" })).body.id;
    await a.get("/match_targets");
    await a.get(`/match_targets/${mt}`);
    await a.patch(`/match_targets/${mt}`, { name: "mt2" });
    await a.put(`/match_targets/${mt}/archive`, { status: true });
    await shareFamily(`/match_targets/${mt}`);

    const jv = (await a.post("/json_values", { value_str: "{}" })).body.id;
    await a.get(`/json_values/${jv}`);
    await a.patch(`/json_values/${jv}`, { value_str: "[]" });
    await shareFamily(`/json_values/${jv}`);
    await transferFamily(`/json_values/${jv}`);

    const ps = (await a.post("/permission_sets", { name: "ps" })).body.id;
    const res = `/permission_sets/${ps}/resources/${encodeURIComponent("r/1")}`;
    await a.get("/permission_sets");
    await a.get(`/permission_sets/${ps}`);
    await a.put(`/permission_sets/${ps}`, { name: "ps2" });
    await a.patch(`/permission_sets/${ps}`, { description: "d" });
    await a.put(`/permission_sets/${ps}/archive`, { status: false });
    await a.post(`/permission_sets/${ps}/resources`, { name: "r/1" });
    await a.get(`/permission_sets/${ps}/resources`);
    await a.get(res);
    await a.patch(res, { description: "d" });
    await shareFamily(res);
    await a.get(`/permission_sets/${ps}/users/2/permissions`);
    await shareFamily(`/permission_sets/${ps}`);
    await transferFamily(`/permission_sets/${ps}`);
    await a.delete(res);

    const g = (await a.post("/groups", { name: "g" })).body.id;
    await a.get("/groups");
    await a.get(`/groups/${g}`);
    await a.put(`/groups/${g}`, { name: "g2" });
    await a.patch(`/groups/${g}`, { description: "d" });
    await a.get(`/groups/${g}/child_groups`);
    await a.put(`/groups/${g}/members/3`);
    await a.delete(`/groups/${g}/members/3`);
    await shareFamily(`/groups/${g}`);
    await a.delete(`/groups/${g}`);

    const host = api.state.remoteHosts[0]!;
    const account = host.accounts[0]!;
    const cred = (
      await a.post("/credentials", {
        type: "Amazon Web Services S3",
        username: "u",
        password: "p",
      })
    ).body.id;
    await a.get("/credentials");
    await a.get("/credentials/types");
    await a.get(`/credentials/${cred}`);
    await a.put(`/credentials/${cred}`, {
      type: "Amazon Web Services S3",
      username: "u",
      password: "p",
    });
    await a.patch(`/credentials/${cred}`, { name: "c" });
    await a.post(`/credentials/${cred}/temporary`, { duration: 3600 });
    await a.post("/credentials/authenticate", {
      url: host.url,
      remote_host_type: host.type,
      username: account.username,
      password: account.password,
    });
    await shareFamily(`/credentials/${cred}`);
    await transferFamily(`/credentials/${cred}`);
    await a.delete(`/credentials/${cred}`);

    const wrong = api.app.requests.filter(
      (r) =>
        r.status !== spec.byOperationId.get(r.operationId ?? "")?.successStatus,
    );
    expect(wrong).toEqual([]);
    const seen = new Set(api.app.requests.map((r) => r.operationId));
    const missing = spec.operations
      .map((o) => o.operationId)
      .filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });
});
