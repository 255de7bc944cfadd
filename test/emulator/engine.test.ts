// The emulator's engine over real loopback HTTP: auth, headers, routing,
// validation, CORS, faults and the request log. Stub handlers echo what the
// engine hands them, so these tests do not depend on resource semantics;
// the last block runs the real app once end to end.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { methods } from "../../generated/methods.js";
import { createEngine } from "../../src/emulator/engine/engine.js";
import type {
  Engine,
  EngineOptions,
} from "../../src/emulator/engine/engine.js";
import { serve } from "../../src/emulator/engine/node-http.js";
import { startEmulator } from "../../src/emulator/server.js";
import { loadSpec } from "../../src/emulator/engine/load-spec.js";
import type { EngineHandler } from "../../src/emulator/engine/handler-types.js";
import { createRequestValidator } from "../../src/emulator/engine/validate-request.js";
import { ApiError } from "../../src/emulator/model/api-errors.js";
import type { EmulatorUser } from "../../src/emulator/model/state.js";

const spec = loadSpec();

const user = (id: number, apiKey: string): EmulatorUser => ({
  id,
  username: `user${id}`,
  name: `User ${id}`,
  initials: `U${id}`,
  email: `user${id}@example.test`,
  admin: id === 1,
  apiKey,
  primaryGroupId: null,
});
// Throwaway keys of this test's emulator, not real ones.
const KEY1 = "test-key-one";
const KEY2 = "test-key-two";
const users = [user(1, KEY1), user(2, KEY2)];

const echo: EngineHandler<null> = (ctx) => ({
  body: {
    operationId: ctx.operationId,
    userId: ctx.user.id,
    path: ctx.path,
    query: ctx.query,
    body: ctx.body,
  },
});
const stubHandlers: Record<string, EngineHandler<null>> = Object.fromEntries(
  spec.operations.map((op) => [
    op.operationId,
    op.noContent ? () => ({}) : echo,
  ]),
);

async function startEngine(options: Partial<EngineOptions<null>> = {}) {
  const app = createEngine<null>({
    spec,
    handlers: stubHandlers,
    users,
    state: null,
    onError: () => undefined,
    ...options,
  });
  const serving = await serve(app.handle, { port: 0 });
  return { app, url: serving.url, close: serving.close };
}

const basic = (key: string, password = "") =>
  `Basic ${Buffer.from(`${key}:${password}`).toString("base64")}`;

let app: Engine<null>;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, url, close } = await startEngine());
});
afterAll(() => close());
afterEach(() => {
  app.setFaults();
  app.resetRequests();
});

function get(path: string, init: RequestInit = {}) {
  return fetch(url + path, {
    ...init,
    headers: { Authorization: basic(KEY1), ...init.headers },
  });
}

function send(
  method: string,
  path: string,
  body: string,
  headers: Record<string, string> = {},
) {
  return fetch(url + path, {
    method,
    body,
    headers: {
      Authorization: basic(KEY1),
      "Content-Type": "application/json",
      ...headers,
    },
  });
}

describe("spec", () => {
  it("has an operation for every method of the table, each with compiling schemas", () => {
    expect(spec.operations.map((op) => op.operationId).sort()).toEqual(
      Object.entries(methods)
        .flatMap(([resource, byName]) =>
          Object.keys(byName).map((name) => `${resource}_${name}`),
        )
        .sort(),
    );
    expect(() => createRequestValidator(spec).compileAll()).not.toThrow();
    const del = spec.byOperationId.get("groups_delete_members");
    expect(del).toMatchObject({
      method: "DELETE",
      path: "/groups/{id}/members/{user_id}",
      noContent: true,
    });
    expect(spec.byOperationId.get("groups_post")?.successStatus).toBe(201);
  });
});

describe("auth", () => {
  it("answers 401 without a key, with WWW-Authenticate and the Civis body", async () => {
    const res = await fetch(`${url}/groups`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Basic realm="Civis API"');
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: "unauthorized", code: 401 });
    expect(typeof body["errorDescription"]).toBe("string");
  });

  it("answers 401 to an unknown key without echoing it", async () => {
    for (const auth of [
      basic("not-a-key"),
      "Bearer not-a-key",
      "Basic !!!",
      "Digest x",
    ]) {
      const res = await fetch(`${url}/groups`, {
        headers: { Authorization: auth },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Basic");
      expect(await res.text()).not.toContain("not-a-key");
    }
  });

  it("accepts Basic (key as user name, any password) and Bearer", async () => {
    for (const auth of [
      basic(KEY1),
      basic(KEY1, "ignored"),
      `Bearer ${KEY1}`,
      basic("", KEY1),
    ]) {
      const res = await fetch(`${url}/groups`, {
        headers: { Authorization: auth },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { userId: number }).userId).toBe(1);
    }
    const res = await fetch(`${url}/groups`, {
      headers: { Authorization: `Bearer ${KEY2}` },
    });
    expect(((await res.json()) as { userId: number }).userId).toBe(2);
  });
});

describe("response headers", () => {
  it("carries a unique request id, rate limit and CORS headers on every response", async () => {
    const responses = [
      await get("/groups"),
      await get("/groups"),
      await get("/nowhere"),
      await fetch(`${url}/groups`),
      await send("DELETE", "/groups/1/members/2", ""),
    ];
    const ids = responses.map((r) => r.headers.get("x-request-id"));
    expect(new Set(ids).size).toBe(responses.length);
    for (const res of responses) {
      // Nothing enforced by default: a full budget on every response.
      expect(res.headers.get("x-ratelimit-limit")).toBe("1000");
      expect(res.headers.get("x-ratelimit-remaining")).toBe("1000");
      expect(res.headers.get("x-ratelimit-reset")).toBeNull();
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toContain(
        "X-Pagination-Total-Pages",
      );
    }
    expect(responses[0]!.headers.get("content-type")).toBe(
      "application/json; charset=utf-8",
    );
  });

  it("sends 204 without body or content type", async () => {
    const res = await send("DELETE", "/groups/1/members/2", "");
    expect(res.status).toBe(204);
    expect(res.headers.get("content-type")).toBeNull();
    expect(await res.text()).toBe("");
  });
});

describe("routing", () => {
  it("answers 404 with the Civis body for an unknown path", async () => {
    const res = await get("/no_such_resource/1");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found", code: 404 });
  });

  it("answers 405 with Allow for a known path and a wrong verb", async () => {
    const res = await send("DELETE", "/groups", "");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")?.split(", ").sort()).toEqual([
      "GET",
      "POST",
    ]);
    expect(await res.json()).toMatchObject({
      error: "method_not_allowed",
      code: 405,
    });
  });

  it("tolerates a trailing slash", async () => {
    const res = await get("/groups/");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ operationId: "groups_list" });
  });

  it("decodes path parameters after matching on the encoded path", async () => {
    const res = await get(
      "/permission_sets/7/resources/a%2Fb%20c%3F%23%25/shares",
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      operationId: "permission_sets_list_resources_shares",
      path: { id: 7, name: "a/b c?#%" },
    });
  });

  it("routes static segments before parameters", async () => {
    expect(await (await get("/credentials/types")).json()).toMatchObject({
      operationId: "credentials_list_types",
    });
    expect(await (await get("/credentials/9")).json()).toMatchObject({
      operationId: "credentials_get",
      path: { id: 9 },
    });
  });
});

describe("validation", () => {
  it("coerces path and query values and fills query defaults", async () => {
    const res = await get("/groups?limit=5&include_members=true&query=ana");
    expect(await res.json()).toMatchObject({
      query: {
        limit: 5,
        include_members: true,
        query: "ana",
        page_num: 1,
        order: "name",
        order_dir: "asc",
      },
    });
  });

  it("reads every boolean query parameter as the real API does", async () => {
    const booleans = spec.operations.flatMap((op) =>
      op.parameters
        .filter((p) => p.in === "query" && p.schema.type === "boolean")
        .map((p) => ({ op, name: p.name })),
    );
    expect(booleans.map(({ op, name }) => `${op.operationId} ${name}`)).toEqual(
      [
        "groups_list include_members",
        "credentials_list default",
        "credentials_list system_credentials",
      ],
    );
    const spellings: Array<[string, boolean]> = [
      ["true", true],
      ["True", true],
      ["TRUE", true],
      ["1", true],
      ["false", false],
      ["False", false],
      ["fAlSe", false],
      ["0", false],
    ];
    for (const { op, name } of booleans) {
      for (const [spelling, value] of spellings) {
        const res = await get(`${op.path}?${name}=${spelling}`);
        expect(res.status, `${name}=${spelling}`).toBe(200);
        const echoed = (await res.json()) as { query: Record<string, unknown> };
        expect(echoed.query[name], `${name}=${spelling}`).toBe(value);
      }
      for (const bad of ["yes", "2", "", "truee"]) {
        const res = await get(`${op.path}?${name}=${bad}`);
        expect(res.status, `${name}=${bad}`).toBe(400);
        expect(await res.json()).toMatchObject({
          errorDescription: `Invalid parameter: ${name} must be boolean`,
        });
      }
    }
  });

  it("reads arrays from user_ids[]= and from repeated keys", async () => {
    for (const qs of [
      "user_ids[]=1&user_ids[]=2",
      "user_ids=1&user_ids=2",
      "user_ids%5B%5D=1&user_ids%5B%5D=2",
    ]) {
      const res = await get(`/groups?${qs}`);
      expect(((await res.json()) as { query: unknown }).query).toMatchObject({
        user_ids: [1, 2],
      });
    }
    const one = await get("/groups?user_ids[]=3");
    expect(((await one.json()) as { query: unknown }).query).toMatchObject({
      user_ids: [3],
    });
  });

  it("ignores undeclared query parameters", async () => {
    const res = await get("/groups?whatever=1");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { query: object }).query).not.toHaveProperty(
      "whatever",
    );
  });

  it.each([
    [
      "GET /groups?limit=5000",
      null,
      "Invalid parameter: limit must be <= 1000",
    ],
    [
      "GET /permission_sets?limit=51",
      null,
      "Invalid parameter: limit must be <= 50",
    ],
    [
      "GET /groups/abc",
      null,
      "Invalid parameter: id must be an integer in decimal digits",
    ],
    ["GET /groups/0", null, "Invalid parameter: id must be >= 1"],
    [
      "GET /groups?include_members=maybe",
      null,
      "Invalid parameter: include_members must be boolean",
    ],
    [
      "GET /groups?order_dir=up",
      null,
      'Invalid parameter: order_dir must be one of "asc", "desc"',
    ],
    [
      "GET /groups?user_ids[]=x",
      null,
      "Invalid parameter: user_ids[0] must be an integer in decimal digits",
    ],
    ["POST /groups", "{}", "Invalid parameter: name is required"],
    ["POST /groups", "", "Invalid parameter: name is required"],
    ["POST /groups", '{"name":"A","fooBar":1}', "Unknown parameter: fooBar"],
    ["POST /groups", '{"name":7}', "Invalid parameter: name must be string"],
    [
      "PUT /groups/1/shares/users",
      '{"user_ids":[1,"x"],"permission_level":"read"}',
      "Invalid parameter: user_ids[1] must be integer",
    ],
    ["PUT /groups/1/members/2", '{"extra":true}', "Unknown parameter: extra"],
    ["POST /groups", "[1]", "Invalid request body: must be a JSON object"],
    // A __proto__ key is data (an unknown parameter), not a prototype.
    [
      "POST /groups",
      '{"__proto__": {"description": "x"}, "name": "a"}',
      "Unknown parameter: __proto__",
    ],
  ])(
    "answers %s %s with a 400 naming the field",
    async (line, body, description) => {
      const [method, path] = line.split(" ") as [string, string];
      const res =
        body === null ? await get(path) : await send(method, path, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: "bad_request",
        errorDescription: description,
        code: 400,
      });
    },
  );

  it("answers 400 to malformed JSON without quoting it", async () => {
    const res = await send(
      "POST",
      "/groups",
      '{"name": "x", "password": "hunter2"',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: "bad_request", code: 400 });
    expect(JSON.stringify(body)).not.toContain("hunter2");
  });

  it.each([
    [
      "camelCase keys as snake_case",
      "/groups",
      '{"name":"A","defaultTimeZone":"UTC","roleIds":[1]}',
      { name: "A", default_time_zone: "UTC", role_ids: [1] },
    ],
    [
      "camelCase keys, leaving nested values alone",
      "/json_values",
      '{"valueStr":"{\\"someKey\\":1}"}',
      { value_str: '{"someKey":1}' },
    ],
    [
      "the snake_case spelling when both are sent",
      "/groups",
      '{"name":"A","defaultTimeZone":"camel","default_time_zone":"snake"}',
      { default_time_zone: "snake" },
    ],
  ])("takes %s", async (_, path, body, seen) => {
    const res = await send("POST", path, body);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ body: seen });
  });

  it("answers HEAD like GET without a body", async () => {
    const res = await get("/groups", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await res.text()).toBe("");
  });

  it("tolerates {} with a JSON content type on GET and DELETE", async () => {
    const g = await fetch(`${url}/groups/1`, {
      headers: {
        Authorization: basic(KEY1),
        "Content-Type": "application/json",
      },
    });
    expect(g.status).toBe(200);
    expect((await send("DELETE", "/groups/1/members/2", "{}")).status).toBe(
      204,
    );
    expect((await send("PUT", "/groups/1/members/2", "{}")).status).toBe(200);
  });

  it("refuses form bodies with 415", async () => {
    const res = await send("POST", "/groups", "name=A", {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
  });
});

describe("CORS", () => {
  it("answers a preflight with 204 and the allowed methods and headers", async () => {
    const res = await fetch(`${url}/groups/1`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers":
          "authorization, content-type, x-custom",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    const allowed = res.headers.get("access-control-allow-headers") ?? "";
    for (const h of [
      "Authorization",
      "Content-Type",
      "X-Civis-Job-ID",
      "X-Civis-Run-ID",
      "x-custom",
    ]) {
      expect(allowed).toContain(h);
    }
    expect(res.headers.get("access-control-expose-headers")).toContain(
      "X-RateLimit-Remaining",
    );
  });
});

describe("response validation", () => {
  const drifting: Record<string, EngineHandler<null>> = {
    ...stubHandlers,
    // A group without most of its fields, and one with a wrong type.
    groups_get: () => ({ body: { id: 1, name: "G" } }),
    match_targets_get: () => ({
      body: {
        id: 1,
        name: "T",
        targetFileName: null,
        createdAt: "2026-04-17T18:21:01.000Z",
        updatedAt: "2026-04-17T18:21:01.000Z",
        archived: "no",
      },
    }),
    groups_delete: () => ({ status: 204, body: { deleted: true } }),
  };

  it("turns an answer that does not fit the spec into a 500 naming the mismatch, and reports it", async () => {
    const errors: string[] = [];
    const local = await startEngine({
      handlers: drifting,
      validateResponses: true,
      onError: (e, where) => errors.push(`${where.operationId}: ${String(e)}`),
    });
    try {
      const auth = { Authorization: basic(KEY1) };
      const group = await fetch(`${local.url}/groups/1`, { headers: auth });
      expect(group.status).toBe(500);
      expect(await group.json()).toEqual({
        error: "internal_server_error",
        errorDescription:
          "The emulator's answer does not match the spec: groups_get 200: body must have required property 'createdAt' (spec: #/allOf/0/required)",
        code: 500,
      });
      const target = await fetch(`${local.url}/match_targets/1`, {
        headers: auth,
      });
      expect(
        ((await target.json()) as { errorDescription: string })
          .errorDescription,
      ).toBe(
        "The emulator's answer does not match the spec: match_targets_get 200: body/archived must be boolean (spec: #/properties/archived/type)",
      );
      const deleted = await fetch(`${local.url}/groups/1`, {
        method: "DELETE",
        headers: auth,
      });
      expect(deleted.status).toBe(500);
      // Answers that fit pass untouched, errors included.
      const unknown = await fetch(`${local.url}/groups/0`, { headers: auth });
      expect(unknown.status).toBe(400);
      expect(errors).toEqual([
        "groups_get: Error: response does not match the spec: groups_get 200: body must have required property 'createdAt' (spec: #/allOf/0/required)",
        "match_targets_get: Error: response does not match the spec: match_targets_get 200: body/archived must be boolean (spec: #/properties/archived/type)",
        "groups_delete: Error: response does not match the spec: groups_delete answered 204 with a body; the spec has none",
      ]);
    } finally {
      await local.close();
    }
  });

  it("is off unless asked", async () => {
    const local = await startEngine({ handlers: drifting });
    try {
      const auth = { Authorization: basic(KEY1) };
      const group = await fetch(`${local.url}/groups/1`, { headers: auth });
      expect(group.status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe("handler errors", () => {
  it("renders an ApiError with its status, body and headers; anything else as a generic 500", async () => {
    const errors: unknown[] = [];
    const local = await startEngine({
      onError: (e) => errors.push(e),
      handlers: {
        ...stubHandlers,
        groups_get: () => {
          throw new ApiError(403, "forbidden", "No write permission.", {
            "X-Extra": "1",
          });
        },
        groups_list: () => {
          throw new Error(`boom ${KEY1}`);
        },
        groups_patch: undefined,
      },
    });
    try {
      const auth = { Authorization: basic(KEY1) };
      const forbidden = await fetch(`${local.url}/groups/1`, { headers: auth });
      expect(forbidden.status).toBe(403);
      expect(forbidden.headers.get("x-extra")).toBe("1");
      expect(await forbidden.json()).toEqual({
        error: "forbidden",
        errorDescription: "No write permission.",
        code: 403,
      });

      const crash = await fetch(`${local.url}/groups`, { headers: auth });
      expect(crash.status).toBe(500);
      const text = await crash.text();
      expect(JSON.parse(text)).toMatchObject({
        error: "internal_server_error",
        code: 500,
      });
      expect(text).not.toContain(KEY1);
      expect(errors).toHaveLength(1);

      const missing = await fetch(`${local.url}/groups/1`, {
        method: "PATCH",
        headers: auth,
        body: "{}",
      });
      expect(missing.status).toBe(501);
      expect(await missing.json()).toEqual({
        error: "not_implemented",
        errorDescription: "The emulator has no handler for groups_patch.",
        code: 501,
      });
    } finally {
      await local.close();
    }
  });

  it("enforces the rate limit when asked", async () => {
    const local = await startEngine({ rateLimit: { limit: 2, enforce: true } });
    try {
      const auth = { Authorization: basic(KEY1) };
      const statuses: number[] = [];
      const remaining: Array<string | null> = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${local.url}/groups`, { headers: auth });
        statuses.push(res.status);
        remaining.push(res.headers.get("x-ratelimit-remaining"));
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(remaining).toEqual(["1", "0", "0"]);
      // Counted per user: user 2 still has its window.
      const other = await fetch(`${local.url}/groups`, {
        headers: { Authorization: basic(KEY2) },
      });
      expect(other.status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe("faults", () => {
  it("answers a script in order, with Retry-After on 429/503, then passes", async () => {
    app.setFaults({ script: [503, 502, 429, 200], retryAfterSeconds: 0 });
    const responses = [];
    for (let i = 0; i < 5; i++) responses.push(await get("/groups"));
    expect(responses.map((r) => r.status)).toEqual([503, 502, 429, 200, 200]);
    expect(responses.map((r) => r.headers.get("retry-after"))).toEqual([
      "0",
      null,
      "0",
      null,
      null,
    ]);
    expect(await responses[0]!.json()).toMatchObject({
      error: "service_unavailable",
      code: 503,
    });
    expect(await responses[1]!.text()).toBe(""); // a proxy's 502: no body
    expect(responses[1]!.headers.get("content-type")).toBeNull();
    expect(await responses[2]!.json()).toMatchObject({ code: 429 });
    expect(responses[2]!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(responses.every((r) => r.headers.get("x-request-id"))).toBe(true);
    expect(app.requestCount()).toBe(5);
    expect(app.requestCount({ fault: true })).toBe(3);
  });

  it("comes before auth, and custom steps set body and Retry-After", async () => {
    app.setFaults({
      script: [
        {
          status: 429,
          body: { error: "rate_limited", code: 429 },
          retryAfterSeconds: 7,
        },
      ],
    });
    const res = await fetch(`${url}/groups`); // no key: the fault still answers
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toEqual({ error: "rate_limited", code: 429 });
  });

  it("only affects the requests `only` selects", async () => {
    app.setFaults({
      script: [503],
      only: (method, path) => method === "POST" && path === "/groups",
    });
    expect((await get("/groups")).status).toBe(200);
    expect((await send("POST", "/groups", '{"name":"A"}')).status).toBe(503);
    expect((await send("POST", "/groups", '{"name":"A"}')).status).toBe(201);
  });

  it("draws random faults from a seeded PRNG, repeatably", async () => {
    const run = async (seed: number) => {
      app.setFaults({ rate503: 0.3, rate429: 0.3, seed, retryAfterSeconds: 0 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await get("/groups")).status);
      return statuses;
    };
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));
    expect(await run(7)).not.toEqual(first);
  });

  it("adds latency", async () => {
    app.setFaults({ latencyMs: 150 });
    const started = performance.now();
    const res = await get("/groups");
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it("stops a slow request when the client gives up, logging 499", async () => {
    app.setFaults({ script: [{ status: 200, latencyMs: 5000 }] });
    const aborted = get("/groups", { signal: AbortSignal.timeout(50) });
    await expect(aborted).rejects.toThrow();
    await expect.poll(() => app.requestCount({ status: 499 })).toBe(1);
  });
});

describe("request log", () => {
  it("records method, path, status and operationId, and resets", async () => {
    await get("/groups?limit=2");
    await get("/nowhere");
    await fetch(`${url}/groups`);
    expect(
      app.requests.map((r) => [
        r.method,
        r.path,
        r.query,
        r.status,
        r.operationId,
        r.userId,
      ]),
    ).toEqual([
      ["GET", "/groups", "?limit=2", 200, "groups_list", 1],
      ["GET", "/nowhere", "", 404, null, 1],
      ["GET", "/groups", "", 401, null, null],
    ]);
    expect(app.requestCount({ operationId: "groups_list" })).toBe(1);
    app.resetRequests();
    expect(app.requestCount()).toBe(0);
  });
});

describe("startEmulator", () => {
  it("serves the real app with seeded users and closes keep-alive connections", async () => {
    const emulator = await startEmulator({ port: 0 });
    const other = await startEmulator();
    try {
      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(emulator.users.map((u) => u.id)).toEqual([1, 2, 3]);
      expect(emulator.users.find((u) => u.id === 1)?.admin).toBe(true);
      // Keys are random per instance.
      expect(other.users[0]!.apiKey).not.toBe(emulator.users[0]!.apiKey);

      const res = await fetch(`${emulator.url}/groups`, {
        headers: {
          Authorization: basic(emulator.users[0]!.apiKey),
          Connection: "keep-alive",
        },
      });
      expect(res.status).toBe(200);
      expect(Array.isArray(await res.json())).toBe(true);
      expect(res.headers.get("x-pagination-total-pages")).toMatch(/^\d+$/);
      expect(emulator.requestCount({ operationId: "groups_list" })).toBe(1);
    } finally {
      await Promise.all([emulator.close(), other.close()]);
    }
    await expect(fetch(`${emulator.url}/groups`)).rejects.toThrow();
  });

  it("takes users with known keys", async () => {
    const emulator = await startEmulator({
      users: [{ id: 1, apiKey: KEY1 }, { id: 2 }],
    });
    try {
      expect(emulator.users[0]).toMatchObject({
        id: 1,
        apiKey: KEY1,
        admin: true,
      });
      expect(emulator.users[1]!.apiKey).toMatch(/^[0-9a-f]{64}$/);
      const res = await fetch(`${emulator.url}/groups/1`, {
        headers: { Authorization: `Bearer ${KEY1}` },
      });
      expect(res.status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});
