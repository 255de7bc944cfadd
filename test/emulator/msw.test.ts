// The emulator inside msw, with no socket: `app.handle` as the resolver of
// `http.all`, and the client's scenario through it (create, get, list with
// the iterator over several pages, an error), as a test in jsdom or a browser
// would run it.
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorApp } from "../../src/emulator/index.js";
import { APIClient, CivisNotFoundError } from "../../src/index.js";

const app = createEmulatorApp({
  validateResponses: true,
  fixtures: { groups: [{ name: "Fixture group", id: 4 }] },
});
const server = setupServer(
  http.all("https://civis.emulator.test/*", ({ request }) =>
    app.handle(request),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => app.reset());
afterAll(() => server.close());

describe("the emulator under msw", () => {
  it("serves the client's calls", async () => {
    const client = new APIClient({
      apiKey: app.users[0]!.apiKey,
      baseUrl: "https://civis.emulator.test",
      retries: false,
    });
    const made = await client.groups.post("Made under msw", {
      description: "no socket",
    });
    expect(made).toMatchObject({ id: 5, name: "Made under msw" });
    expect(await client.groups.get(5)).toMatchObject({
      description: "no socket",
      member_count: 0,
    });

    const names: string[] = [];
    for await (const g of client.groups.list({ iterator: true, limit: 2 }))
      names.push(g.name);
    expect(names).toEqual([
      "Admins",
      "Analysts",
      "Fixture group",
      "Interns",
      "Made under msw",
    ]);

    const error = await client.groups.get(99).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CivisNotFoundError);
    expect(error).toMatchObject({
      status: 404,
      method: "GET",
      path: "/groups/99",
    });

    expect(
      app.requests.map((r) => `${r.method} ${r.path}${r.query} ${r.status}`),
    ).toEqual([
      "POST /groups 201",
      "GET /groups/5 200",
      "GET /groups?limit=2&page_num=1 200",
      "GET /groups?limit=2&page_num=2 200",
      "GET /groups?limit=2&page_num=3 200",
      "GET /groups/99 404",
    ]);
  });

  it("starts each test from the fixtures again", async () => {
    const client = new APIClient({
      apiKey: app.users[1]!.apiKey,
      baseUrl: "https://civis.emulator.test",
    });
    expect(app.requests).toEqual([]);
    expect((await client.groups.post("Again")).id).toBe(5);
  });
});
