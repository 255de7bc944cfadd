// Fixtures: the example file loads with the ids it states; a broken entry is
// refused naming its path and the API's answer; reset() and
// POST /__emulator/reset (admins only) return to the fixtures with the
// request log cleared.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createEmulatorApp,
  startEmulator,
  type EmulatorFixtures,
} from "../../src/emulator/index.js";
import { readFixtureFile } from "../../src/emulator/fixtures.js";
import { callAs, useCheckedApps } from "../helpers/emulator.js";

const example = new URL("../fixtures/emulator.yaml", import.meta.url).pathname;
const create = useCheckedApps();

describe("fixtures", () => {
  it("loads the example file: users, objects with the stated ids, members, resources, shares", async () => {
    const app = create({ fixtures: readFixtureFile(example) });
    await app.ready;
    expect(app.users.map((u) => [u.id, u.username, u.admin])).toEqual([
      [1, "ada", true],
      [2, "ben", false],
      [3, "cy", false],
      [4, "dee", false],
    ]);
    const ada = callAs(app, 1);
    const group = await ada("GET", "/groups/4");
    expect(group.body).toMatchObject({
      name: "Data Science",
      description: "Models and experiments",
      createdById: 2,
    });
    expect(group.body.members.map((m: { id: number }) => m.id)).toEqual([2, 4]);

    // Cy reads the group through a user share; Dee the credential through
    // the group, not its password.
    expect((await callAs(app, 3)("GET", "/groups/4")).status).toBe(200);
    const credential = await callAs(app, 4)("GET", "/credentials/1");
    expect(credential.body).toMatchObject({
      name: "warehouse",
      owner: "ben",
      remoteHostId: 1,
    });
    expect(JSON.stringify(credential.body)).not.toContain(
      "not-a-real-password",
    );

    expect(
      (await ada("GET", "/permission_sets/1/resources")).body.map(
        (r: { name: string }) => r.name,
      ),
    ).toEqual(["dashboards", "exports"]);
    expect(
      (await ada("GET", "/permission_sets/1/users/4/permissions")).body,
    ).toEqual([
      { resourceName: "dashboards", read: true, write: true, manage: false },
      { resourceName: "exports", read: false, write: false, manage: false },
    ]);
    expect(
      (await ada("GET", "/permission_sets/1/shares")).body[0],
    ).toMatchObject({
      owners: {
        users: [
          { id: 1, name: "Ada Admin" },
          { id: 2, name: "Ben Analyst" },
        ],
      },
    });
    expect((await ada("GET", "/match_targets")).body).toMatchObject([
      { id: 1, name: "Voter file", targetFileName: "voters.csv" },
    ]);
    expect((await callAs(app, 4)("GET", "/json_values/1")).body).toEqual({
      id: 1,
      name: "feature-flags",
      value: { newDashboard: true, maxRows: 500 },
    });
    expect((await ada("GET", "/json_values/2")).body.value).toEqual([1, 2, 3]);
    // Loading is not part of the request log.
    expect(app.requests.length).toBe(9);
  });

  const refusals: Array<[string, unknown, string]> = [
    [
      "a field the API refuses",
      { groups: [{ name: "ok" }, { name: 5 }] },
      "fixtures: groups[1].name: POST /groups answered 400: Invalid parameter: name must be string",
    ],
    [
      "a field the API does not know",
      { match_targets: [{ name: "m", colour: "red" }] },
      "fixtures: match_targets[0].colour: POST /match_targets answered 400: Unknown parameter: colour",
    ],
    [
      "a value_str that is not JSON",
      { json_values: [{ value_str: "{" }] },
      "fixtures: json_values[0].value_str: POST /json_values answered 400: Invalid parameter: value_str must be valid JSON",
    ],
    [
      "both value and value_str",
      { json_values: [{ value: 1, value_str: "1" }] },
      "fixtures: json_values[0]: gives both value and value_str",
    ],
    [
      "an id the emulator does not give",
      { groups: [{ name: "a", id: 9 }] },
      "fixtures: groups[0].id: the emulator gave this object id 4, not 9 (ids are handed out in order, after the seeded ones)",
    ],
    [
      "a member who does not exist",
      { groups: [{ name: "a", members: [2, 7] }] },
      "fixtures: groups[0].members[1]: PUT /groups/{id}/members/{user_id} answered 404: The requested user 7 could not be found.",
    ],
    [
      "an owner who does not exist",
      { match_targets: [{ name: "m", owner: 9 }] },
      "fixtures: match_targets[0].owner: there is no user 9",
    ],
    [
      "a share without a level",
      {
        credentials: [
          {
            type: "Custom",
            username: "u",
            password: "pw-secret-123",
            shares: [{ user_ids: [2] }],
          },
        ],
      },
      "fixtures: credentials[0].shares[0]: PUT /credentials/{id}/shares/users answered 400: Invalid parameter: permission_level is required",
    ],
    [
      "a share to neither users nor groups",
      {
        match_targets: [{ name: "m", shares: [{ permission_level: "read" }] }],
      },
      "fixtures: match_targets[0].shares[0]: needs either user_ids or group_ids",
    ],
    [
      "two resources of one name",
      {
        permission_sets: [
          { name: "p", resources: [{ name: "r" }, { name: "r" }] },
        ],
      },
      'fixtures: permission_sets[0].resources[1]: POST /permission_sets/{id}/resources answered 409: A resource named "r" already exists in this permission set.',
    ],
    [
      "a resource that a URL cannot name, before sharing it",
      {
        permission_sets: [
          {
            name: "p",
            resources: [
              {
                name: "..",
                shares: [{ user_ids: [2], permission_level: "read" }],
              },
            ],
          },
        ],
      },
      'fixtures: permission_sets[0].resources[0].shares[0]: a name of ".." cannot be reached by a URL',
    ],
    [
      "an API key in a user",
      { users: [{ id: 1, apiKey: "secret-key-1" }] },
      "fixtures: users[0].apiKey: keys are not fixtures: give them with keys (--keys or CIVIS_EMULATOR_KEY_<id>)",
    ],
    [
      "a terminal escape in a user's name",
      { users: [{ id: 1, name: "\u001b[31mred" }] },
      "fixtures: users[0].name: must be a line of text",
    ],
    [
      "an unknown section",
      { grups: [] },
      "fixtures: grups: unknown section (expected users, groups, credentials, permission_sets, match_targets, json_values)",
    ],
    [
      "a section that is not a list",
      { groups: { name: "a" } },
      "fixtures: groups: must be a list",
    ],
    [
      "fixtures that are not an object",
      "groups",
      "fixtures must be an object with any of: users, groups, credentials, permission_sets, match_targets, json_values",
    ],
  ];
  it.each(refusals)(
    "refuses %s, naming the entry",
    async (_, fixtures, message) => {
      let error: unknown;
      try {
        const app = create({ fixtures: fixtures as EmulatorFixtures });
        await app.ready;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(message);
      expect((error as Error).message).not.toMatch(/secret/);
    },
  );

  it("rejects startEmulator before it listens, and every request of an app that was not awaited", async () => {
    const fixtures = { groups: [{ name: 5 }] } as unknown as EmulatorFixtures;
    await expect(startEmulator({ fixtures })).rejects.toThrow(
      "fixtures: groups[0].name:",
    );
    const app = createEmulatorApp({ fixtures });
    await expect(callAs(app, 1)("GET", "/groups")).rejects.toThrow(
      "fixtures: groups[0].name:",
    );
  });

  it("reads YAML and JSON files, and names a syntax error's place without quoting the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "civis-fixtures-"));
    try {
      const json = join(dir, "f.json");
      writeFileSync(json, '{"match_targets": [{"name": "m"}]}');
      expect(readFixtureFile(json)).toEqual({ match_targets: [{ name: "m" }] });
      const broken = join(dir, "f.yaml");
      writeFileSync(
        broken,
        "credentials:\n  - password: secret-pw\n   bad: [\n",
      );
      let message = "";
      try {
        readFixtureFile(broken);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe(
        `--fixtures ${broken}: not valid JSON or YAML: Sequence item without - indicator at line 3, column 1:`,
      );
      expect(() => readFixtureFile(join(dir, "none.yaml"))).toThrow(
        `--fixtures ${join(dir, "none.yaml")}: cannot read it (ENOENT)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loads past faults and rate limits, which apply to requests only", async () => {
    const app = create({
      fixtures: {
        match_targets: [{ name: "a" }, { name: "b" }, { name: "c" }],
      },
      faults: { script: [503] },
      rateLimit: { enforce: true, limit: 1, windowMs: 60_000 },
    });
    await app.ready;
    expect((await callAs(app, 1)("GET", "/match_targets")).status).toBe(503);
    const listed = await callAs(app, 1)("GET", "/match_targets");
    expect(listed.body.map((m: { name: string }) => m.name)).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect((await callAs(app, 1)("GET", "/match_targets")).status).toBe(429);
  });

  it("users from the fixtures and from the options are one too many", () => {
    expect(() =>
      create({ users: [{ id: 1 }], fixtures: { users: [{ id: 1 }] } }),
    ).toThrow("users are given twice: in the options and in the fixtures");
  });
});

describe("reset", () => {
  it("returns to the fixtures and clears the request log", async () => {
    const app = create({ fixtures: readFixtureFile(example) });
    const ada = callAs(app, 1);
    await ada("PATCH", "/groups/4", { description: "changed" });
    await ada("POST", "/groups", { name: "Extra" });
    await ada("DELETE", "/groups/4/members/4");
    expect(app.requests.length).toBe(3);

    await app.reset();
    expect(app.requests).toEqual([]);
    const group = await ada("GET", "/groups/4");
    expect(group.body.description).toBe("Models and experiments");
    expect(group.body.members.map((m: { id: number }) => m.id)).toEqual([2, 4]);
    expect((await ada("GET", "/groups/5")).status).toBe(404);
    // Ids start again after the fixtures' own.
    expect((await ada("POST", "/groups", { name: "Again" })).body.id).toBe(5);
  });

  it("without fixtures, returns to the seeded state; keys stay", async () => {
    const app = create({});
    const keys = app.users.map((u) => u.apiKey);
    await callAs(app, 2)("POST", "/match_targets", { name: "m" });
    await app.reset();
    expect(app.users.map((u) => u.apiKey)).toEqual(keys);
    expect((await callAs(app, 1)("GET", "/match_targets")).body).toEqual([]);
    expect(
      (await callAs(app, 1)("GET", "/groups")).body.map(
        (g: { id: number }) => g.id,
      ),
    ).toEqual([1, 2, 3]);
  });

  it("is POST /__emulator/reset for admins only, and outside the API's description", async () => {
    const app = create({ fixtures: { match_targets: [{ name: "kept" }] } });
    await callAs(app, 2)("POST", "/match_targets", { name: "gone" });

    expect(await callAs(app)("POST", "/__emulator/reset")).toMatchObject({
      status: 401,
    });
    const refused = await callAs(app, 2)("POST", "/__emulator/reset");
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: "forbidden",
      errorDescription: "Only an admin may reset the emulator.",
      code: 403,
    });
    expect((await callAs(app, 1)("GET", "/__emulator/reset")).status).toBe(404);
    expect((await callAs(app, 1)("GET", "/match_targets")).body).toHaveLength(
      2,
    );

    const reset = await callAs(app, 1)("POST", "/__emulator/reset");
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ reset: "fixtures" });
    // The log starts again with the reset itself.
    expect(
      app.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
    ).toEqual(["POST /__emulator/reset 200"]);
    expect(
      (await callAs(app, 1)("GET", "/match_targets")).body.map(
        (m: { name: string }) => m.name,
      ),
    ).toEqual(["kept"]);

    const description = await callAs(app, 1)("GET", "/endpoints");
    expect(JSON.stringify(description.body)).not.toContain("__emulator");
  });
});
