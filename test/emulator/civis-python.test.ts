// The emulator spoken to exactly as civis-python (requests) speaks to the
// Civis API: HTTP Basic with the key as user name and an empty password,
// `True`/`False` query booleans, `Content-Type: application/json` and a `{}`
// body on every request, GET and DELETE included, snake_case bodies, no
// trailing slash. Plain node:http, not our client (fetch refuses a GET body).
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  keyOf,
  startTestEmulator,
  type TestEmulator,
} from "../helpers/emulator.js";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** One request as civis-python sends it, as seeded user `userId`. */
function civisPython(
  userId: number,
  method: string,
  path: string,
  body: Record<string, unknown> = {},
): Promise<Answer> {
  const key = keyOf(emulator, userId);
  const text = JSON.stringify(body);
  const url = new URL(path, emulator.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        headers: {
          Authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}`,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(text),
          Accept: "*/*",
          "Accept-Encoding": "identity",
          "User-Agent": "civis-python/2.9.0 requests/2.32.3",
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: raw === "" ? undefined : JSON.parse(raw),
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}

type Group = { id: number; name: string; members: { id: number }[] };

describe("the emulator, as civis-python calls it", () => {
  it("lists groups with include_members=True", async () => {
    const answer = await civisPython(1, "GET", "/groups?include_members=True");
    expect(answer.status).toBe(200);
    expect(answer.headers["x-pagination-total-entries"]).toBe("3");
    const groups = answer.body as Group[];
    expect(groups.map((g) => [g.name, g.members.map((m) => m.id)])).toEqual([
      ["Admins", [1]],
      ["Analysts", [1, 2]],
      ["Interns", [3]],
    ]);
    const without = await civisPython(
      1,
      "GET",
      "/groups?include_members=False",
    );
    expect(without.status).toBe(200);
    expect((without.body as Group[]).map((g) => g.members)).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("lists credentials with default=False", async () => {
    const created = await civisPython(2, "POST", "/credentials", {
      type: "Custom",
      username: "svc",
      password: "not-a-real-password",
      name: "From Python",
    });
    expect(created.status).toBe(201);
    const answer = await civisPython(
      2,
      "GET",
      "/credentials?default=False&system_credentials=False",
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      expect.objectContaining({
        id: (created.body as { id: number }).id,
        name: "From Python",
        type: "Custom",
        username: "svc",
        default: false,
      }),
    ]);
    expect(JSON.stringify(answer.body)).not.toContain("not-a-real-password");
  });

  it("creates, reads, fills and deletes a group, with snake_case bodies", async () => {
    const created = await civisPython(2, "POST", "/groups", {
      name: "Python team",
      description: "Made by civis-python",
      default_time_zone: "America/Chicago",
    });
    expect(created).toMatchObject({
      status: 201,
      body: {
        name: "Python team",
        description: "Made by civis-python",
        defaultTimeZone: "America/Chicago",
        members: [],
      },
    });
    const path = `/groups/${(created.body as Group).id}`;
    const added = await civisPython(2, "PUT", `${path}/members/3`);
    expect(added.status).toBe(200);
    expect((added.body as Group).members.map((m) => m.id)).toEqual([3]);
    const got = await civisPython(3, "GET", path);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ memberCount: 1 });
    const gone = await civisPython(2, "DELETE", path);
    expect(gone).toMatchObject({ status: 204, body: undefined });
    expect((await civisPython(2, "GET", path)).status).toBe(404);
  });

  it("gets credential types, authenticates, and reads archived as a boolean", async () => {
    const types = await civisPython(1, "GET", "/credentials/types");
    expect(types.status).toBe(200);
    expect(types.body).toEqual({
      types: expect.arrayContaining(["Amazon Web Services S3", "Database"]),
    });

    const host = emulator.app.state.remoteHosts[0]!;
    const account = host.accounts[0]!;
    const authed = await civisPython(3, "POST", "/credentials/authenticate", {
      url: host.url,
      remote_host_type: host.type,
      username: account.username,
      password: account.password,
    });
    expect(authed).toMatchObject({ status: 200, body: { success: true } });

    const set = await civisPython(2, "POST", "/permission_sets", {
      name: "Python set",
    });
    expect(set).toMatchObject({ status: 201, body: { archived: false } });
    const listed = await civisPython(2, "GET", "/permission_sets?archived=all");
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ name: "Python set", archived: false }),
    ]);
  });

  it("says which parameter is wrong, as the real API does", async () => {
    const answer = await civisPython(1, "GET", "/groups?include_members=Yes");
    expect(answer).toMatchObject({
      status: 400,
      body: {
        error: expect.any(String),
        errorDescription: "Invalid parameter: include_members must be boolean",
        code: 400,
      },
    });
  });
});
