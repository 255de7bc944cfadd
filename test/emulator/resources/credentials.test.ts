// Credentials: lifecycle, passwords never returned, types, admin-only
// fields, defaults, list filters and pagination, authenticate, temporary S3
// credentials (shares, transfer, dependencies: families.test.ts).
import { afterEach, describe, expect, it } from "vitest";
import {
  creatableCredentialTypes,
  listedOnlyCredentialTypes,
} from "../../helpers/credential-types.js";
import { errorBody, useApi } from "./harness.js";

const api = useApi();
const passwords = api.state.remoteHosts.flatMap((host) =>
  host.accounts.map((account) => account.password),
);
// Registered after useApi's own, so it runs first: no response of the test
// that just ran holds a password, or the word.
afterEach(() => {
  for (const text of api.transcript) {
    for (const p of passwords)
      expect(text.includes(p), "a password leaked").toBe(false);
    expect(text).not.toMatch(/"password"/i);
  }
});

/** A password that no response may ever contain. */
let counter = 0;
function secret(): string {
  const p = `pw-${++counter}-${Math.random().toString(36).slice(2)}`;
  passwords.push(p);
  return p;
}

const ids = (body: Array<{ id: number }>) => body.map((c) => c.id);

describe("credentials", () => {
  it("creates, gets, puts, patches and deletes; never returns the password", async () => {
    const created = await api.as(2).post("/credentials", {
      type: "Custom",
      username: "svc",
      password: secret(),
      name: "Service",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "Service",
      type: "Custom",
      username: "svc",
      description: null,
      owner: "ben",
      user: {
        id: 2,
        name: "Ben Analyst",
        username: "ben",
        initials: "BA",
        online: false,
      },
      remoteHostId: null,
      remoteHostName: null,
      state: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      default: false,
      oauth: false,
    });
    const path = `/credentials/${created.body.id}`;
    expect((await api.as(2).get(path)).body).toEqual(created.body);

    const put = await api.as(2).put(path, {
      type: "Database",
      username: "db",
      password: secret(),
      remote_host_id: 1,
      description: "warehouse",
    });
    expect(put.body).toMatchObject({
      name: null,
      type: "Database",
      username: "db",
      description: "warehouse",
      remoteHostId: 1,
      remoteHostName: "Analytics Postgres",
    });
    const patched = await api
      .as(2)
      .patch(path, { password: secret(), state: "IL" });
    expect(patched.body).toMatchObject({
      username: "db",
      state: "IL",
      remoteHostId: 1,
    });

    // Deleting needs manage: unseen is a 404, write a 403.
    expect((await api.as(3).delete(path)).status).toBe(404);
    await api.as(2).put(`${path}/shares/users`, {
      user_ids: [3],
      permission_level: "write",
    });
    expect((await api.as(3).delete(path)).status).toBe(403);
    const deleted = await api.as(2).delete(path);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect((await api.as(2).get(path)).status).toBe(404);
  });

  it("lists every type and rejects types that cannot be created", async () => {
    const types = await api.as(3).get("/credentials/types");
    expect(types.status).toBe(200);
    expect(types.body.types).toEqual(
      expect.arrayContaining([
        ...creatableCredentialTypes,
        ...listedOnlyCredentialTypes,
      ]),
    );
    const bad = await api.as(2).post("/credentials", {
      type: "Github",
      username: "u",
      password: secret(),
    });
    expect(bad).toMatchObject({ status: 400, body: errorBody(400) });
    expect(bad.body.errorDescription).toContain("type");
  });

  it("checks references and admin-only fields", async () => {
    const base = () => ({ type: "Custom", username: "u", password: secret() });
    expect(
      (await api.as(2).post("/credentials", { ...base(), remote_host_id: 99 }))
        .status,
    ).toBe(404);
    expect(
      (await api.as(2).post("/credentials", { ...base(), user_id: 3 })).status,
    ).toBe(403);
    expect(
      (await api.as(2).post("/credentials", { ...base(), user_id: 2 })).status,
    ).toBe(201);
    expect(
      (
        await api
          .as(2)
          .post("/credentials", { ...base(), system_credential: true })
      ).status,
    ).toBe(403);
    expect(
      (await api.as(1).post("/credentials", { ...base(), user_id: 999 }))
        .status,
    ).toBe(404);

    const forCy = await api
      .as(1)
      .post("/credentials", { ...base(), user_id: 3 });
    expect(forCy.body).toMatchObject({ owner: "cy", user: { id: 3 } });
    expect((await api.as(3).get(`/credentials/${forCy.body.id}`)).status).toBe(
      200,
    );

    const system = await api
      .as(1)
      .post("/credentials", { ...base(), system_credential: true });
    expect(system.status).toBe(201);
    expect(system.body.owner).toBe("civis-robot");
    const systemPath = `/credentials/${system.body.id}`;
    expect((await api.as(1).get(systemPath)).status).toBe(200);
    // Hidden from non-admins even when shared.
    await api.as(1).put(`${systemPath}/shares/users`, {
      user_ids: [2],
      permission_level: "read",
    });
    expect((await api.as(2).get(systemPath)).status).toBe(404);
    expect(
      ids(
        (await api.as(1).get("/credentials", { system_credentials: true }))
          .body,
      ),
    ).toEqual([system.body.id]);
    expect(
      (await api.as(2).get("/credentials", { system_credentials: true })).body,
    ).toEqual([]);

    const notDb = await api
      .as(2)
      .post("/credentials", { ...base(), default: true });
    expect(notDb.status).toBe(400);
    expect(notDb.body.errorDescription).toContain("default");
  });

  it("keeps one default per owner and remote host", async () => {
    const db = (name: string) => ({
      type: "Database",
      username: name,
      password: secret(),
      name,
      remote_host_id: 2,
      default: true,
    });
    const a = await api.as(3).post("/credentials", db("a"));
    const b = await api.as(3).post("/credentials", db("b"));
    expect(a.body.default).toBe(true);
    expect(b.body.default).toBe(true);
    expect(
      (await api.as(3).get(`/credentials/${a.body.id}`)).body.default,
    ).toBe(false);
    const defaults = await api.as(3).get("/credentials", { default: true });
    expect(ids(defaults.body)).toEqual([b.body.id]);
  });

  it("lists with filters, updated_at desc by default, and pagination headers", async () => {
    const made: number[] = [];
    for (const [type, name] of [
      ["Custom", "List Alpha"],
      ["Google", "list beta"],
      ["Database", "List Gamma"],
    ] as const)
      made.push(
        (
          await api.as(2).post("/credentials", {
            type,
            username: "x",
            password: secret(),
            name,
          })
        ).body.id,
      );
    const list = await api.as(2).get("/credentials", { name: "LIST " });
    expect(ids(list.body)).toEqual([...made].reverse());
    expect(list.headers.get("X-Pagination-Per-Page")).toBe("1000");
    expect(list.headers.get("X-Pagination-Current-Page")).toBe("1");
    expect(list.headers.get("X-Pagination-Total-Pages")).toBe("1");
    expect(list.headers.get("X-Pagination-Total-Entries")).toBe("3");

    const page = await api.as(2).get("/credentials", {
      name: "list",
      limit: 2,
      page_num: 2,
      order: "name",
      order_dir: "asc",
    });
    expect(page.body.map((c: { name: string }) => c.name)).toEqual([
      "List Gamma",
    ]);
    expect(page.headers.get("X-Pagination-Total-Pages")).toBe("2");
    expect((await api.as(2).get("/credentials", { limit: 1001 })).status).toBe(
      400,
    );

    const typed = await api
      .as(2)
      .get("/credentials", { name: "list", type: "Custom,Google" });
    expect(ids(typed.body)).toEqual([made[1], made[0]]);

    // Only what the caller can read; `users` narrows by owner.
    expect(
      ids((await api.as(3).get("/credentials", { name: "list" })).body),
    ).toEqual([]);
    expect(
      (await api.as(1).get("/credentials", { users: "2", name: "list" })).body,
    ).toHaveLength(3);
    expect(
      (await api.as(1).get("/credentials", { users: "3", name: "list" })).body,
    ).toHaveLength(0);
    const withHost = await api.as(2).post("/credentials", {
      type: "Database",
      username: "h",
      password: secret(),
      remote_host_id: 2,
    });
    expect(
      ids((await api.as(2).get("/credentials", { remote_host_id: 2 })).body),
    ).toEqual([withHost.body.id]);
  });

  it("authenticates against the remote-host table", async () => {
    const host = api.state.remoteHosts[0]!;
    const account = host.accounts[0]!;
    const ok = await api.as(3).post("/credentials/authenticate", {
      url: host.url,
      remote_host_type: host.type,
      username: account.username,
      password: account.password,
    });
    // As recorded: `{success: true}`, not the credential the seed prints.
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ success: true });
    const again = await api.as(3).post("/credentials/authenticate", {
      url: host.url,
      remote_host_type: host.type,
      username: account.username,
      password: account.password,
    });
    expect(again.body).toEqual({ success: true });
    // The caller has one credential for that host and username.
    const mine = await api
      .as(3)
      .get("/credentials", { remote_host_id: host.id, users: "3" });
    expect(mine.body).toEqual([
      expect.objectContaining({
        type: "Database",
        username: account.username,
        owner: "cy",
        remoteHostId: host.id,
        remoteHostName: host.name,
      }),
    ]);

    const wrong = [
      {
        url: host.url,
        remote_host_type: host.type,
        username: account.username,
        password: secret(),
      },
      {
        url: host.url,
        remote_host_type: host.type,
        username: "nobody",
        password: account.password,
      },
      {
        url: "postgres://elsewhere.test/db",
        remote_host_type: host.type,
        username: account.username,
        password: account.password,
      },
      {
        url: host.url,
        remote_host_type: "RemoteHostTypes::Redshift",
        username: account.username,
        password: account.password,
      },
    ];
    for (const body of wrong) {
      const r = await api.as(3).post("/credentials/authenticate", body);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({
        error: "authentication_error",
        errorDescription: "Username or password is incorrect.",
        code: 400,
      });
    }
  });

  it("mints temporary credentials for S3 only, for readers", async () => {
    const s3 = await api.as(2).post("/credentials", {
      type: "Amazon Web Services S3",
      username: "AKIA",
      password: secret(),
    });
    const path = `/credentials/${s3.body.id}/temporary`;
    for (const body of [undefined, { duration: 900 }, { duration: 129600 }]) {
      const r = await api.as(2).post(path, body);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        accessKey: expect.stringMatching(/.+/),
        secretAccessKey: expect.stringMatching(/.+/),
        sessionToken: expect.stringMatching(/.+/),
      });
    }
    const one = (await api.as(2).post(path)).body;
    const two = (await api.as(2).post(path)).body;
    expect(one.sessionToken).not.toBe(two.sessionToken);
    expect((await api.as(2).post(path, { duration: 899 })).status).toBe(400);
    expect((await api.as(2).post(path, { duration: 129601 })).status).toBe(400);
    expect((await api.as(3).post(path)).status).toBe(404);
    await api.as(2).put(`/credentials/${s3.body.id}/shares/users`, {
      user_ids: [3],
      permission_level: "read",
    });
    expect((await api.as(3).post(path)).status).toBe(200);

    const custom = await api.as(2).post("/credentials", {
      type: "Custom",
      username: "c",
      password: secret(),
    });
    expect(
      (await api.as(2).post(`/credentials/${custom.body.id}/temporary`)).status,
    ).toBe(400);
  });
});
