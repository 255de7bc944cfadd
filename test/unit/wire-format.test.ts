// What a method hands to fetch, through openapi-fetch with the Civis
// serializers and default headers: checked against literal expectations
// and against what `client.raw` sends for the same call. A recording stub
// plays the server: no network.
import { describe, expect, it } from "vitest";
import { APIClient, CivisNotFoundError } from "../../src/index.js";

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/** A client whose fetch records each request and answers `status` (a list for `/groups`). */
function recordingClient(baseUrl = "https://api.example.test", status = 200) {
  const sent: Sent[] = [];
  const client = new APIClient({
    apiKey: "wire-test-key",
    baseUrl,
    userAgent: "wire-test",
    headers: { "X-Extra": "yes" },
    retries: false,
    fetch: async (input, init) => {
      // Every try is fetch(request, init), methods and client.raw alike.
      expect(input).toBeInstanceOf(Request);
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: request.body ? await request.text() : null,
      });
      const list = new URL(request.url).pathname.endsWith("/groups");
      return new Response(list ? "[]" : '{"id": 9}', {
        status,
        headers: { "Content-Type": "application/json" },
      });
    },
  });
  return { client, sent };
}

const AUTH = `Basic ${btoa("wire-test-key:")}`;

describe("the request a method sends", () => {
  it("a GET: path parameters, no body, no content type", async () => {
    const { client, sent } = recordingClient();
    await client.groups.get(9);
    expect(sent).toEqual([
      {
        method: "GET",
        url: "https://api.example.test/groups/9",
        headers: {
          authorization: AUTH,
          "user-agent": "wire-test",
          "x-extra": "yes",
        },
        body: null,
      },
    ]);
  });

  it("the query in the Civis format, path values URI-encoded", async () => {
    const { client, sent } = recordingClient();
    await client.groups.list({ query: "a b&c", user_ids: [1, 2], limit: 5 });
    await client.permission_sets.get_resources(3, "res/1 x?");
    expect(sent.map((s) => s.url)).toEqual([
      "https://api.example.test/groups?query=a%20b%26c&user_ids[]=1&user_ids[]=2&limit=5",
      "https://api.example.test/permission_sets/3/resources/res%2F1%20x%3F",
    ]);
  });

  it("a body: JSON with its content type", async () => {
    const { client, sent } = recordingClient();
    await client.groups.patch(9, { name: "Analysts" });
    expect(sent[0]).toMatchObject({
      method: "PATCH",
      url: "https://api.example.test/groups/9",
      body: '{"name":"Analysts"}',
    });
    expect(sent[0]!.headers["content-type"]).toBe("application/json");
  });

  it("under a base URL with a path: the path kept, in errors too", async () => {
    const { client, sent } = recordingClient(
      "https://api.example.test/v1/",
      404,
    );
    const err = await client.groups.get(9).catch((e: unknown) => e);
    expect(sent[0]!.url).toBe("https://api.example.test/v1/groups/9");
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect(err).toMatchObject({ path: "/v1/groups/9" });
  });

  it("the same request as client.raw (openapi-fetch) makes of the same call", async () => {
    const { client, sent } = recordingClient();
    await client.groups.list({ user_ids: [4], permission: "write" });
    await client.raw.GET("/groups", {
      params: { query: { user_ids: [4], permission: "write" } },
    });
    await client.json_values.patch(9, { name: "n" });
    await client.raw.PATCH("/json_values/{id}", {
      params: { path: { id: 9 } },
      body: { name: "n" },
    });
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[3]).toEqual(sent[2]);
  });
});
