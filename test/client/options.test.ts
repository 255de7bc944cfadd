// Client construction (key, base URL, env), what goes on the wire (only what
// the caller supplied; headers), and the per-call options: timeoutMs, signal,
// retries, onResponse. Requests are inspected at the server (helpers.ts taps
// the emulator's HTTP server; the Authorization header is never kept).
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import {
  APIClient,
  CivisTimeoutError,
  responseMeta,
  type ResponseMeta,
} from "../../src/index.js";
import { VERSION } from "../../src/version.js";
import {
  clientFor,
  collect,
  keyOf,
  rejectionOf,
  useEmulator,
  withEnv,
} from "./helpers.js";

const { emu, admin } = useEmulator();

describe("construction", () => {
  it("no key: a clear error naming CIVIS_API_KEY", async () => {
    await withEnv({ CIVIS_API_KEY: undefined }, () => {
      expect(() => new APIClient({ baseUrl: emu.url })).toThrow(
        /CIVIS_API_KEY/,
      );
      expect(() => new APIClient({ apiKey: "", baseUrl: emu.url })).toThrow(
        /CIVIS_API_KEY/,
      );
    });
  });

  it("reads CIVIS_API_KEY and CIVIS_API_ENDPOINT", async () => {
    await withEnv(
      { CIVIS_API_KEY: keyOf(emu, 2), CIVIS_API_ENDPOINT: `${emu.url}/` },
      async () => {
        const client = new APIClient();
        expect(client.baseUrl).toBe(emu.url);
        await client.groups.list();
        expect(emu.requests.map((r) => [r.path, r.userId])).toEqual([
          ["/groups", 2],
        ]);
      },
    );
  });

  it("explicit options win over the environment", async () => {
    await withEnv(
      { CIVIS_API_KEY: "env-key", CIVIS_API_ENDPOINT: "https://env.example" },
      async () => {
        const client = new APIClient({
          apiKey: keyOf(emu, 3),
          baseUrl: emu.url,
        });
        await client.groups.list();
        expect(emu.requests[0]!.userId).toBe(3);
      },
    );
  });

  it("the default base URL is the Civis API", async () => {
    await withEnv({ CIVIS_API_ENDPOINT: undefined }, () => {
      expect(new APIClient({ apiKey: "k" }).baseUrl).toBe(
        "https://api.civisanalytics.com",
      );
    });
  });

  it("plain http is refused unless the host is loopback", () => {
    for (const url of [
      "http://example.com",
      "http://api.civisanalytics.com/",
      "http://10.0.0.1:8080",
      "http://127.0.0.1.example.com",
    ])
      expect(() => new APIClient({ apiKey: "k", baseUrl: url }), url).toThrow(
        TypeError,
      );
    for (const url of [
      "http://127.0.0.1",
      "http://127.0.0.1:8080/",
      "http://localhost:3000",
      "http://[::1]:3000",
      "https://example.com",
    ])
      expect(
        () => new APIClient({ apiKey: "k", baseUrl: url }),
        url,
      ).not.toThrow();
    expect(() => new APIClient({ apiKey: "k", baseUrl: "ftp://x" })).toThrow(
      TypeError,
    );
    expect(() => new APIClient({ apiKey: "k", baseUrl: "not a url" })).toThrow(
      TypeError,
    );
  });

  it("a trailing slash on the base URL does not double the path's", async () => {
    const client = new APIClient({
      apiKey: keyOf(emu, 1),
      baseUrl: `${emu.url}/`,
    });
    await client.groups.get(1);
    expect(emu.wire.map((w) => w.url)).toEqual(["/groups/1"]);
  });

  it("a bad timeoutMs or key is refused at construction", () => {
    expect(
      () => new APIClient({ apiKey: "k", baseUrl: emu.url, timeoutMs: 0 }),
    ).toThrow(RangeError);
    expect(
      () => new APIClient({ apiKey: "k", baseUrl: emu.url, timeoutMs: -5 }),
    ).toThrow(RangeError);
    const err = (() => {
      try {
        new APIClient({ apiKey: "line\nbreak-key", baseUrl: emu.url });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(TypeError);
    expect(err!.message).not.toContain("break-key");
  });

  it("a misspelt or unknown option is a TypeError, not ignored", () => {
    expect(
      () =>
        new APIClient({
          apiKey: "k",
          baseUrl: emu.url,
          onlog: () => {},
        } as never),
    ).toThrow(/unknown option "onlog"/);
    expect(() => new APIClient(null as never)).toThrow(TypeError);
  });

  it("under Deno: asks only for the variables the options do not give, and never prompts", async () => {
    const g = globalThis as { Deno?: unknown };
    const asked: string[] = [];
    g.Deno = {
      permissions: {
        querySync: ({ variable }: { variable: string }) => {
          asked.push(variable);
          return { state: "prompt" };
        },
      },
      env: {
        get: () => {
          throw new Error("read without permission");
        },
      },
    };
    try {
      const client = new APIClient({ apiKey: keyOf(emu, 1), baseUrl: emu.url });
      expect(asked).toEqual(["CIVIS_JOB_ID", "CIVIS_RUN_ID"]);
      asked.length = 0;
      new APIClient({
        apiKey: "k",
        baseUrl: emu.url,
        headers: { "X-Civis-Job-ID": "1", "X-Civis-Run-ID": "2" },
      });
      expect(asked).toEqual([]);
      await client.groups.get(1);
      expect(emu.wire[0]!.headers["x-civis-job-id"]).toBeUndefined();
    } finally {
      delete g.Deno;
    }
  });

  it("VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});

describe("headers", () => {
  it("Basic auth with the key, User-Agent, JSON content type", async () => {
    await admin.groups.post("Headers");
    await admin.groups.get(1);
    const [post, get] = emu.wire;
    // The emulator authenticated user 1 from the Authorization header.
    expect(emu.requests.map((r) => r.userId)).toEqual([1, 1]);
    expect(post!.headers["user-agent"]).toBe(
      `civis-api/${VERSION} node/${process.versions.node}`,
    );
    expect(post!.headers["content-type"]).toMatch(/^application\/json/);
    expect(get!.headers["user-agent"]).toMatch(/^civis-api\//);
  });

  it("userAgent and extra headers options", async () => {
    const client = clientFor(emu, 1, {
      userAgent: "my-app/1.0",
      headers: { "X-Trace": "abc" },
    });
    await client.groups.get(1);
    expect(emu.wire[0]!.headers).toMatchObject({
      "user-agent": "my-app/1.0",
      "x-trace": "abc",
    });
  });

  it("X-Civis-Job-ID / X-Civis-Run-ID when CIVIS_JOB_ID / CIVIS_RUN_ID are set", async () => {
    await withEnv({ CIVIS_JOB_ID: "123", CIVIS_RUN_ID: "456" }, async () => {
      const client = clientFor(emu, 1);
      await client.groups.get(1);
    });
    expect(emu.wire[0]!.headers).toMatchObject({
      "x-civis-job-id": "123",
      "x-civis-run-id": "456",
    });
  });

  it("no X-Civis-Job-ID / X-Civis-Run-ID when they are not set", async () => {
    await withEnv(
      { CIVIS_JOB_ID: undefined, CIVIS_RUN_ID: undefined },
      async () => {
        const client = clientFor(emu, 1);
        await client.groups.get(1);
      },
    );
    expect(emu.wire[0]!.headers).not.toHaveProperty("x-civis-job-id");
    expect(emu.wire[0]!.headers).not.toHaveProperty("x-civis-run-id");
  });

  it("every retry sends the same headers and body", async () => {
    emu.setFaults({ script: [503], retryAfterSeconds: 0 });
    await admin.groups.post("Twice, same body", { description: "d" });
    expect(emu.wire).toHaveLength(2);
    expect(emu.wire[1]!.body).toBe(emu.wire[0]!.body);
    expect(emu.wire[1]!.headers["user-agent"]).toBe(
      emu.wire[0]!.headers["user-agent"],
    );
    expect(emu.requests.map((r) => r.userId)).toEqual([null, 1]);
  });
});

describe("only what the caller supplied is sent", () => {
  it("no options: no query string at all", async () => {
    await admin.groups.list();
    await admin.credentials.list();
    await admin.permission_sets.list();
    expect(emu.wire.map((w) => w.url)).toEqual([
      "/groups",
      "/credentials",
      "/permission_sets",
    ]);
  });

  it("undefined options are absent, never the string 'undefined'", async () => {
    await admin.groups.list({
      query: undefined,
      limit: undefined,
      user_ids: undefined,
      include_members: undefined,
    });
    const g = await admin.groups.post("Sparse", {
      description: undefined,
      slug: undefined,
    });
    await admin.groups.patch(g.id, {
      description: "only this",
      name: undefined,
    });
    await admin.credentials.post("Custom", "u", "p", { name: undefined });
    const [list, post, patch, cred] = emu.wire;
    expect(list!.url).toBe("/groups");
    expect(JSON.parse(post!.body)).toEqual({ name: "Sparse" });
    expect(JSON.parse(patch!.body)).toEqual({ description: "only this" });
    expect(Object.keys(JSON.parse(cred!.body) as object)).toEqual([
      "type",
      "username",
      "password",
    ]);
    for (const w of emu.wire) {
      expect(w.url).not.toMatch(/undefined|null/);
      expect(w.body).not.toMatch(/undefined/);
    }
    // The server kept what it was not told about.
    expect((await admin.groups.get(g.id)).name).toBe("Sparse");
  });

  it("query values in the Civis format: arrays as name[]=, booleans, comma lists", async () => {
    await admin.groups.list({
      user_ids: [1, 2],
      include_members: false,
      limit: 5,
      order_dir: "desc",
    });
    await admin.credentials.list({ type: "Database,Custom", users: "1,2" });
    await admin.json_values.list_dependencies(
      (await admin.json_values.post("1")).id,
      { user_id: 2 },
    );
    const [groups, creds, , deps] = emu.wire;
    // Brackets as civis-python sends them (literal, or %5B%5D-encoded).
    expect(decodeURIComponent(groups!.url)).toContain(
      "user_ids[]=1&user_ids[]=2",
    );
    expect(groups!.query.getAll("user_ids[]")).toEqual(["1", "2"]);
    expect(groups!.query.get("include_members")).toBe("false");
    expect(groups!.query.get("limit")).toBe("5");
    expect(groups!.query.get("order_dir")).toBe("desc");
    expect([...groups!.query.keys()].sort()).toEqual(
      [
        "include_members",
        "limit",
        "order_dir",
        "user_ids[]",
        "user_ids[]",
      ].sort(),
    );
    expect(creds!.query.get("type")).toBe("Database,Custom");
    expect(creds!.query.get("users")).toBe("1,2");
    expect(deps!.url).toMatch(/\/dependencies\?user_id=2$/);
  });

  it("request bodies go out in snake_case, as the spec declares them", async () => {
    const g = await admin.groups.post("Snake", {
      default_time_zone: "UTC",
      default_otp_required_for_login: true,
      role_ids: [],
    });
    await admin.groups.put_shares_users(g.id, [2], "read", {
      send_shared_email: false,
    });
    expect(JSON.parse(emu.wire[0]!.body)).toEqual({
      name: "Snake",
      default_time_zone: "UTC",
      default_otp_required_for_login: true,
      role_ids: [],
    });
    expect(JSON.parse(emu.wire[1]!.body)).toEqual({
      user_ids: [2],
      permission_level: "read",
      send_shared_email: false,
    });
  });

  it("GET and DELETE carry no body; false and 0-like values are sent", async () => {
    const mt = await admin.match_targets.post("Flags", { archived: false });
    await admin.match_targets.put_archive(mt.id, false);
    await admin.match_targets.delete_shares_users(mt.id, 2);
    await admin.match_targets.get(mt.id);
    const [post, archive, del, get] = emu.wire;
    expect(JSON.parse(post!.body)).toEqual({ name: "Flags", archived: false });
    expect(JSON.parse(archive!.body)).toEqual({ status: false });
    expect(del!.body).toBe("");
    expect(get!.body).toBe("");
  });
});

describe("per-call options", () => {
  it("timeoutMs: a slow answer is a CivisTimeoutError", async () => {
    emu.setFaults({ latencyMs: 30_000 });
    const err = await rejectionOf(
      admin.groups.get(1, { timeoutMs: 50, retries: false }),
    );
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expect(err).toMatchObject({
      name: "CivisTimeoutError",
      method: "GET",
      path: "/groups/1",
      timeoutMs: 50,
      tries: 1,
    });
    expect((err as Error).message).toMatch(/timed out.*\(GET \/groups\/1\)/);
    await vi.waitFor(() => expect(emu.requestCount({ status: 499 })).toBe(1));
  });

  it("the client's timeoutMs; a timed-out GET is retried, a POST is not", async () => {
    const client = clientFor(emu, 1, {
      timeoutMs: 50,
      retries: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    emu.setFaults({ latencyMs: 30_000 });
    const get = await rejectionOf(client.groups.get(1));
    expect(get).toBeInstanceOf(CivisTimeoutError);
    expect(get).toMatchObject({ tries: 2, timeoutMs: 50 });
    const post = await rejectionOf(client.groups.post("slow"));
    expect(post).toBeInstanceOf(CivisTimeoutError);
    expect(post).toMatchObject({ tries: 1 });
    await vi.waitFor(() => expect(emu.requestCount({ status: 499 })).toBe(3));
    // The per-call value overrides the client's.
    emu.setFaults();
    expect((await client.groups.get(1, { timeoutMs: 60_000 })).id).toBe(1);
  });

  it("signal already aborted: rejects with its reason, nothing sent", async () => {
    const reason = new Error("caller gave up");
    const err = await rejectionOf(
      admin.groups.get(1, { signal: AbortSignal.abort(reason) }),
    );
    expect(err).toBe(reason);
    const plain = await rejectionOf(
      admin.groups.post("never", { signal: AbortSignal.abort() }),
    );
    expect(plain).toMatchObject({ name: "AbortError" });
    expect(emu.wire).toHaveLength(0);
  });

  it("abort during the request: rejects at once with the reason", async () => {
    emu.setFaults({ latencyMs: 30_000 });
    const controller = new AbortController();
    const call = admin.groups.get(1, { signal: controller.signal });
    await vi.waitFor(() => expect(emu.wire).toHaveLength(1));
    const reason = new Error("stop");
    controller.abort(reason);
    expect(await rejectionOf(call)).toBe(reason);
    // The server saw the client leave (and logs it as 499) before the next test.
    await vi.waitFor(() => expect(emu.requestCount({ status: 499 })).toBe(1));
  });

  it("abort during a retry wait (Retry-After 30 s): rejects at once, no second try", async () => {
    const client = clientFor(emu, 1, {
      retries: { maxRetries: 3, maxElapsedMs: 120_000 },
    });
    emu.setFaults({ script: [{ status: 503, retryAfterSeconds: 30 }] });
    const controller = new AbortController();
    const call = client.groups.get(1, { signal: controller.signal });
    await vi.waitFor(() => expect(emu.requestCount({ status: 503 })).toBe(1));
    const reason = new Error("not waiting 30 s");
    controller.abort(reason);
    expect(await rejectionOf(call)).toBe(reason);
    expect(emu.requestCount({ path: "/groups/1" })).toBe(1);
    expect(emu.wire).toHaveLength(1);
  });

  it("abort stops an iterator between pages", async () => {
    const controller = new AbortController();
    const reason = new Error("enough");
    const seen: number[] = [];
    const err = await rejectionOf(
      (async () => {
        for await (const g of admin.groups.list({
          iterator: true,
          limit: 1,
          signal: controller.signal,
        })) {
          seen.push(g.id);
          controller.abort(reason);
        }
      })(),
    );
    expect(err).toBe(reason);
    expect(seen).toHaveLength(1);
    expect(emu.requestCount()).toBe(1);
  });

  it("onResponse gets the metadata of every call, 204s included", async () => {
    const metas: ResponseMeta[] = [];
    const onResponse = (m: ResponseMeta) => metas.push(m);
    const g = await admin.groups.post("Meta", { onResponse });
    await admin.groups.put_members(g.id, 3, { onResponse });
    const none = await admin.groups.delete_members(g.id, 3, { onResponse });
    expect(none).toBeUndefined();
    expect(metas.map((m) => [m.status, m.method, m.path])).toEqual([
      [201, "POST", "/groups"],
      [200, "PUT", `/groups/${g.id}/members/3`],
      [204, "DELETE", `/groups/${g.id}/members/3`],
    ]);
    expect(metas.map((m) => m.requestId)).toEqual(
      emu.requests.map((r) => r.requestId),
    );
    expect(responseMeta(g)).toEqual(metas[0]);
    expect(metas[0]!.rateLimit).toEqual({
      limit: expect.any(Number),
      remaining: expect.any(Number),
    });
  });

  it("per-call options never reach the wire", async () => {
    await admin.groups.list({
      limit: 2,
      timeoutMs: 10_000,
      retries: 1,
      signal: new AbortController().signal,
      onResponse: () => {},
    });
    expect(emu.wire[0]!.url).toBe("/groups?limit=2");
    const items = await collect(
      admin.groups.list({ iterator: true, limit: 100, retries: false }),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(emu.wire.at(-1)!.url).toBe("/groups?limit=100&page_num=1");
  });
});
