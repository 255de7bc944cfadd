// The retrying fetch and the middleware over real loopback HTTP: a scripted
// node:http server counts what actually arrives. Waits are injected, so no
// assertion depends on wall time.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  CivisConnectionError,
  CivisServerError,
  CivisTimeoutError,
  errorFromResponse,
} from "../../src/errors.js";
import {
  abortableSleep,
  createRetryingFetch,
  triesOf,
  tryInfoOf,
  type TryEvent,
} from "../../src/transport/fetch-with-retry.js";
import {
  authMiddleware,
  basicAuthorization,
  civisQuerySerializer,
  defaultUserAgent,
  headersMiddleware,
} from "../../src/transport/middleware.js";

// A made-up key; the real one never appears in tests.
const KEY = "fake-civis-key-0123456789abcdef";

type Step =
  | { status: number; headers?: Record<string, string>; body?: string }
  | "hang" // never answer
  | "reset" // destroy the socket: a network error
  | "stall-body"; // headers and half a body, then nothing

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface ScriptedServer {
  url: string;
  seen: Seen[];
  /** Resolves once `n` requests have arrived. */
  arrived(n: number): Promise<void>;
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  }
});

async function scripted(steps: Step[]): Promise<ScriptedServer> {
  const seen: Seen[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      for (const w of waiters) if (seen.length >= w.n) w.resolve();
      const step = steps.shift() ?? { status: 200, body: '{"ok":true}' };
      if (step === "hang") return;
      if (step === "reset") return void req.socket.destroy();
      if (step === "stall-body") {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-length": "100",
        });
        res.write('{"partial":');
        return;
      }
      res.writeHead(step.status, {
        "content-type": "application/json",
        ...step.headers,
      });
      res.end(step.body ?? "");
    });
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    arrived: (n) =>
      new Promise<void>((resolve) => {
        if (seen.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
}

/** Sleep that records what it was asked for and returns at once. */
function recordingSleep(): {
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  asked: number[];
} {
  const asked: number[] = [];
  return {
    asked,
    sleep: async (ms, signal) => {
      asked.push(ms);
      if (signal.aborted) throw signal.reason;
    },
  };
}

describe("createRetryingFetch over loopback HTTP", () => {
  it("retries a GET on 503, then returns the OK response with tries=2", async () => {
    const server = await scripted([
      { status: 503, body: '{"error":"unavailable"}' },
    ]);
    const { sleep, asked } = recordingSleep();
    const events: TryEvent[] = [];
    const rf = createRetryingFetch({
      sleep,
      random: () => 0,
      onTry: (e) => events.push(e),
    });
    const res = await rf(new Request(`${server.url}/groups/9?name=x`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(server.seen).toHaveLength(2);
    expect(triesOf(res)).toBe(2);
    expect(tryInfoOf(res)).toEqual({
      tries: 2,
      method: "GET",
      path: "/groups/9",
    });
    expect(asked).toEqual([0]);
    expect(events).toEqual([
      {
        attempt: 1,
        method: "GET",
        path: "/groups/9",
        status: 503,
        willRetry: true,
        delayMs: 0,
      },
      {
        attempt: 2,
        method: "GET",
        path: "/groups/9",
        status: 200,
        willRetry: false,
      },
    ]);
  });

  it("records tries=1 for a response that needed no retry", async () => {
    const server = await scripted([
      { status: 404, body: '{"error":"not_found"}' },
    ]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const res = await rf(new Request(`${server.url}/groups/1`));
    expect(res.status).toBe(404);
    expect(triesOf(res)).toBe(1);
    expect(triesOf(new Response("x"))).toBe(1);
    expect(tryInfoOf(new Response("x"))).toBeUndefined();
  });

  it("does not retry a POST on 502", async () => {
    const server = await scripted([{ status: 502 }]);
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({ sleep });
    const res = await rf(
      new Request(`${server.url}/groups`, { method: "POST", body: "{}" }),
    );
    expect(res.status).toBe(502);
    expect(server.seen).toHaveLength(1);
    expect(asked).toEqual([]);
    expect(triesOf(res)).toBe(1);
  });

  it("retries a POST on 503 and resends the same body", async () => {
    const server = await scripted([{ status: 503 }]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const body = JSON.stringify({ name: "Analysts", description: "Team" });
    const res = await rf(
      new Request(`${server.url}/groups`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      }),
    );
    expect(res.status).toBe(200);
    expect(server.seen.map((s) => s.body)).toEqual([body, body]);
    expect(server.seen.map((s) => s.headers["content-type"])).toEqual([
      "application/json",
      "application/json",
    ]);
    expect(triesOf(res)).toBe(2);
  });

  it("never retries a PATCH", async () => {
    const server = await scripted([{ status: 503 }, { status: 429 }]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const res = await rf(
      new Request(`${server.url}/groups/1`, { method: "PATCH", body: "{}" }),
    );
    expect(res.status).toBe(503);
    expect(server.seen).toHaveLength(1);
  });

  it("gives up after maxRetries and returns the last response", async () => {
    const server = await scripted([
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 503 },
    ]);
    const rf = createRetryingFetch({
      sleep: recordingSleep().sleep,
      retry: { maxRetries: 2 },
    });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(res.status).toBe(503);
    expect(server.seen).toHaveLength(3);
    expect(triesOf(res)).toBe(3);
  });

  it("waits at least Retry-After, as asked of the injected sleep", async () => {
    const server = await scripted([
      { status: 429, headers: { "retry-after": "7" } },
      { status: 503, headers: { "retry-after": "2" } },
    ]);
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({ sleep, random: () => 0.999 });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(res.status).toBe(200);
    // attempt 2 cap is 1000 ms of jitter, below the 2 s Retry-After
    expect(asked).toEqual([7000, 2000]);
    expect(server.seen).toHaveLength(3);
  });

  it("gives up when Retry-After would end past the total budget", async () => {
    const server = await scripted([
      { status: 429, headers: { "retry-after": "120" } },
    ]);
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({ sleep, retry: { maxElapsedMs: 60_000 } });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(res.status).toBe(429);
    expect(asked).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it("counts the tries' own time against the budget (injected clock)", async () => {
    const server = await scripted([
      { status: 503 },
      { status: 503 },
      { status: 503 },
    ]);
    let clock = 0;
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({
      sleep,
      random: () => 0,
      now: () => (clock += 600), // each reading 600 ms later: the second check is past 1000
      retry: { maxRetries: 5, maxElapsedMs: 1000 },
    });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(res.status).toBe(503);
    expect(asked).toEqual([0]);
    expect(server.seen).toHaveLength(2);
  });

  it("retries: false and 0 make exactly one request", async () => {
    for (const retry of [false, 0] as const) {
      const server = await scripted([{ status: 503 }, { status: 503 }]);
      const rf = createRetryingFetch({ sleep: recordingSleep().sleep, retry });
      const res = await rf(new Request(`${server.url}/groups`));
      expect(res.status).toBe(503);
      expect(server.seen).toHaveLength(1);
    }
  });

  it("withOptions overrides the policy for one call only", async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const once = await rf.withOptions({ retries: false })(
      new Request(`${server.url}/a`),
    );
    expect(once.status).toBe(503);
    expect(server.seen).toHaveLength(1);
    const retried = await rf(new Request(`${server.url}/b`));
    expect(retried.status).toBe(200);
    expect(server.seen).toHaveLength(3);
  });

  it("times out each try and throws CivisTimeoutError after the GET's retries", async () => {
    const server = await scripted(["hang", "hang", "hang"]);
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({
      sleep,
      retry: { maxRetries: 2 },
    }).withOptions({ timeoutMs: 50 });
    const err = await rf(
      new Request(`${server.url}/groups/9`, {
        headers: { authorization: basicAuthorization(KEY) },
      }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expect(err).toMatchObject({
      method: "GET",
      path: "/groups/9",
      timeoutMs: 50,
      tries: 3,
    });
    expect(server.seen).toHaveLength(3);
    expect(asked).toHaveLength(2);
    const shown = [String(err), inspect(err), JSON.stringify(err)].join("\n");
    expect(shown).not.toContain(KEY);
    expect(shown).not.toContain(basicAuthorization(KEY));
  });

  it("does not retry a POST that timed out", async () => {
    const server = await scripted(["hang", "hang"]);
    const rf = createRetryingFetch({
      sleep: recordingSleep().sleep,
      timeoutMs: 50,
    });
    const err = await rf(
      new Request(`${server.url}/groups`, { method: "POST", body: "{}" }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expect(err).toMatchObject({ tries: 1 });
    expect(server.seen).toHaveLength(1);
  });

  it("treats a body that stalls past the timeout as a failed try", async () => {
    const server = await scripted(["stall-body"]);
    // Generous: the second, healthy try must finish within it even on a loaded machine.
    const rf = createRetryingFetch({
      sleep: recordingSleep().sleep,
      timeoutMs: 500,
    });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(await res.json()).toEqual({ ok: true });
    expect(triesOf(res)).toBe(2);
  });

  it("retries a GET after a network error", async () => {
    const server = await scripted(["reset", "reset"]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const res = await rf(new Request(`${server.url}/groups`));
    expect(res.status).toBe(200);
    expect(triesOf(res)).toBe(3);
    expect(server.seen).toHaveLength(3);
  });

  it("throws CivisConnectionError for a POST's network error, without retrying", async () => {
    const server = await scripted(["reset", "reset"]);
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const err = await rf(
      new Request(`${server.url}/groups`, { method: "POST", body: "{}" }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CivisConnectionError);
    expect(err).toMatchObject({ method: "POST", path: "/groups", tries: 1 });
    expect((err as CivisConnectionError).cause).toBeDefined();
    expect(server.seen).toHaveLength(1);
  });

  it("throws CivisConnectionError with the try count when nothing listens", async () => {
    const server = await scripted([]);
    const closed = servers.pop()!;
    closed.close();
    await once(closed, "close");
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep, retry: 2 });
    const err = await rf(new Request(`${server.url}/groups`)).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CivisConnectionError);
    expect(err).toMatchObject({ tries: 3 });
    expect((err as Error).message).toMatch(
      /^Connection failed: ECONNREFUSED \(GET \/groups\)$/,
    );
  });

  it("a caller's abort during the backoff wait rejects at once with the caller's reason", async () => {
    const server = await scripted([{ status: 503 }, { status: 503 }]);
    const controller = new AbortController();
    const asked: number[] = [];
    const rf = createRetryingFetch({
      sleep: (ms, signal) => {
        asked.push(ms);
        queueMicrotask(() => controller.abort());
        return abortableSleep(3_600_000, signal); // would wait an hour unless aborted
      },
    });
    const err = await rf(
      new Request(`${server.url}/groups`, { signal: controller.signal }),
    ).catch((e: unknown) => e);
    expect(err).toBe(controller.signal.reason);
    expect((err as Error).name).toBe("AbortError");
    expect(asked).toHaveLength(1);
    expect(server.seen).toHaveLength(1);
  });

  it("a caller's abort during a try rejects with the caller's reason, not a Civis error", async () => {
    const server = await scripted(["hang"]);
    const controller = new AbortController();
    const rf = createRetryingFetch({ sleep: recordingSleep().sleep });
    const pending = rf.withOptions({ signal: controller.signal })(
      new Request(`${server.url}/groups`),
    );
    await server.arrived(1);
    const reason = new Error("user gave up");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(server.seen).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await scripted([]);
    const rf = createRetryingFetch();
    const err = await rf(
      new Request(`${server.url}/groups`, { signal: AbortSignal.abort() }),
    ).catch((e: unknown) => e);
    expect((err as Error).name).toBe("AbortError");
    expect(server.seen).toHaveLength(0);
  });

  it("rejects nonsense timeouts", () => {
    expect(() => createRetryingFetch({ timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createRetryingFetch().withOptions({ timeoutMs: -1 })).toThrow(
      RangeError,
    );
    expect(() => createRetryingFetch({ retry: -1 })).toThrow(RangeError);
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
        503: {
          headers: { [name: string]: unknown };
          content: { "application/json": { error: string } };
        };
      };
    };
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: { content: { "application/json": { name: string } } };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { ok: boolean } };
        };
      };
    };
    put?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

describe("with openapi-fetch and the middleware", () => {
  async function setup(steps: Step[]) {
    const server = await scripted(steps);
    const { sleep, asked } = recordingSleep();
    const rf = createRetryingFetch({ sleep, random: () => 0 });
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: rf,
      querySerializer: civisQuerySerializer,
    });
    let onRequestCalls = 0;
    client.use(
      {
        onRequest() {
          onRequestCalls++;
        },
      },
      authMiddleware(KEY),
      headersMiddleware({
        userAgent: defaultUserAgent("1.2.3"),
        env: { CIVIS_JOB_ID: "11", CIVIS_RUN_ID: "22" },
        headers: { "X-Extra": "yes" },
      }),
    );
    return { server, rf, client, asked, onRequestCalls: () => onRequestCalls };
  }

  it("runs middleware once, retries clones, and sends auth, headers and the Civis query format", async () => {
    const { server, client, onRequestCalls } = await setup([
      { status: 503, body: '{"error":"x"}' },
    ]);
    const { data, response } = await client.GET("/groups", {
      params: { query: { user_ids: [1, 2], name: "a b&c", archived: false } },
    });
    expect(data).toEqual({ ok: true });
    expect(triesOf(response)).toBe(2);
    expect(onRequestCalls()).toBe(1);
    expect(server.seen).toHaveLength(2);
    for (const s of server.seen) {
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

  it("resends a POST body on 503", async () => {
    const { server, client } = await setup([{ status: 503 }]);
    const { data } = await client.POST("/groups", {
      body: { name: "Analysts" },
    });
    expect(data).toEqual({ ok: true });
    expect(
      server.seen.map((s) => [s.method, s.body, s.headers["content-type"]]),
    ).toEqual([
      ["POST", '{"name":"Analysts"}', "application/json"],
      ["POST", '{"name":"Analysts"}', "application/json"],
    ]);
  });

  it("takes per-call options through openapi-fetch's per-call fetch, and maps the error", async () => {
    const { server, client, rf } = await setup([
      { status: 503, body: "", headers: { "x-request-id": "req-9" } },
    ]);
    const { error, response } = await client.GET("/groups", {
      fetch: rf.withOptions({ retries: false }),
    });
    expect(server.seen).toHaveLength(1);
    const info = tryInfoOf(response)!;
    const err = errorFromResponse({
      status: response.status,
      statusText: response.statusText,
      body: error,
      headers: response.headers,
      method: info.method,
      path: info.path,
      tries: info.tries,
    });
    expect(err).toBeInstanceOf(CivisServerError);
    expect(err.message).toBe("(503) Service Unavailable (GET /groups)");
    expect(err).toMatchObject({ requestId: "req-9", tries: 1 });
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
    expect(server.seen[0]?.headers.authorization).toBe("Bearer other");
    expect(server.seen[0]?.headers["x-extra"]).toBe("mine");
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

  it("authMiddleware refuses a bad key without echoing it", () => {
    for (const bad of ["", "  ", `${KEY}\n`]) {
      let message = "";
      try {
        authMiddleware(bad);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/apiKey/);
      expect(message).not.toContain(KEY);
    }
  });

  it("the auth middleware object does not show the key", () => {
    const m = authMiddleware(KEY);
    const shown =
      inspect(m, { showHidden: true, depth: Infinity }) + JSON.stringify(m);
    expect(shown).not.toContain(KEY);
    expect(shown).not.toContain(basicAuthorization(KEY).slice(6));
  });

  it("basicAuthorization encodes key + ':'", () => {
    expect(basicAuthorization("abc")).toBe(
      `Basic ${Buffer.from("abc:").toString("base64")}`,
    );
    expect(basicAuthorization("clé")).toBe(
      `Basic ${Buffer.from("clé:", "utf8").toString("base64")}`,
    );
  });

  it("headersMiddleware sends no job headers when the env lacks them", async () => {
    const m = headersMiddleware({ env: {} });
    const request = new Request("http://127.0.0.1/");
    await (m.onRequest as (o: { request: Request }) => unknown)({ request });
    expect(request.headers.has("x-civis-job-id")).toBe(false);
    expect(request.headers.has("user-agent")).toBe(false);
  });

  it("headersMiddleware reads process.env by default", async () => {
    const saved = process.env.CIVIS_JOB_ID;
    process.env.CIVIS_JOB_ID = "77";
    try {
      const m = headersMiddleware();
      const request = new Request("http://127.0.0.1/");
      await (m.onRequest as (o: { request: Request }) => unknown)({ request });
      expect(request.headers.get("x-civis-job-id")).toBe("77");
    } finally {
      if (saved === undefined) delete process.env.CIVIS_JOB_ID;
      else process.env.CIVIS_JOB_ID = saved;
    }
  });

  it("headersMiddleware rejects a bad header value without quoting it", () => {
    let message = "";
    try {
      headersMiddleware({ headers: { "X-Token": `${KEY}\nInjected: 1` } });
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
});
