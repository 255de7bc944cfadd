// One transport: the methods call `client.raw` (openapi-fetch), so a
// middleware registered with `client.raw.use(...)` sees every call, method,
// raw and each page of an iterator, once per call; `onLog` sees raw calls
// too; path values are refused in one place for both. Checked at the
// emulator (what arrived) and in the middleware (what it saw).
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisNotFoundError,
  CivisServerError,
  responseMeta,
  type LogEntry,
} from "../../src/index.js";
import { refusedUrl } from "../helpers/loopback.js";
import {
  clientFor,
  collect,
  fastRetries,
  keyOf,
  rejectionOf,
  useEmulator,
} from "./helpers.js";

const { emu, admin } = useEmulator();

/** A middleware that adds `X-Trace`, and one that records each response. */
function tracing() {
  const seen: string[] = [];
  const addHeader: Middleware = {
    onRequest({ request }) {
      request.headers.set("x-trace", "t1");
    },
  };
  const record: Middleware = {
    onResponse({ request, response }) {
      const url = new URL(request.url);
      seen.push(
        `${request.method} ${url.pathname}${url.search} ${response.status}`,
      );
    },
  };
  return { seen, addHeader, record };
}

describe("middleware sees every call", () => {
  it("a header it adds arrives, and onResponse is called, for a method call, a raw call and each page of an iterator", async () => {
    const client = clientFor(emu, 1);
    const ps = await client.permission_sets.post("traced");
    for (const name of ["a", "b", "c"])
      await client.permission_sets.post_resources(ps.id, name);
    emu.resetRequests();
    const { seen, addHeader, record } = tracing();
    client.raw.use(addHeader, record);

    const group = await client.groups.get(1);
    const raw = await client.raw.GET("/groups/{id}", {
      params: { path: { id: 1 } },
    });
    const resources = await collect(
      client.permission_sets.list_resources(ps.id, {
        iterator: true,
        limit: 1,
      }),
    );

    expect(group.name).toBe("Admins");
    expect(raw.data?.name).toBe("Admins");
    expect(resources.map((r) => r.name)).toEqual(["a", "b", "c"]);
    const resourcesPath = `/permission_sets/${ps.id}/resources`;
    expect(seen).toEqual([
      "GET /groups/1 200",
      "GET /groups/1 200",
      `GET ${resourcesPath}?limit=1&page_num=1 200`,
      `GET ${resourcesPath}?limit=1&page_num=2 200`,
      `GET ${resourcesPath}?limit=1&page_num=3 200`,
    ]);
    expect(emu.wire.map((w) => [w.url, w.headers["x-trace"]])).toEqual([
      ["/groups/1", "t1"],
      ["/groups/1", "t1"],
      [`${resourcesPath}?limit=1&page_num=1`, "t1"],
      [`${resourcesPath}?limit=1&page_num=2`, "t1"],
      [`${resourcesPath}?limit=1&page_num=3`, "t1"],
    ]);

    // client.raw.eject takes them out for every kind of call.
    client.raw.eject(addHeader, record);
    await client.groups.get(1);
    await client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } });
    expect(seen).toHaveLength(5);
    expect(emu.wire.slice(5).map((w) => w.headers["x-trace"])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("onRequest sees the default headers already on the request, and a call's body", async () => {
    const client = clientFor(emu, 1, { userAgent: "traced-agent" });
    const seen: [string, boolean, string | null, string | null][] = [];
    client.raw.use({
      async onRequest({ request }) {
        seen.push([
          request.method,
          request.headers.has("authorization"),
          request.headers.get("user-agent"),
          request.body ? await request.clone().text() : null,
        ]);
      },
    });
    await client.groups.patch(1, { description: "seen" });
    await client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } });
    expect(seen).toEqual([
      ["PATCH", true, "traced-agent", '{"description":"seen"}'],
      ["GET", true, "traced-agent", null],
    ]);
  });

  it("onRequest sees the call's signal on the request", async () => {
    const client = clientFor(emu, 1);
    const seen: boolean[] = [];
    client.raw.use({
      onRequest({ request }) {
        seen.push(request.signal.aborted);
      },
    });
    const err = await rejectionOf(
      client.groups.get(1, { signal: AbortSignal.abort() }),
    );
    expect((err as Error).name).toBe("AbortError");
    expect(seen).toEqual([true]);
    expect(emu.requestCount()).toBe(0);
  });

  it("runs once per call, not per try: a retry re-sends a copy of the Request the middleware made", async () => {
    const client = clientFor(emu, 1);
    const { seen, addHeader, record } = tracing();
    let requests = 0;
    client.raw.use(addHeader, record, {
      onRequest() {
        requests++;
      },
    });
    emu.setFaults({ script: [503, 503], retryAfterSeconds: 0 });
    const group = await client.groups.put(1, "Admins", {
      description: "retried",
    });
    expect(responseMeta(group)?.tries).toBe(3);
    expect(requests).toBe(1);
    expect(seen).toEqual(["PUT /groups/1 200"]);
    const body = '{"name":"Admins","description":"retried"}';
    expect(
      emu.wire.map((w) => [w.method, w.headers["x-trace"], w.body]),
    ).toEqual([
      ["PUT", "t1", body],
      ["PUT", "t1", body],
      ["PUT", "t1", body],
    ]);
  });

  it("onResponse sees an error status before the method throws it", async () => {
    const client = clientFor(emu, 1);
    const { seen, record } = tracing();
    client.raw.use(record);
    const err = await rejectionOf(client.groups.get(999_999));
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect(seen).toEqual(["GET /groups/999999 404"]);
  });

  it("onError gets the typed error once, after the retries", async () => {
    const client = clientFor({ url: await refusedUrl(), users: emu.users }, 1, {
      retries: { ...fastRetries, maxRetries: 1 },
    });
    const errors: unknown[] = [];
    client.raw.use({
      onError({ error }) {
        errors.push(error);
      },
    });
    const method = await rejectionOf(client.groups.get(1));
    const raw = await rejectionOf(
      client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } }),
    );
    expect(method).toBeInstanceOf(CivisConnectionError);
    expect(method).toMatchObject({ tries: 2 });
    expect(raw).toBeInstanceOf(CivisConnectionError);
    expect(errors).toEqual([method, raw]);
    expect(errors[0]).toBe(method);
  });
});

describe("a middleware that hands on a new Request", () => {
  const replacing: Middleware = {
    onRequest({ request }) {
      const headers = new Headers(request.headers);
      headers.set("x-new", "yes");
      return new Request(request, { headers });
    },
  };

  it("the call keeps its own options: retries: false is one try", async () => {
    const client = clientFor(emu, 1);
    client.raw.use(replacing);
    emu.setFaults({ script: [503], retryAfterSeconds: 0 });
    const err = await rejectionOf(client.groups.get(1, { retries: false }));
    expect(err).toBeInstanceOf(CivisServerError);
    expect(err).toMatchObject({ status: 503, tries: 1 });
    expect(emu.requestCount()).toBe(1);
  });

  it("the call gets its result and metadata, and a body is sent on every try", async () => {
    const client = clientFor(emu, 1);
    client.raw.use(replacing);
    emu.setFaults({ script: [503], retryAfterSeconds: 0 });
    const statuses: number[] = [];
    const group = await client.groups.put(1, "Admins", {
      description: "new request",
      onResponse: (m) => statuses.push(m.status),
    });
    expect(group).toMatchObject({ id: 1, description: "new request" });
    expect(responseMeta(group)).toMatchObject({
      status: 200,
      tries: 2,
      path: "/groups/1",
    });
    expect(statuses).toEqual([200]);
    const body = '{"name":"Admins","description":"new request"}';
    expect(emu.wire.map((w) => [w.method, w.headers["x-new"], w.body])).toEqual(
      [
        ["PUT", "yes", body],
        ["PUT", "yes", body],
      ],
    );
  });
});

describe("a middleware that answers the call itself", () => {
  const answering = (status: number, body: string): Middleware => ({
    onRequest: () =>
      new Response(body, {
        status,
        headers: { "content-type": "application/json", "x-request-id": "mw" },
      }),
  });

  it("the method converts its answer as it would the server's; nothing is sent", async () => {
    const client = clientFor(emu, 1);
    client.raw.use(answering(200, '{"id":5,"name":"Cached","memberCount":2}'));
    const group = await client.groups.get(5);
    expect(group).toEqual({ id: 5, name: "Cached", member_count: 2 });
    expect(responseMeta(group)).toMatchObject({
      status: 200,
      requestId: "mw",
      tries: 0,
    });
    expect(emu.requestCount()).toBe(0);
  });

  it("an error status is the method's typed error", async () => {
    const client = clientFor(emu, 1);
    client.raw.use(
      answering(404, '{"error":"not_found","errorDescription":"Not cached."}'),
    );
    const err = await rejectionOf(client.groups.get(5));
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect((err as Error).message).toBe("(404) Not cached. (GET /groups/{id})");
    expect(emu.requestCount()).toBe(0);
  });

  it("server text in its answer is redacted of the key, as the server's is", async () => {
    const client = clientFor(emu, 1);
    const key = keyOf(emu, 1);
    client.raw.use({
      async onResponse({ response }) {
        // A logging middleware's usual move: read the body, hand on a copy.
        const text = await response.text();
        return new Response(
          text.replace("be found", `be found for ${key}`),
          response,
        );
      },
    });
    const err = await rejectionOf(client.groups.get(999_999));
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect(String((err as Error).message).includes(key)).toBe(false);
    expect((err as Error).message).toContain("[REDACTED]");
  });

  it("a body of the wrong kind is an invalid response", async () => {
    const client = clientFor(emu, 1);
    client.raw.use(answering(200, "[]"));
    const err = await rejectionOf(client.groups.get(5));
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect(emu.requestCount()).toBe(0);
  });

  it("the request id of an invalid answer is redacted of the key, as the server's is", async () => {
    const client = clientFor(emu, 1);
    const key = keyOf(emu, 1);
    client.raw.use({
      onRequest: () =>
        new Response("[]", {
          status: 200,
          headers: { "x-request-id": `mw-${key}` },
        }),
    });
    const err = await rejectionOf(client.groups.get(5));
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    // Checked for the key first, so that a failure does not print it.
    const { requestId } = err as CivisInvalidResponseError;
    expect(requestId?.includes(key)).toBe(false);
    expect(requestId).toBe("mw-[REDACTED]");
  });
});

describe("onLog sees raw calls too", () => {
  it("2 raw calls and 1 method call: 3 entries", async () => {
    const log: LogEntry[] = [];
    const client = clientFor(emu, 1, { onLog: (e) => log.push(e) });
    await client.raw.GET("/groups/{id}", { params: { path: { id: 1 } } });
    await client.raw.GET("/groups/{id}", { params: { path: { id: 999_999 } } });
    await client.groups.get(1);
    expect(
      log.map((e) => [e.method, e.path, e.status, e.error, e.tries]),
    ).toEqual([
      ["GET", "/groups/1", 200, null, 1],
      ["GET", "/groups/999999", 404, "CivisNotFoundError", 1],
      ["GET", "/groups/1", 200, null, 1],
    ]);
  });
});

describe("path values are checked in one place, for raw calls and methods", () => {
  const refused =
    'path parameter "name" cannot be empty, "." or ".." (or an encoded or look-alike form of them)';

  it.each(["..", ".", "%2E%2e", ""])(
    "%j through client.raw is refused with a TypeError, nothing sent or logged",
    async (name) => {
      const log: LogEntry[] = [];
      const client = clientFor(emu, 1, { onLog: (e) => log.push(e) });
      const ps = await admin.permission_sets.post(`raw dots ${name}`);
      emu.resetRequests();
      const err = await rejectionOf(
        client.raw.GET("/permission_sets/{id}/resources/{name}", {
          params: { path: { id: ps.id, name } },
        }),
      );
      expect(err).toEqual(new TypeError(refused));
      const method = await rejectionOf(
        client.permission_sets.get_resources(ps.id, name === "" ? "." : name),
      );
      expect(method).toEqual(new TypeError(refused));
      expect(emu.requestCount()).toBe(0);
      expect(log).toEqual([]);
    },
  );

  it("a missing path value through client.raw is refused, not sent as {id}", async () => {
    const client = clientFor(emu, 1);
    const err = await rejectionOf(
      client.raw.GET("/groups/{id}", {
        params: { path: { id: undefined as unknown as number } },
      }),
    );
    expect(err).toEqual(new TypeError('path parameter "id" is missing'));
    expect(emu.requestCount()).toBe(0);
  });
});
