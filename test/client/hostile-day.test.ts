// The hostile day, client side: a caller who misuses the methods the ways
// plain JavaScript allows, and servers that echo credentials, redirect,
// nest bodies past any stack, or name a rate-limit window a day away. One
// describe per class; the rate limit's own cases are in rate-limit.test.ts.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  CivisAuthenticationError,
  CivisInvalidResponseError,
  CivisValidationError,
  responseMeta,
  type LogEntry,
  type ResponseMeta,
} from "../../src/index.js";
import { runInProcess, spawnCollect } from "../cli/run-cli.js";
import {
  answeringServer,
  type AnsweringServer,
} from "../helpers/answering-server.js";
import {
  clientFor,
  iterationError,
  keyOf,
  rejectionOf,
  useEmulator,
  withEnv,
} from "./helpers.js";

const { emu, admin } = useEmulator();

/** The methods as plain JavaScript sees them: any argument goes. */
type Loose = Record<string, Record<string, (...args: unknown[]) => unknown>>;

describe("an error of a call surfaces where the caller awaits or iterates it, and nowhere else", () => {
  // Vitest also fails the run on an unhandled rejection; this names it here.
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  beforeAll(() => void process.on("unhandledRejection", onUnhandled));
  afterAll(() => void process.off("unhandledRejection", onUnhandled));
  const loose = () => admin as unknown as Loose;

  it.each([
    [
      "iterator: true on a list that does not page",
      () => loose().match_targets!.list!({ iterator: true }),
      new TypeError('match_targets.list: unknown option "iterator"'),
    ],
    [
      'iterator: "true"',
      () => loose().groups!.list!({ iterator: "true" }),
      new TypeError('groups.list: option "iterator" must be a boolean'),
    ],
    [
      "iterator: true with a limit over the maximum",
      () => loose().groups!.list!({ iterator: true, limit: 5000 }),
      new RangeError("groups.list: limit must be at most 1000 (got 5000)"),
    ],
    [
      "a bad id, on a method that returns one object",
      () => loose().groups!.get!(0),
      new RangeError("groups.get: id must be at least 1 (got 0)"),
    ],
  ])(
    "%s: thrown where iterated, rejected where awaited",
    async (_, call, error) => {
      expect(await iterationError(call() as AsyncIterable<unknown>)).toEqual(
        error,
      );
      expect(await rejectionOf(call())).toEqual(error);
      // Dropped without a look: nothing was sent, so nothing to report.
      void call();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      expect(emu.requestCount()).toBe(0);
    },
  );

  it("a Node process doing the same exits 0, every error caught by its own try", async () => {
    const ran = await spawnCollect(
      process.execPath,
      ["--import", "tsx", "test/client/misuse-child.ts"],
      { CIVIS_API_ENDPOINT: emu.url, CIVIS_API_KEY: keyOf(emu, 1) },
    );
    expect(ran.stdout.split("\n")).toEqual([
      'iterator on a list that does not page: TypeError: match_targets.list: unknown option "iterator"',
      'iterator: "true": TypeError: groups.list: option "iterator" must be a boolean',
      "a bad id, iterated: RangeError: groups.get: id must be at least 1 (got 0)",
      "done",
      "",
    ]);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(emu.requestCount()).toBe(0);
  });
});

describe("an API key in any form stays out of every error and log", () => {
  // Special characters, so that each form differs from the others.
  const key = "Secr3t+key/with=odd-chars-9f8e";
  const basic = Buffer.from(`${key}:`).toString("base64");
  const forms = [key, encodeURIComponent(key), basic];
  let server: AnsweringServer;
  beforeAll(async () => {
    // Echoes what it was sent, in a body and in headers, as a 401.
    server = await answeringServer(({ headers }) => {
      const sent = headers.authorization ?? "";
      const echo = `got ${sent}; Bearer ${key}; ${encodeURIComponent(key)}; ${basic}`;
      return {
        status: 401,
        headers: {
          "www-authenticate": `Basic realm="${basic}"`,
          "x-echo": echo,
          "x-request-id": `id-${basic}`,
        },
        body: JSON.stringify({
          error: `unauthorized ${basic}`,
          errorDescription: echo,
          code: 401,
          echo: { sent, bearer: `Bearer ${key}`, basic, nested: [[key]] },
        }),
      };
    });
  });
  afterAll(() => server.close());

  /** Every way the error, the log and the client can be shown. */
  function shown(err: unknown, log: LogEntry[], client: APIClient): string[] {
    const e = err as CivisAuthenticationError;
    return [
      e.message,
      e.stack ?? "",
      String(e),
      JSON.stringify(e),
      JSON.stringify(e.toJSON()),
      JSON.stringify(e.body),
      JSON.stringify(e.headers),
      inspect(e, { depth: 20, showHidden: true }),
      JSON.stringify(log),
      inspect(client, { depth: 20, showHidden: true }),
    ];
  }

  it("the key as given, URL-encoded, as the Basic credential, after Bearer", async () => {
    const log: LogEntry[] = [];
    const client = new APIClient({
      apiKey: key,
      baseUrl: server.url,
      onLog: (e) => log.push(e),
    });
    const err = await rejectionOf(client.groups.get(1));
    expect(err).toBeInstanceOf(CivisAuthenticationError);
    expect((err as Error).message).toBe(
      "(401) got Basic [REDACTED]; Bearer [REDACTED]; [REDACTED]; [REDACTED] (GET /groups/1)",
    );
    // The header the server was sent was the Basic credential.
    expect(server.received.at(-1)!.headers.authorization).toBe(
      `Basic ${basic}`,
    );
    await client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } });
    expect(log.map((e) => e.error)).toEqual([
      "CivisAuthenticationError",
      "CivisAuthenticationError",
    ]);
    const leaks = shown(err, log, client).filter((text) =>
      forms.some((form) => text.includes(form)),
    );
    expect(leaks).toEqual([]);
  });

  it("the request id of a 2xx, in the result's metadata and onResponse's", async () => {
    const ok = await answeringServer(() => ({
      status: 200,
      headers: {
        "content-type": "application/json",
        "x-request-id": `id-${basic}`,
      },
      body: JSON.stringify({ id: 1, name: "Echo" }),
    }));
    try {
      const client = new APIClient({ apiKey: key, baseUrl: ok.url });
      const seen: ResponseMeta[] = [];
      const group = await client.groups.get(1, {
        onResponse: (meta) => seen.push(meta),
      });
      const meta = responseMeta(group)!;
      expect(meta.requestId).toBe("id-[REDACTED]");
      expect(seen.map((m) => m.requestId)).toEqual(["id-[REDACTED]"]);
      const leaks = [
        JSON.stringify(meta),
        JSON.stringify(seen),
        JSON.stringify(group),
      ].filter((text) => forms.some((form) => text.includes(form)));
      expect(leaks).toEqual([]);
    } finally {
      await ok.close();
    }
  });

  it("the command line's output, too", async () => {
    const ran = await runInProcess(["groups", "get", "1"], {
      CIVIS_API_ENDPOINT: server.url,
      CIVIS_API_KEY: key,
    });
    expect(ran.code).toBe(4);
    expect(ran.stderr).toContain("[REDACTED]");
    const leaks = [ran.stdout, ran.stderr].filter((text) =>
      forms.some((form) => text.includes(form)),
    );
    expect(leaks).toEqual([]);
  });

  it.each([
    "https://ada:pa55-word-xyz@api.example.test",
    "https://ada@api.example.test",
    "https://:pa55-word-xyz@api.example.test/",
    "http://ada:pa55-word-xyz@127.0.0.1:8080",
  ])("a base URL with a user name or password: %s", async (url) => {
    const refused = new TypeError(
      "civis-api: baseUrl must have no user name, password, query or fragment",
    );
    expect(() => new APIClient({ apiKey: key, baseUrl: url })).toThrow(refused);
    await withEnv({ CIVIS_API_ENDPOINT: url }, () =>
      expect(() => new APIClient({ apiKey: key })).toThrow(refused),
    );
  });
});

describe("a base URL with a query or a fragment is refused", () => {
  it.each([
    "https://api.example.test/?x=1",
    "https://api.example.test/#f",
    "https://api.example.test/v1?",
    "https://api.example.test#",
  ])("%s", (url) => {
    expect(() => new APIClient({ apiKey: "k", baseUrl: url })).toThrow(
      new TypeError(
        "civis-api: baseUrl must have no user name, password, query or fragment",
      ),
    );
  });
});

describe("a path value cannot climb, through client.raw or a method", () => {
  const refused = new TypeError(
    'path parameter "name" cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
  );
  it.each(["..", ".", "%2E%2E", ".%2e", "%2e.", "．．", "‥", "\uFE52"])(
    "%j: a DELETE of a resource's share never reaches the set's own shares",
    async (name) => {
      const ps = await admin.permission_sets.post(`climb ${name}`);
      await admin.permission_sets.post_resources(ps.id, "reports");
      await admin.permission_sets.put_shares_users(ps.id, [2], "read");
      emu.resetRequests();
      const raw = await rejectionOf(
        admin.raw.DELETE(
          "/permission_sets/{id}/resources/{name}/shares/users/{user_id}",
          { params: { path: { id: ps.id, name, user_id: 2 } } },
        ),
      );
      expect(raw).toEqual(refused);
      const method = await rejectionOf(
        admin.permission_sets.delete_resources_shares_users(ps.id, name, 2),
      );
      expect(method).toEqual(refused);
      expect(emu.requestCount()).toBe(0);
      const [shares] = await admin.permission_sets.list_shares(ps.id);
      expect(shares!.readers.users.map((u) => u.id)).toEqual([2]);
    },
  );
});

describe("a body nested past any stack is an invalid response", () => {
  const deep = (levels: number, open: string, close: string) =>
    open.repeat(levels) + close.repeat(levels);
  let server: AnsweringServer;
  beforeAll(async () => {
    server = await answeringServer(({ url }) =>
      url.startsWith("/groups/1")
        ? { status: 200, body: `{"id":1,"name":${deep(100_000, "[", "]")}}` }
        : url.startsWith("/groups/2")
          ? { status: 200, body: `{"id":2,"x":${deep(1001, '{"a":', "}")}}` }
          : {
              status: 400,
              body: `{"error":"bad","errorDescription":"deep","x":${deep(100_000, "[", "]")}}`,
            },
    );
  });
  afterAll(() => server.close());
  const problem = "the body nests over 1000 levels deep";

  it("a method: CivisInvalidResponseError, and onLog says so", async () => {
    const log: LogEntry[] = [];
    const client = new APIClient({
      apiKey: "a-key-of-no-account",
      baseUrl: server.url,
      retries: false,
      onLog: (e) => log.push(e),
    });
    for (const id of [1, 2]) {
      const err = await rejectionOf(client.groups.get(id));
      expect(err).toBeInstanceOf(CivisInvalidResponseError);
      expect((err as Error).message).toBe(
        `(200) Invalid response: ${problem} (GET /groups/${id})`,
      );
    }
    const raw = await rejectionOf(
      client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } }),
    );
    expect(raw).toBeInstanceOf(CivisInvalidResponseError);
    expect(log.map((e) => [e.path, e.status, e.error])).toEqual([
      ["/groups/1", 200, "CivisInvalidResponseError"],
      ["/groups/2", 200, "CivisInvalidResponseError"],
      ["/groups/1", 200, "CivisInvalidResponseError"],
    ]);
  });

  it("an error body that deep is kept as text, not walked", async () => {
    const client = new APIClient({
      apiKey: "a-key-of-no-account",
      baseUrl: server.url,
    });
    const err = await rejectionOf(client.groups.get(3));
    expect(err).toBeInstanceOf(CivisValidationError);
    expect((err as Error).message).toBe("(400) Bad Request (GET /groups/3)");
    expect(typeof (err as CivisValidationError).body).toBe("string");
  });

  it("the command line exits 6, an invalid response", async () => {
    const ran = await runInProcess(["groups", "get", "1"], {
      CIVIS_API_ENDPOINT: server.url,
      CIVIS_API_KEY: "a-key-of-no-account",
    });
    expect(ran.code).toBe(6);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toContain(problem);
  });

  it("a JSON value as deep as the emulator keeps reads back whole", async () => {
    // The emulator's bound: 512 levels of arrays and objects.
    const value = JSON.parse(deep(512, "[", "]")) as unknown;
    const stored = await admin.json_values.post(JSON.stringify(value));
    const got = await admin.json_values.get(stored.id);
    expect(JSON.stringify(got.value)).toBe(deep(512, "[", "]"));
  });

  it("an onResponse that throws fails the call with its error, and onLog says so", async () => {
    class HookError extends Error {
      override name = "HookError";
    }
    const log: LogEntry[] = [];
    const client = clientFor(emu, 1, { onLog: (e) => log.push(e) });
    const err = await rejectionOf(
      client.groups.get(1, {
        onResponse: () => {
          throw new HookError("the hook broke");
        },
      }),
    );
    expect(err).toEqual(new HookError("the hook broke"));
    expect(log.map((e) => [e.path, e.status, e.error])).toEqual([
      ["/groups/1", 200, "HookError"],
    ]);
  });
});

describe("a redirect is never followed", () => {
  let elsewhere: AnsweringServer;
  let api: AnsweringServer;
  beforeAll(async () => {
    elsewhere = await answeringServer(() => ({ status: 201, body: "{}" }));
    api = await answeringServer(({ url }) => ({
      status: url.startsWith("/credentials") ? 307 : 302,
      headers: {
        location: url.startsWith("/credentials")
          ? `${elsewhere.url}/collect?token=abc123`
          : "/groups/2",
      },
    }));
  });
  afterAll(async () => {
    await elsewhere.close();
    await api.close();
  });

  it("a 307 to another origin: the POST and its password go nowhere else", async () => {
    const log: LogEntry[] = [];
    const client = new APIClient({
      apiKey: "a-key-of-no-account",
      baseUrl: api.url,
      onLog: (e) => log.push(e),
    });
    const err = await rejectionOf(
      client.credentials.post("Custom", "robot", "a-password-to-keep"),
    );
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect((err as Error).message).toBe(
      `(307) Invalid response: a redirect to ${elsewhere.url}, not followed; the POST may have taken effect, so it was not retried (POST /credentials)`,
    );
    const raw = await rejectionOf(
      client.raw.POST("/credentials", {
        body: { type: "Custom", username: "robot", password: "a-password" },
      }),
    );
    expect(raw).toBeInstanceOf(CivisInvalidResponseError);
    expect(elsewhere.received).toEqual([]);
    expect(api.received.map((r) => r.method)).toEqual(["POST", "POST"]);
    expect(log.map((e) => [e.status, e.error])).toEqual([
      [307, "CivisInvalidResponseError"],
      [307, "CivisInvalidResponseError"],
    ]);
  });

  it("a 302 to the same origin: not followed either, nor retried", async () => {
    const before = api.received.length;
    const err = await rejectionOf(
      new APIClient({
        apiKey: "a-key-of-no-account",
        baseUrl: api.url,
      }).groups.get(1),
    );
    expect((err as Error).message).toBe(
      `(302) Invalid response: a redirect to ${api.url}, not followed (GET /groups/1)`,
    );
    expect(api.received.slice(before).map((r) => r.url)).toEqual(["/groups/1"]);
  });

  it("a browser's answer to redirect: manual (status 0) is one too", async () => {
    const client = new APIClient({
      apiKey: "a-key-of-no-account",
      baseUrl: emu.url,
      // What a browser resolves with: an opaque redirect, status 0, no headers.
      fetch: async (_request, init) => {
        expect((init as RequestInit).redirect).toBe("manual");
        return Response.error();
      },
    });
    const err = await rejectionOf(client.groups.get(1));
    expect((err as Error).message).toBe(
      "(0) Invalid response: a redirect, not followed (GET /groups/1)",
    );
  });
});

describe("calls sharing one AbortSignal", () => {
  it("600 queued behind one another print no MaxListenersExceededWarning, and one abort ends them all", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const client = clientFor(emu, 1, { maxConcurrency: 1 });
      const controller = new AbortController();
      const calls = Array.from({ length: 600 }, () =>
        client.groups.get(1, { signal: controller.signal }),
      );
      await calls[299];
      controller.abort();
      const settled = await Promise.allSettled(calls);
      const done = settled.filter((s) => s.status === "fulfilled").length;
      expect(done).toBeGreaterThanOrEqual(300);
      expect(
        settled
          .slice(done)
          .every(
            (s) =>
              s.status === "rejected" &&
              (s.reason as Error).name === "AbortError",
          ),
      ).toBe(true);
      expect(emu.requestCount()).toBeLessThan(600);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
