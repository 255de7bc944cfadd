// API errors as the wrappers throw them: class per status, the fields every
// API error carries (status, error, errorDescription, method, path, request
// id, tries), and civis-python-like messages, e.g.
// `(404) The requested endpoint could not be found. (GET /groups/9999)`.
import { describe, expect, it } from "vitest";
import {
  APIClient,
  CivisAPIError,
  CivisAuthenticationError,
  CivisConnectionError,
  CivisError,
  CivisNotFoundError,
  CivisPermissionError,
  CivisRateLimitError,
  CivisServerError,
  CivisValidationError,
  type LogEntry,
} from "../../src/index.js";
import { refusedUrl } from "../helpers/loopback.js";
import { clientFor, expectError, rejectionOf, useEmulator } from "./helpers.js";

const { emu, admin, ben } = useEmulator();

describe("401: a bad API key", () => {
  it("is a CivisAuthenticationError with every field", async () => {
    const client = new APIClient({
      apiKey: "not-a-real-key-0000",
      baseUrl: emu.url,
    });
    emu.resetRequests();
    const err = await rejectionOf(client.groups.list());
    expect(err).toBeInstanceOf(CivisAuthenticationError);
    expect(err).toBeInstanceOf(CivisAPIError);
    expect(err).toBeInstanceOf(CivisError);
    expect(err).toBeInstanceOf(Error);
    const e = err as CivisAuthenticationError;
    expect(e.name).toBe("CivisAuthenticationError");
    expect({
      status: e.status,
      error: e.error,
      errorDescription: e.errorDescription,
      method: e.method,
      path: e.path,
      tries: e.tries,
    }).toEqual({
      status: 401,
      error: "unauthorized",
      errorDescription: "The API key is invalid.",
      method: "GET",
      path: "/groups",
      tries: 1,
    });
    expect(e.requestId).toBe(emu.requests.at(-1)!.requestId);
    expect(e.headers["www-authenticate"]).toMatch(/^Basic/);
    expect(e.message).toBe("(401) The API key is invalid. (GET /groups)");
    // A 401 is not retried.
    expect(emu.requestCount()).toBe(1);
  });
});

describe("403 and 404", () => {
  it("404: CivisNotFoundError, message as civis-python shows it", async () => {
    const err = await rejectionOf(admin.groups.get(9999));
    const e = expectError(err, CivisNotFoundError, {
      status: 404,
      error: "not_found",
      method: "GET",
      path: "/groups/9999",
      tries: 1,
    });
    expect(e.errorDescription).toEqual(expect.any(String));
    expect(e.message).toBe(`(404) ${e.errorDescription} (GET /groups/9999)`);
    expect(e.requestId).toBe(emu.requests.at(-1)!.requestId);
    expect(String(e)).toBe(`CivisNotFoundError: ${e.message}`);
  });

  it("404 on a nested route names the whole path", async () => {
    const ps = await admin.permission_sets.post("404s");
    const err = (await rejectionOf(
      admin.permission_sets.get_resources(ps.id, "no such/thing"),
    )) as CivisNotFoundError;
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect(err.path).toBe(
      `/permission_sets/${ps.id}/resources/no%20such%2Fthing`,
    );
    expect(err.message).toMatch(
      /^\(404\) .+ \(GET \/permission_sets\/\d+\/resources\/no%20such%2Fthing\)$/,
    );
  });

  it("403: CivisPermissionError with every field", async () => {
    const g = await admin.groups.post("Locked");
    await admin.groups.put_shares_users(g.id, [2], "read");
    const err = await rejectionOf(ben.groups.patch(g.id, { description: "x" }));
    const e = expectError(err, CivisPermissionError, {
      status: 403,
      error: "forbidden",
      method: "PATCH",
      path: `/groups/${g.id}`,
      tries: 1,
      requestId: expect.any(String),
    });
    expect(e.message).toBe(
      `(403) ${e.errorDescription} (PATCH /groups/${g.id})`,
    );
  });

  it("toJSON shows the fields, not headers or body", async () => {
    const e = (await rejectionOf(admin.groups.get(9999))) as CivisNotFoundError;
    const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    expect(json).toMatchObject({
      name: "CivisNotFoundError",
      status: 404,
      method: "GET",
      path: "/groups/9999",
      tries: 1,
      requestId: e.requestId,
    });
    expect(json).not.toHaveProperty("headers");
  });
});

describe("other API errors", () => {
  it("400 from the server: CivisValidationError", async () => {
    // Valid for the client; the server refuses: `default` is for Database only.
    const err = await rejectionOf(
      admin.credentials.post("Custom", "u", "p", { default: true }),
    );
    expectError(err, CivisValidationError, {
      status: 400,
      error: "bad_request",
      method: "POST",
      path: "/credentials",
    });
  });

  it("429 after the retries: CivisRateLimitError with retryAfterMs", async () => {
    emu.resetRequests();
    emu.setFaults({ script: [429, 429], retryAfterSeconds: 0 });
    const err = await rejectionOf(
      admin.groups.get(1, { retries: { maxRetries: 1, baseDelayMs: 1 } }),
    );
    expectError(err, CivisRateLimitError, {
      status: 429,
      tries: 2,
      retryAfterMs: 0,
      error: "too_many_requests",
    });
    expect(emu.requestCount()).toBe(2);
  });

  it("502 with no body: a fallback message, never a crash", async () => {
    emu.setFaults({ script: [502] });
    const err = await rejectionOf(admin.groups.get(1, { retries: false }));
    expectError(err, CivisServerError, {
      status: 502,
      error: undefined,
      errorDescription: undefined,
      tries: 1,
    });
    expect((err as Error).message).toBe("(502) Bad Gateway (GET /groups/1)");
  });

  it("an error body without errorDescription falls back to `error`", async () => {
    emu.setFaults({ script: [{ status: 500, body: { error: "boom" } }] });
    const err = await rejectionOf(admin.groups.get(1));
    expect(err).toBeInstanceOf(CivisServerError);
    expect((err as Error).message).toBe("(500) boom (GET /groups/1)");
  });

  it("unknown route through client.raw keeps openapi-fetch's { error } style", async () => {
    const { data, error, response } = await admin.raw.GET("/groups/{id}", {
      params: { path: { id: 9999 } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error: "not_found", code: 404 });
  });
});

describe("network failures", () => {
  it("nobody listening: CivisConnectionError after the retries", async () => {
    const client = new APIClient({
      apiKey: "k",
      baseUrl: await refusedUrl(),
      retries: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const err = await rejectionOf(client.groups.get(1));
    expectError(err, CivisConnectionError, {
      method: "GET",
      path: "/groups/1",
      tries: 3,
    });
    expect((err as Error).message).toMatch(/ECONNREFUSED|fetch failed/);
    // A POST after a network failure is not retried (the write may have happened).
    const post = await rejectionOf(client.groups.post("x"));
    expect(post).toMatchObject({ tries: 1 });
  });
});

describe("onLog", () => {
  it("gets one entry per call, failures included", async () => {
    const entries: LogEntry[] = [];
    const client = clientFor(emu, 1, { onLog: (e) => entries.push(e) });
    await client.groups.get(1);
    await rejectionOf(client.groups.get(9999));
    expect(entries).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/groups/1",
        status: 200,
        tries: 1,
        requestId: expect.any(String),
      }),
      expect.objectContaining({
        method: "GET",
        path: "/groups/9999",
        status: 404,
        tries: 1,
      }),
    ]);
  });
});
