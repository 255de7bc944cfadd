// Response metadata is read from the headers when asked for; serialized, it
// shows every field but the headers. A stubbed fetch plays the server.
import { describe, expect, it } from "vitest";
import { APIClient, responseMeta } from "../../src/index.js";

const client = new APIClient({
  apiKey: "meta-test-key",
  baseUrl: "https://api.example.test",
  fetch: async () =>
    new Response("[]", {
      headers: {
        "Content-Type": "application/json",
        "X-Request-Id": "req-1",
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Remaining": "42",
        "X-Pagination-Per-Page": "5",
        "X-Pagination-Current-Page": "2",
        "X-Pagination-Total-Pages": "3",
        "X-Pagination-Total-Entries": "11",
      },
    }),
});

/** What the stub's headers say, field by field (all but the headers). */
const fields = {
  status: 200,
  method: "GET",
  path: "/groups",
  requestId: "req-1",
  tries: 1,
  rateLimit: { limit: 100, remaining: 42 },
  pagination: {
    perPage: 5,
    currentPage: 2,
    totalPages: 3,
    totalEntries: 11,
  },
};

describe("responseMeta", () => {
  it("reads status, request id, rate limit and pagination", async () => {
    const meta = responseMeta(await client.groups.list({ limit: 5 }))!;
    expect(meta).toMatchObject(fields);
    expect(meta.headers.get("x-ratelimit-remaining")).toBe("42");
  });

  it("serializes every field but the headers", async () => {
    const meta = responseMeta(await client.groups.list())!;
    expect(JSON.parse(JSON.stringify(meta))).toEqual(fields);
  });
});

describe("where the metadata is kept", () => {
  it("invisible to JSON, keys, spreads and equality", async () => {
    const list = await client.groups.list();
    expect(responseMeta(list)).toBeDefined();
    expect(JSON.stringify(list)).toBe("[]");
    expect(Object.keys(list)).toEqual([]);
    expect(responseMeta([...list])).toBeUndefined();
    expect(responseMeta({ ...list })).toBeUndefined();
    expect(list).toStrictEqual([]);
  });

  it("undefined for what is not a result, without throwing", () => {
    for (const value of [undefined, null, 7, "x", {}])
      expect(responseMeta(value as object)).toBeUndefined();
  });
});
