// The data file in-process: a write is in the file when its answer arrives;
// a restart on the file answers as before (every kind of object, shares,
// members, resources, keys); what cannot be saved is a 500, not a 2xx; files
// written for other users, or not by the emulator, are refused untouched.
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createEmulatorApp,
  type EmulatorApp,
  type EmulatorAppOptions,
} from "../../src/emulator/index.js";
import { readFixtureFile } from "../../src/emulator/fixtures.js";
import { callAs, useCheckedApps } from "../helpers/emulator.js";

const fixtureFile = new URL("../fixtures/emulator.yaml", import.meta.url);
let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});
const dataFile = () =>
  join((dir = mkdtempSync(join(tmpdir(), "civis-emulator-"))), "state.json");

const create = useCheckedApps();
async function open(options: EmulatorAppOptions): Promise<EmulatorApp> {
  const app = create(options);
  await app.ready;
  return app;
}

const stored = (file: string) =>
  JSON.parse(readFileSync(file, "utf8")) as {
    keys: Record<string, string>;
    jsonValues: Array<{ id: number; name: string; value: unknown }>;
  };

describe("the data file", () => {
  it("holds a write by the time its 2xx answer arrives", async () => {
    const file = dataFile();
    const app = await open({ dataFile: file });
    expect(stored(file).jsonValues).toEqual([]);
    // It holds API keys and passwords.
    if (process.platform !== "win32")
      expect(statSync(file).mode & 0o777).toBe(0o600);
    const res = await callAs(app, 2)("POST", "/json_values", {
      name: "flags",
      value_str: '{"Keep": {"Case": 1}}',
    });
    expect(res.status).toBe(201);
    expect(stored(file).jsonValues).toEqual([
      expect.objectContaining({
        id: 1,
        name: "flags",
        value: { Keep: { Case: 1 } },
        ownerId: 2,
      }),
    ]);
  });

  it("answers after a restart as before it, keys included", async () => {
    const file = dataFile();
    const fixtures = readFixtureFile(fixtureFile.pathname);
    const before = await open({ dataFile: file, fixtures });
    const ada = callAs(before, 1);
    expect((await ada("PUT", "/groups/4/members/3")).status).toBe(200);
    expect(
      (await ada("PUT", "/match_targets/1/archive", { status: true })).status,
    ).toBe(200);
    const paths = [
      "/groups/4",
      "/groups/4/shares",
      "/groups?limit=10",
      "/credentials/1",
      "/credentials/1/shares",
      "/permission_sets/1",
      "/permission_sets/1/resources",
      "/permission_sets/1/resources/dashboards/shares",
      "/permission_sets/1/users/4/permissions",
      "/match_targets",
      "/json_values/1",
      "/json_values/2",
    ];
    const answers = async (app: EmulatorApp) =>
      Promise.all(
        paths.map(async (p) => {
          const { status, body } = await callAs(app, 1)("GET", p);
          return { status, body };
        }),
      );
    const expected = await answers(before);

    // The fixtures are there for reset(); the file wins at start.
    const after = await open({ dataFile: file, fixtures });
    expect(after.users).toEqual(before.users);
    expect(await answers(after)).toEqual(expected);
    expect(expected[0]).toMatchObject({
      status: 200,
      body: { id: 4, name: "Data Science", memberCount: 3 },
    });
    expect(expected[9]).toMatchObject({ status: 200, body: [] });

    // New ids follow the old ones.
    const made = await callAs(after, 2)("POST", "/match_targets", {
      name: "n",
    });
    expect(made.body.id).toBe(2);
  });

  it("saves what reset() returns to", async () => {
    const file = dataFile();
    const fixtures = { json_values: [{ name: "kept", value: 1 }] };
    const app = await open({ dataFile: file, fixtures });
    await callAs(app, 1)("POST", "/json_values", { value_str: "2" });
    expect(stored(file).jsonValues.map((v) => v.value)).toEqual([1, 2]);
    await app.reset();
    expect(stored(file).jsonValues.map((v) => v.value)).toEqual([1]);
  });

  it("keeps the file's keys unless keys are given, and saves the given ones", async () => {
    const file = dataFile();
    const first = await open({ dataFile: file });
    const second = await open({
      dataFile: file,
      keys: { 2: "fixed-key-of-ben" },
    });
    expect(second.users.map((u) => u.apiKey)).toEqual([
      first.users[0]!.apiKey,
      "fixed-key-of-ben",
      first.users[2]!.apiKey,
    ]);
    expect(stored(file).keys["2"]).toBe("fixed-key-of-ben");
    // The key from the file still opens the door.
    expect((await callAs(second, 1)("GET", "/groups/1")).status).toBe(200);
  });

  it("refuses a file written for other users, or not by the emulator, and leaves it alone", async () => {
    const file = dataFile();
    await open({ dataFile: file });
    const text = readFileSync(file, "utf8");
    expect(() =>
      createEmulatorApp({ dataFile: file, users: [{ id: 1 }, { id: 5 }] }),
    ).toThrow(
      "the data file was written for users 1, 2, 3, not 1, 5; use another data file",
    );
    expect(readFileSync(file, "utf8")).toBe(text);

    writeFileSync(file, '{"name": "my-app", "version": "1.0.0"}');
    expect(() => createEmulatorApp({ dataFile: file })).toThrow(
      `data file ${file}: refused, it is not an emulator data file. It is left as it is; move it away to start afresh.`,
    );
    writeFileSync(file, "");
    expect(() => createEmulatorApp({ dataFile: file })).toThrow(
      `data file ${file}: refused, it is empty.`,
    );
    const shuffled = text.replace(
      '"lastId":{"matchTargets":0',
      '"lastId":{"matchTargets":-1',
    );
    writeFileSync(file, shuffled);
    expect(() => createEmulatorApp({ dataFile: file })).toThrow(
      "it does not have the expected shape (lastId.matchTargets must be >= 0)",
    );
    expect(readFileSync(file, "utf8")).toBe(shuffled);
  });

  it("answers 500, not 2xx, to a write it could not save", async () => {
    const file = dataFile();
    const errors: string[] = [];
    const app = createEmulatorApp({
      dataFile: file,
      onError: (_error, where) =>
        errors.push(`${where.method} ${where.path} ${where.operationId}`),
    });
    await app.ready;
    rmSync(dir, { recursive: true, force: true });
    const res = await callAs(app, 1)("POST", "/match_targets", { name: "m" });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      error: "internal_server_error",
      errorDescription:
        "The emulator could not save this change to its data file; it holds in memory only.",
      code: 500,
    });
    expect(errors).toEqual(["POST /match_targets match_targets_post"]);
    expect(app.requests.map((r) => r.status)).toEqual([500]);
    // Reads need no file.
    expect((await callAs(app, 1)("GET", "/match_targets")).status).toBe(200);
  });

  it("refuses a dataFile that is not a path, and a directory that does not exist", async () => {
    expect(() =>
      createEmulatorApp({ dataFile: 42 as unknown as string }),
    ).toThrow("dataFile must be a file path");
    const missing = join(tmpdir(), "civis-emulator-no-such-dir", "state.json");
    const app = createEmulatorApp({ dataFile: missing });
    await expect(app.ready).rejects.toThrow(
      `data file ${missing}: cannot write it (ENOENT)`,
    );
    await expect(
      app.handle(new Request("http://emulator.test/groups")),
    ).rejects.toThrow("cannot write it");
  });
});
