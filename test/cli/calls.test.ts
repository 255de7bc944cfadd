// The command line (main() in this process) against the emulator: a call
// per resource, JSON by default, `--iterator` as JSON Lines written page by
// page, `--table` and `--raw`.
import { beforeAll, describe, expect, it } from "vitest";
import { APIClient } from "../../src/index.js";
import { keyOf } from "../helpers/emulator.js";
import { runInProcess, useCliEmulator } from "./run-cli.js";

const cli = useCliEmulator();
/** User 3's environment: a match target of its own, the only one it sees. */
let cy: Record<string, string>;
beforeAll(async () => {
  cy = { ...cli.env, CIVIS_API_KEY: keyOf(cli.emulator, 3) };
  await new APIClient({
    apiKey: cy.CIVIS_API_KEY,
    baseUrl: cy.CIVIS_API_ENDPOINT,
  }).match_targets.post("Voters", { target_file_name: "voters.csv" });
});

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;
const lines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => json(l));

describe("a call per resource", () => {
  it("match_targets post, then get: one JSON document, snake_case", async () => {
    const made = await runInProcess(
      ["match_targets", "post", "Voters", "--target_file_name", "voters.csv"],
      cli.env,
    );
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    const target = json(made.stdout);
    expect(target).toMatchObject({
      name: "Voters",
      target_file_name: "voters.csv",
      archived: false,
    });
    const got = await runInProcess(
      ["match_targets", "get", String(target.id)],
      cli.env,
    );
    expect(json(got.stdout)).toEqual(target);
  });

  it.each([
    [
      "json_values post: the value's own keys stay as they are",
      ["json_values", "post", '{"someKey":[1,2]}', "--name", "settings"],
      { name: "settings", value: { someKey: [1, 2] } },
    ],
    [
      "permission_sets post with dashes: post --description",
      ["permission-sets", "post", "Readers", "--description", "Read only"],
      { name: "Readers", description: "Read only", archived: false },
    ],
  ])("%s", async (_, args, made) => {
    const ran = await runInProcess(args, cli.env);
    expect(ran.code).toBe(0);
    expect(json(ran.stdout)).toMatchObject(made);
  });

  it("groups put_members: two positional integers", async () => {
    const ran = await runInProcess(
      ["groups", "put_members", "3", "2"],
      cli.env,
    );
    expect(ran.code).toBe(0);
    const group = json(ran.stdout);
    expect(group.id).toBe(3);
    expect(group.members).toContainEqual(expect.objectContaining({ id: 2 }));
  });

  it("credentials post, then list --type with a comma list", async () => {
    const made = await runInProcess(
      ["credentials", "post", "Custom", "robot", "pw-12345678", "--name", "ci"],
      cli.env,
    );
    expect(made.code).toBe(0);
    expect(json(made.stdout)).toMatchObject({
      name: "ci",
      type: "Custom",
      username: "robot",
    });
    const listed = await runInProcess(
      ["credentials", "list", "--type", "Database,Custom"],
      cli.env,
    );
    expect(listed.code).toBe(0);
    const names = (JSON.parse(listed.stdout) as { name: string }[]).map(
      (c) => c.name,
    );
    expect(names).toContain("ci");
  });
});

describe("output", () => {
  /** Groups made for these tests, in the order `groups list` gives them. */
  const pagers = [
    "Pager 1",
    "Pager 2",
    "Pager 3",
    "Pager 4",
    "Pager 5",
    "Pager 6",
    "Pager 7",
  ];
  beforeAll(async () => {
    for (const name of pagers) await cli.admin.groups.post(name);
  });

  /** `groups list --iterator` over the pagers, `limit` a page. */
  const listPagers = (limit: number, ...flags: string[]) => {
    const query = ["--query", "pager", "--limit", `${limit}`, "--iterator"];
    return runInProcess(["groups", "list", ...query, ...flags], cli.env);
  };

  it.each([
    ["--iterator: JSON Lines, every item of every page", 3, [], 3],
    [
      "--iterator --prefetch 3: the same lines, one request a page",
      2,
      ["--prefetch", "3"],
      4,
    ],
  ])("%s", async (_, limit, flags, requests) => {
    cli.emulator.resetRequests();
    const ran = await listPagers(limit, ...flags);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    expect(lines(ran.stdout).map((g) => g.name)).toEqual(pagers);
    expect(cli.emulator.requestCount({ operationId: "groups_list" })).toBe(
      requests,
    );
  });

  it("--iterator writes each page as it comes: a failing third page leaves the first two", async () => {
    cli.emulator.setFaults({
      script: [200, 200, 500],
      only: (method, path) => method === "GET" && path === "/groups",
    });
    try {
      const ran = await listPagers(3);
      expect(ran.code).toBe(1);
      expect(lines(ran.stdout)).toHaveLength(6);
      expect(ran.stderr).toMatch(/^civis-api: \(500\) /);
    } finally {
      cli.emulator.setFaults();
    }
  });

  it.each([
    [
      "80",
      "id  name    target_file_name  archived\n" +
        "1   Voters  voters.csv        false\n",
    ],
    [
      "30",
      "id  name    target_…  archived\n" + "1   Voters  voters.…  false\n",
    ],
  ])("--table: chosen columns, cut to COLUMNS=%s", async (columns, table) => {
    const ran = await runInProcess(["match_targets", "list", "--table"], {
      ...cy,
      COLUMNS: columns,
    });
    expect(ran).toEqual({ code: 0, stdout: table, stderr: "" });
  });

  it("--table over --iterator: one table of every page", async () => {
    const ran = await listPagers(3, "--table");
    expect(ran.code).toBe(0);
    const rows = ran.stdout.trimEnd().split("\n");
    expect(rows[0]).toMatch(/^id +name +member_count +slug +updated_at$/);
    expect(rows.slice(1).map((r) => r.split(/ {2,}/)[1])).toEqual(pagers);
  });

  it("--raw: the body as the API sent it", async () => {
    const ran = await runInProcess(["groups", "get", "1", "--raw"], cli.env);
    expect(ran.code).toBe(0);
    const wire = json(ran.stdout);
    expect(wire.memberCount).toBe(1);
    expect(wire).not.toHaveProperty("member_count");
  });

  it("--raw --iterator: wire items as JSON Lines", async () => {
    const ran = await listPagers(4, "--raw");
    expect(ran.code).toBe(0);
    const items = lines(ran.stdout);
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveProperty("memberCount");
  });

  it("--raw --iterator --prefetch 3: wire pages in page order, whatever order they arrive in", async () => {
    // Page 2 is answered after pages 3 and 4.
    cli.emulator.setFaults({
      script: [200, { status: 200, latencyMs: 300 }],
      only: (method, path) => method === "GET" && path === "/groups",
    });
    try {
      const ran = await listPagers(2, "--raw", "--prefetch", "3");
      expect(ran.code).toBe(0);
      expect(lines(ran.stdout).map((g) => g.name)).toEqual(pagers);
    } finally {
      cli.emulator.setFaults();
    }
  });

  it.each([
    [["--prefetch", "2"], "groups.list: --prefetch needs --iterator"],
    [
      ["--iterator", "--prefetch=-1"],
      'groups.list: option "prefetch" must be a boolean or a whole number >= 0',
    ],
    [
      ["--iterator", "--prefetch", "two"],
      'groups.list: option "prefetch" must be a boolean or a whole number >= 0',
    ],
  ])("%j is a usage error, nothing sent", async (flags, message) => {
    cli.emulator.resetRequests();
    const ran = await runInProcess(["groups", "list", ...flags], cli.env);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr.split("\n")[0]).toBe(`civis-api: ${message}`);
    expect(cli.emulator.requestCount()).toBe(0);
  });

  it("a DELETE prints nothing", async () => {
    const ran = await runInProcess(["groups", "delete", "4"], cli.env);
    expect(ran).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
