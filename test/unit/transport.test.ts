// The transport over real loopback HTTP: a scripted node:http server counts
// what actually arrives. Waits are injected, so no assertion depends on wall
// time. Which verb retries on which status is not tested here but in
// retry.test.ts (the pure policy) and client/retries.test.ts (the client over
// the emulator); here: clones, bodies, timeouts, aborts, the budget, the
// parsed body of a method's call (its slot), invalid bodies, and failures
// that are final.
import { inspect } from "node:util";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisNotFoundError,
  CivisServerError,
  CivisTimeoutError,
} from "../../src/errors.js";
import type { BodyKind } from "../../src/http/read-body.js";
import { classifyFailure } from "../../src/http/failure.js";
import {
  createTransport,
  type CallSlot,
  type TransportOptions,
} from "../../src/http/transport.js";
import { readEnv } from "../../src/http/env.js";
import {
  authorization,
  basicAuthorization,
  defaultUserAgent,
  fixedHeaders,
} from "../../src/http/headers.js";
import { civisPathSerializer } from "../../src/http/path.js";
import { civisQuerySerializer } from "../../src/http/query.js";
import { readBody } from "../../src/http/read-body.js";
import { abortableSleep } from "../../src/http/timing.js";
import { refusedUrl } from "../helpers/loopback.js";
import { scripted, type Answer } from "../helpers/answering-server.js";

// A made-up key; the real one never appears in tests.
const KEY = "fake-civis-key-0123456789abcdef";

/** A transport whose waits are recorded and skipped. */
function recording(options: TransportOptions = {}) {
  const asked: number[] = [];
  const transport = createTransport({
    sleep: async (ms, signal) => {
      asked.push(ms);
      if (signal.aborted) throw signal.reason;
    },
    ...options,
  });
  return { transport, asked };
}

/** The slot of a method's call expecting a body of `returns`. */
const slotFor = (
  returns: BodyKind | undefined,
  more: Partial<CallSlot> = {},
): CallSlot => ({
  returns,
  secrets: [],
  tries: 0,
  path: "",
  response: undefined,
  data: undefined,
  error: undefined,
  ...more,
});

const post = (url: string, body = "{}") =>
  new Request(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });

describe("tries: clones, bodies, limits", () => {
  it("retries on 503 with a clone of the request, and returns a readable Response", async () => {
    const server = await scripted([{ status: 503, body: '{"error":"x"}' }]);
    const { transport, asked } = recording();
    const res = await transport.fetch(
      new Request(`${server.url}/groups/9?name=x`),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(server.received.map((s) => s.url)).toEqual([
      "/groups/9?name=x",
      "/groups/9?name=x",
    ]);
    expect(asked).toHaveLength(1);
  });

  it("sends the same body and headers on every try", async () => {
    const server = await scripted([{ status: 503 }]);
    const body = JSON.stringify({ name: "Analysts", description: "Team" });
    const res = await recording().transport.fetch(
      new Request(`${server.url}/groups`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      }),
    );
    expect(res.status).toBe(200);
    expect(
      server.received.map((s) => [s.method, s.body, s.headers["content-type"]]),
    ).toEqual([
      ["POST", body, "application/json"],
      ["POST", body, "application/json"],
    ]);
  });

  it("gives up after maxRetries: the last response", async () => {
    const server = await scripted([
      { status: 503 },
      { status: 503 },
      { status: 503 },
    ]);
    const { transport } = recording({ retries: { maxRetries: 2 } });
    const res = await transport.fetch(new Request(`${server.url}/groups`));
    expect(res.status).toBe(503);
    expect(server.received).toHaveLength(3);
  });

  it("retries: false and 0 make exactly one request", async () => {
    for (const retries of [false, 0] as const) {
      const server = await scripted([{ status: 503 }, { status: 503 }]);
      const res = await recording({ retries }).transport.fetch(
        new Request(`${server.url}/groups`),
      );
      expect(res.status).toBe(503);
      expect(server.received).toHaveLength(1);
    }
  });

  it("waits at least Retry-After, as asked of the injected sleep", async () => {
    const server = await scripted([
      { status: 429, headers: { "retry-after": "7" } },
      { status: 503, headers: { "retry-after": "2" } },
    ]);
    const { transport, asked } = recording();
    const res = await transport.fetch(new Request(`${server.url}/groups`));
    expect(res.status).toBe(200);
    // The backoff of tries 1 and 2 is under 0.5 s and 1 s: Retry-After wins.
    expect(asked).toEqual([7000, 2000]);
  });

  it("gives up when Retry-After would end past the total budget", async () => {
    const server = await scripted([
      { status: 429, headers: { "retry-after": "120" } },
    ]);
    const { transport, asked } = recording({
      retries: { maxElapsedMs: 60_000 },
    });
    const res = await transport.fetch(new Request(`${server.url}/groups`));
    expect(res.status).toBe(429);
    expect(asked).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("counts the tries' own time against the budget", async () => {
    // The first answer takes at least 100 ms, so a 50 ms budget is spent.
    const server = await scripted([
      { status: 503, delayMs: 100, headers: { "retry-after": "0" } },
    ]);
    const { transport, asked } = recording({
      retries: { maxElapsedMs: 50, baseDelayMs: 0 },
    });
    const res = await transport.fetch(new Request(`${server.url}/groups`));
    expect(res.status).toBe(503);
    expect(asked).toEqual([]);
  });

  it("rejects nonsense settings", () => {
    expect(() => createTransport({ timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createTransport({ retries: -1 })).toThrow(RangeError);
  });
});

describe("timeouts and lost connections", () => {
  it("times out each try, then throws CivisTimeoutError with the tries", async () => {
    const server = await scripted(["hang", "hang", "hang"]);
    const { transport, asked } = recording({
      retries: { maxRetries: 2 },
      timeoutMs: 50,
    });
    const err = await transport
      .fetch(
        new Request(`${server.url}/groups/9`, {
          headers: { authorization: basicAuthorization(KEY) },
        }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expect(err).toMatchObject({
      method: "GET",
      path: "/groups/9",
      timeoutMs: 50,
      tries: 3,
    });
    expect(server.received).toHaveLength(3);
    expect(asked).toHaveLength(2);
    const shown = [String(err), inspect(err), JSON.stringify(err)].join("\n");
    expect(shown.includes(KEY)).toBe(false);
    expect(shown.includes(basicAuthorization(KEY))).toBe(false);
  });

  it("a body that stalls past the timeout is a failed try", async () => {
    const server = await scripted(["stall-body"]);
    // Generous: the second, healthy try must finish within it even on a loaded machine.
    const { transport } = recording({ timeoutMs: 500 });
    const slot = slotFor("object");
    await transport.fetch(new Request(`${server.url}/groups`), undefined, slot);
    expect(slot.data).toEqual({ ok: true });
    expect(slot.tries).toBe(2);
  });

  it("retries a GET after connection resets", async () => {
    const server = await scripted(["reset", "reset"]);
    const res = await recording().transport.fetch(
      new Request(`${server.url}/groups`),
    );
    expect(res.status).toBe(200);
    expect(server.received).toHaveLength(3);
  });

  it("throws CivisConnectionError with the try count when nothing listens", async () => {
    const url = await refusedUrl();
    const { transport } = recording({ retries: 2 });
    const err = await transport
      .fetch(new Request(`${url}/groups`))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisConnectionError);
    expect(err).toMatchObject({ tries: 3 });
    expect((err as Error).message).toBe(
      "Connection failed: ECONNREFUSED (GET /groups)",
    );
  });
});

describe("what can never succeed fails at once", () => {
  it("a port fetch refuses: CivisConnectionError after one try, with the cause", async () => {
    const { transport, asked } = recording();
    // Port 1 is on the fetch standard's list of bad ports.
    const err = await transport
      .fetch(new Request("http://127.0.0.1:1/groups"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisConnectionError);
    expect(err).toMatchObject({ tries: 1 });
    expect((err as Error).message).toBe(
      "Connection failed: bad port (GET /groups)",
    );
    expect((err as Error).cause).toBeInstanceOf(TypeError);
    expect(asked).toEqual([]);
  });

  it("a fetch that the runtime forbids (Deno without --allow-net): one try", async () => {
    let calls = 0;
    const denied = Object.assign(
      new Error('Requires net access to "127.0.0.1:8000"'),
      { name: "PermissionDenied" },
    );
    const { transport } = recording({
      fetch: async () => {
        calls++;
        throw denied;
      },
    });
    const err = await transport
      .fetch(new Request("http://127.0.0.1:8000/groups"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisConnectionError);
    expect((err as Error).cause).toBe(denied);
    expect(calls).toBe(1);
  });

  const coded = (code: string) => ({
    cause: Object.assign(new Error("x"), { code }),
  });
  it.each([
    ["Deno 1 permission", "blocked", false, { name: "PermissionDenied" }],
    ["Deno 2 permission", "blocked", false, { name: "NotCapable" }],
    ["bad port", "blocked", false, { cause: new Error("bad port") }],
    ["invalid URL", "blocked", false, { code: "ERR_INVALID_URL" }],
    ["refused", "network", false, coded("ECONNREFUSED")],
    ["no such host", "network", false, coded("ENOTFOUND")],
    ["reset", "network", true, coded("ECONNRESET")],
    [
      "a socket closed",
      "network",
      true,
      { cause: new Error("other side closed") },
    ],
  ] as const)(
    "classifyFailure: %s -> %s, may have arrived: %s",
    (_, failure, mayHaveArrived, props) => {
      const error = Object.assign(new TypeError("fetch failed"), props);
      expect(classifyFailure(error, false)).toEqual({
        failure,
        mayHaveArrived,
      });
    },
  );

  it("classifyFailure: a timeout may have arrived", () => {
    expect(classifyFailure(new Error("aborted"), true)).toEqual({
      failure: "timeout",
      mayHaveArrived: true,
    });
  });
});

describe("a method's call: the body parsed once into its slot", () => {
  it("hands back the last response as it came, its body read, and the parsed body in the slot", async () => {
    const server = await scripted([
      { status: 503 },
      { status: 200, body: '{"id":9}', headers: { "x-request-id": "r9" } },
    ]);
    const slot = slotFor("object");
    const response = await recording().transport.fetch(
      new Request(`${server.url}/groups/9?x=1`),
      undefined,
      slot,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r9");
    expect(response.bodyUsed).toBe(true);
    expect(slot).toMatchObject({
      data: { id: 9 },
      tries: 2,
      path: "/groups/9",
      response,
      error: undefined,
    });
    expect(server.received.map((s) => s.url)).toEqual([
      "/groups/9?x=1",
      "/groups/9?x=1",
    ]);
  });

  it("sends the method, headers and body it is given on every try", async () => {
    const server = await scripted([{ status: 503 }]);
    const body = JSON.stringify({ name: "Analysts" });
    await recording().transport.fetch(
      new Request(`${server.url}/groups/9`, {
        method: "PUT",
        headers: { "content-type": "application/json", "x-extra": "yes" },
        body,
      }),
      undefined,
      slotFor("object"),
    );
    expect(
      server.received.map((s) => [
        s.method,
        s.body,
        s.headers["content-type"],
        s.headers["x-extra"],
      ]),
    ).toEqual([
      ["PUT", body, "application/json", "yes"],
      ["PUT", body, "application/json", "yes"],
    ]);
  });

  it("the first try sends the Request it is given; only a retry sends a copy", async () => {
    const server = await scripted([{ status: 503 }]);
    const sent: Request[] = [];
    const { transport } = recording({
      fetch: (input, init) => {
        sent.push(input as Request);
        return globalThis.fetch(input, init);
      },
    });
    const request = post(`${server.url}/groups`, '{"name":"x"}');
    await transport.fetch(request, undefined, slotFor("object"));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(request);
    expect(sent[1]).not.toBe(request);
    expect(server.received.map((s) => s.body)).toEqual([
      '{"name":"x"}',
      '{"name":"x"}',
    ]);
  });

  /** [title, status, body, the body the operation declares, "the body is ..."] */
  const invalid: [string, number, string | undefined, BodyKind, string][] = [
    ["empty", 200, "", "object", "empty"],
    ["a 204 where a body is declared", 204, undefined, "object", "empty"],
    ["HTML", 200, "<html>oops</html>", "object", "not JSON, or was cut short"],
    ["cut short", 200, '{"id": 9, "na', "object", "not JSON, or was cut short"],
    ["an array for an object", 200, "[]", "object", "an array, not an object"],
    ["an object for an array", 200, "{}", "array", "an object, not an array"],
    [
      "null for either kind",
      200,
      "null",
      "any",
      "neither object nor array, not an object or array",
    ],
  ];

  it.each(invalid)("%s: a GET is retried", async (_, status, body, kind) => {
    const server = await scripted([
      { status, body },
      { status, body },
      { status: 200, body: kind === "array" ? "[7]" : '{"id":7}' },
    ]);
    const slot = slotFor(kind);
    await recording().transport.fetch(
      new Request(`${server.url}/groups/7`),
      undefined,
      slot,
    );
    expect(slot.tries).toBe(3);
    expect(slot.data).toEqual(kind === "array" ? [7] : { id: 7 });
  });

  it.each(invalid)(
    "%s: a POST is not, and says it may have happened",
    async (_, status, body, kind, problem) => {
      const server = await scripted([{ status, body }]);
      const err = await recording()
        .transport.fetch(post(`${server.url}/groups`), undefined, slotFor(kind))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CivisInvalidResponseError);
      expect((err as Error).message).toBe(
        `(${status}) Invalid response: the body is ${problem}; the POST may have taken effect, so it was not retried (POST /groups)`,
      );
      expect(server.received).toHaveLength(1);
    },
  );

  it("an invalid body's error carries the request id, redacted of the secrets", async () => {
    const server = await scripted([
      { status: 200, headers: { "x-request-id": `r-${KEY}` }, body: "[]" },
    ]);
    const err = await recording()
      .transport.fetch(
        post(`${server.url}/groups`),
        undefined,
        slotFor("object", { secrets: [KEY] }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect(err).toMatchObject({ requestId: "r-[REDACTED]", tries: 1 });
  });

  it("an operation without a body (204) ignores whatever comes", async () => {
    const server = await scripted([{ status: 200, body: "<html>" }]);
    const slot = slotFor(undefined);
    const response = await recording().transport.fetch(
      new Request(`${server.url}/groups/1/members/2`, { method: "DELETE" }),
      undefined,
      slot,
    );
    expect(response.status).toBe(200);
    expect(slot).toMatchObject({ data: undefined, tries: 1, error: undefined });
  });

  it("an error status: a readable Response, and its typed error in the slot, server text redacted of the secrets", async () => {
    const password = "correct horse battery";
    const text = JSON.stringify({
      error: "not_found",
      errorDescription: `no ${password} for ${KEY}`,
    });
    const server = await scripted([
      { status: 404, headers: { "x-request-id": "r1" }, body: text },
    ]);
    const { transport } = recording({ secrets: [KEY] });
    const slot = slotFor("object", { secrets: [KEY, password] });
    const response = await transport.fetch(
      new Request(`${server.url}/credentials/3`),
      undefined,
      slot,
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(text);
    expect(slot.response).toBe(response);
    expect(slot.error).toBeInstanceOf(CivisNotFoundError);
    expect(slot.error).toMatchObject({
      message: "(404) no [REDACTED] for [REDACTED] (GET /credentials/3)",
      requestId: "r1",
      tries: 1,
    });
  });

  it("a retried DELETE whose first try was cut off resolves on 404", async () => {
    const server = await scripted(["reset", { status: 404, body: "{}" }]);
    const slot = slotFor(undefined);
    const response = await recording().transport.fetch(
      new Request(`${server.url}/credentials/3`, { method: "DELETE" }),
      undefined,
      slot,
    );
    expect(response.status).toBe(404);
    expect(slot).toMatchObject({ tries: 2, error: undefined });
  });

  it("a DELETE's 404 is an error when no earlier try may have done it", async () => {
    for (const [steps, tries] of [
      [[{ status: 404 }], 1],
      [[{ status: 503 }, { status: 404 }], 2],
    ] as const) {
      const server = await scripted([...steps]);
      const slot = slotFor(undefined);
      await recording().transport.fetch(
        new Request(`${server.url}/credentials/3`, { method: "DELETE" }),
        undefined,
        slot,
      );
      expect(slot.error).toBeInstanceOf(CivisNotFoundError);
      expect(slot.error).toMatchObject({ tries });
    }
  });

  it("a 5xx after the retries is a CivisServerError", async () => {
    const server = await scripted([{ status: 502 }, { status: 502 }]);
    const slot = slotFor("object");
    await recording({ retries: 1 }).transport.fetch(
      new Request(`${server.url}/x`),
      undefined,
      slot,
    );
    expect(slot.error).toBeInstanceOf(CivisServerError);
    expect(slot.error).toMatchObject({ tries: 2, status: 502 });
  });

  it("the slot's options win over the client's: retries and timeout", async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    const slot = slotFor("object", { retries: false });
    const response = await recording().transport.fetch(
      new Request(`${server.url}/groups`),
      undefined,
      slot,
    );
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
    const hung = await scripted(["hang"]);
    const err = await recording()
      .transport.fetch(
        new Request(`${hung.url}/groups`),
        undefined,
        slotFor("object", { retries: false, timeoutMs: 50 }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expect(err).toMatchObject({ timeoutMs: 50, tries: 1 });
  });
});

describe("a client.raw call: the declared body checked too", () => {
  const returnsOf = (method: string, path: string) =>
    method === "GET" && path === "/groups/7" ? "object" : undefined;

  it("a GET whose body is not the declared kind is retried; the caller gets the good body, readable", async () => {
    const server = await scripted([
      { status: 200, body: "[]" },
      { status: 200, body: '{"id":7}' },
    ]);
    const response = await recording({ returnsOf }).transport.fetch(
      new Request(`${server.url}/groups/7`),
    );
    expect(await response.json()).toEqual({ id: 7 });
    expect(server.received).toHaveLength(2);
  });

  it("one that stays invalid rejects with CivisInvalidResponseError", async () => {
    const server = await scripted([
      { status: 200, body: "" },
      { status: 200, body: "" },
    ]);
    const err = await recording({ returnsOf, retries: 1 })
      .transport.fetch(new Request(`${server.url}/groups/7`))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect(err).toMatchObject({ tries: 2, status: 200, path: "/groups/7" });
  });

  it("an operation it does not know is not checked", async () => {
    const server = await scripted([{ status: 200, body: "<html>" }]);
    const response = await recording({ returnsOf }).transport.fetch(
      new Request(`${server.url}/groups/8`),
    );
    expect(await response.text()).toBe("<html>");
  });
});

describe("onLog", () => {
  it("one entry per call, raw or not, with what happened", async () => {
    const server = await scripted([
      { status: 503 },
      { status: 200, headers: { "x-request-id": "r1" }, body: "{}" },
      { status: 404, headers: { "x-request-id": "r2" }, body: "{}" },
    ]);
    const entries: unknown[] = [];
    const { transport } = recording({ onLog: (e) => entries.push(e) });
    await transport.fetch(new Request(`${server.url}/groups/1`));
    const slot = slotFor("object");
    await transport.fetch(
      new Request(`${server.url}/groups/2`),
      undefined,
      slot,
    );
    // A method's line waits on its slot: the method writes it when done.
    expect(entries).toHaveLength(1);
    transport.log(slot.log!);
    expect(entries).toEqual([
      {
        method: "GET",
        path: "/groups/1",
        status: 200,
        error: null,
        tries: 2,
        requestId: "r1",
        ms: expect.any(Number),
      },
      {
        method: "GET",
        path: "/groups/2",
        status: 404,
        error: "CivisNotFoundError",
        tries: 1,
        requestId: "r2",
        ms: expect.any(Number),
      },
    ]);
  });

  it("a hook that throws changes nothing", async () => {
    const server = await scripted([]);
    const { transport } = recording({
      onLog: () => {
        throw new Error("hook");
      },
    });
    const response = await transport.fetch(new Request(`${server.url}/x`));
    expect(response.status).toBe(200);
  });
});

describe("readBody", () => {
  it("gives the data of a body of the declared kind", () => {
    expect(readBody('{"a":1}', "object")).toEqual({ data: { a: 1 } });
    expect(readBody("[]", "array")).toEqual({ data: [] });
    expect(readBody("[]", "any")).toEqual({ data: [] });
    expect(readBody("{}", "any")).toEqual({ data: {} });
  });
});

describe("cancellation", () => {
  it("a caller's abort during the backoff wait rejects at once with the caller's reason", async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    const controller = new AbortController();
    const asked: number[] = [];
    const transport = createTransport({
      sleep: (ms, signal) => {
        asked.push(ms);
        queueMicrotask(() => controller.abort());
        return abortableSleep(3_600_000, signal); // an hour, unless aborted
      },
    });
    const err = await transport
      .fetch(new Request(`${server.url}/groups`, { signal: controller.signal }))
      .catch((e: unknown) => e);
    expect(err).toBe(controller.signal.reason);
    expect((err as Error).name).toBe("AbortError");
    expect(asked).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it("a caller's abort during a try rejects with the caller's reason, not a Civis error", async () => {
    const server = await scripted(["hang"]);
    const controller = new AbortController();
    const pending = recording().transport.fetch(
      new Request(`${server.url}/groups`),
      undefined,
      slotFor("object", { signal: controller.signal }),
    );
    await server.arrived(1);
    const reason = new Error("user gave up");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(server.received).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await scripted([]);
    const err = await createTransport()
      .fetch(
        new Request(`${server.url}/groups`, { signal: AbortSignal.abort() }),
      )
      .catch((e: unknown) => e);
    expect((err as Error).name).toBe("AbortError");
    expect(server.received).toHaveLength(0);
  });
});

// A minimal paths type in openapi-typescript's shape, for openapi-fetch.
interface TestPaths {
  "/groups": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { user_ids?: number[]; name?: string; archived?: boolean };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { ok: boolean } };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

describe("with openapi-fetch and the middleware", () => {
  async function setup(steps: Answer[]) {
    const server = await scripted(steps);
    const { transport } = recording();
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: transport.fetch,
      querySerializer: civisQuerySerializer,
      pathSerializer: civisPathSerializer,
      headers: Object.fromEntries([
        ["authorization", authorization(KEY)],
        ...fixedHeaders({
          userAgent: defaultUserAgent("1.2.3"),
          env: { CIVIS_JOB_ID: "11", CIVIS_RUN_ID: "22" },
          headers: { "X-Extra": "yes" },
        }),
      ]),
    });
    let onRequestCalls = 0;
    client.use({
      onRequest() {
        onRequestCalls++;
      },
    });
    return { server, client, onRequestCalls: () => onRequestCalls };
  }

  it("runs middleware once, retries clones, and sends auth, headers and the Civis query format", async () => {
    const { server, client, onRequestCalls } = await setup([
      { status: 503, body: '{"error":"x"}' },
    ]);
    const { data } = await client.GET("/groups", {
      params: { query: { user_ids: [1, 2], name: "a b&c", archived: false } },
    });
    expect(data).toEqual({ ok: true });
    expect(onRequestCalls()).toBe(1);
    expect(server.received).toHaveLength(2);
    for (const s of server.received) {
      expect(s.url).toBe(
        "/groups?user_ids[]=1&user_ids[]=2&name=a%20b%26c&archived=false",
      );
      expect(s.headers.authorization).toBe(
        `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`,
      );
      expect(s.headers["user-agent"]).toMatch(
        /^civis-api\/1\.2\.3 node\/\d+\.\d+\.\d+$/,
      );
      expect(s.headers["x-civis-job-id"]).toBe("11");
      expect(s.headers["x-civis-run-id"]).toBe("22");
      expect(s.headers["x-extra"]).toBe("yes");
    }
  });

  it("client.raw keeps openapi-fetch's { error } for an error status", async () => {
    const { client } = await setup([
      { status: 404, body: '{"error":"not_found"}' },
    ]);
    const { data, error, response } = await client.GET("/groups");
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "not_found" });
    expect(response.status).toBe(404);
  });

  it("obeys a signal given in the call's init", async () => {
    const { server, client } = await setup(["hang"]);
    const controller = new AbortController();
    const pending = client.GET("/groups", { signal: controller.signal });
    await server.arrived(1);
    controller.abort();
    await expect(pending).rejects.toBe(controller.signal.reason);
    expect((controller.signal.reason as Error).name).toBe("AbortError");
  });

  it("lets a call's own Authorization and headers win", async () => {
    const { server, client } = await setup([]);
    await client.GET("/groups", {
      headers: { Authorization: "Bearer other", "X-Extra": "mine" },
    });
    expect(server.received[0]?.headers.authorization).toBe("Bearer other");
    expect(server.received[0]?.headers["x-extra"]).toBe("mine");
  });
});

describe("middleware and serializer units", () => {
  it("civisQuerySerializer", () => {
    expect(civisQuerySerializer({})).toBe("");
    expect(
      civisQuerySerializer({
        a: undefined,
        b: null,
        ids: [3, null, 4],
        empty: [],
        flag: true,
        off: false,
        n: 0,
        s: "x y/é?",
        when: new Date("2026-04-17T18:21:01.000Z"),
      }),
    ).toBe(
      "ids[]=3&ids[]=4&flag=true&off=false&n=0&s=x%20y%2F%C3%A9%3F&when=2026-04-17T18%3A21%3A01.000Z",
    );
    expect(() => civisQuerySerializer({ nested: { a: 1 } })).toThrow(
      /"nested"/,
    );
  });

  it("civisPathSerializer: values URI-encoded in place of their {names}", () => {
    expect(
      civisPathSerializer("https://x.test/v1/ps/{id}/resources/{name}", {
        id: 3,
        name: "res/1 x?",
      }),
    ).toBe("https://x.test/v1/ps/3/resources/res%2F1%20x%3F");
    expect(civisPathSerializer("https://x.test/groups", {})).toBe(
      "https://x.test/groups",
    );
    // Dots inside a value are no dot segment.
    expect(civisPathSerializer("/r/{name}", { name: "a..b" })).toBe("/r/a..b");
  });

  it.each([
    [undefined, "is missing"],
    [null, "is missing"],
    [
      "",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [
      ".",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [
      "..",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [
      "%2e",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [
      "%2E%2e",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [
      ".%2e",
      'cannot be empty, "." or ".." (or an encoded or look-alike form of them)',
    ],
    [{ a: 1 }, "must be a string or a finite number"],
    [[1], "must be a string or a finite number"],
    [NaN, "must be a string or a finite number"],
    ["\ud800", "must be well-formed Unicode"],
  ])(
    "civisPathSerializer refuses %j with a TypeError naming the parameter",
    (value, says) => {
      expect(() => civisPathSerializer("/r/{name}", { name: value })).toThrow(
        new TypeError(`path parameter "name" ${says}`),
      );
    },
  );

  it("authorization refuses a bad key without echoing it", () => {
    for (const bad of ["", "  ", `${KEY}\n`]) {
      let message = "";
      try {
        authorization(bad);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/apiKey/);
      expect(message).not.toContain(KEY);
    }
  });

  it("basicAuthorization encodes key + ':'", () => {
    expect(basicAuthorization("abc")).toBe(
      `Basic ${Buffer.from("abc:").toString("base64")}`,
    );
    expect(basicAuthorization("clé")).toBe(
      `Basic ${Buffer.from("clé:", "utf8").toString("base64")}`,
    );
  });

  it("fixedHeaders has no job headers when the env lacks them", () => {
    expect(fixedHeaders({ env: {} })).toEqual([]);
  });

  it("fixedHeaders reads process.env by default", () => {
    const saved = process.env.CIVIS_JOB_ID;
    process.env.CIVIS_JOB_ID = "77";
    try {
      expect(fixedHeaders()).toEqual([["x-civis-job-id", "77"]]);
    } finally {
      if (saved === undefined) delete process.env.CIVIS_JOB_ID;
      else process.env.CIVIS_JOB_ID = saved;
    }
  });

  it("fixedHeaders rejects a bad header value without quoting it", () => {
    let message = "";
    try {
      fixedHeaders({ headers: { "X-Token": `${KEY}\nInjected: 1` } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('Invalid value for header "X-Token"');
  });

  it("defaultUserAgent", () => {
    expect(defaultUserAgent("0.1.0")).toBe(
      `civis-api/0.1.0 node/${process.versions.node}`,
    );
  });

  it("readEnv under Deno asks the permission's state first, and never reads without it", () => {
    const g = globalThis as { Deno?: unknown };
    const asked: string[] = [];
    const read: string[] = [];
    const deno = (state: string) => ({
      permissions: {
        querySync: ({ variable }: { variable: string }) => {
          asked.push(variable);
          return { state };
        },
      },
      env: {
        get: (name: string) => {
          read.push(name);
          return `value of ${name}`;
        },
      },
    });
    try {
      g.Deno = deno("prompt");
      expect(readEnv("CIVIS_JOB_ID")).toBeUndefined();
      expect([asked, read]).toEqual([["CIVIS_JOB_ID"], []]);
      g.Deno = deno("granted");
      expect(readEnv("CIVIS_RUN_ID")).toBe("value of CIVIS_RUN_ID");
      expect(read).toEqual(["CIVIS_RUN_ID"]);
      // An old Deno without querySync: nothing is read rather than prompt.
      g.Deno = { env: deno("granted").env };
      expect(readEnv("CIVIS_API_KEY")).toBeUndefined();
      expect(read).toEqual(["CIVIS_RUN_ID"]);
    } finally {
      delete g.Deno;
    }
  });

  it("fixedHeaders reads no job variable that the headers option gives", () => {
    const env = new Proxy({} as Record<string, string>, {
      get: (_, name) => {
        throw new Error(`read ${String(name)}`);
      },
    });
    expect(
      fixedHeaders({
        env,
        headers: { "X-Civis-Job-ID": "5", "X-Civis-Run-ID": "6" },
      }),
    ).toEqual([
      ["x-civis-job-id", "5"],
      ["x-civis-run-id", "6"],
    ]);
  });
});
