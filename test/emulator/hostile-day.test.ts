// The emulator against hostile input, over real loopback HTTP: values it
// could not serve back are refused before they are stored, every 5xx is a
// full answer, the request log is bounded, the default rate-limit headers
// never advertise a spent budget, and ids are read strictly.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  startEmulator,
  type RunningEmulator,
} from "../../src/emulator/index.js";

const basic = (key: string) =>
  `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

let emu: RunningEmulator;
let auth: { Authorization: string };
beforeAll(async () => {
  emu = await startEmulator({ validateResponses: true });
  auth = { Authorization: basic(emu.users[0]!.apiKey) };
});
afterAll(() => emu.close());

const postJson = (url: string, path: string, body: unknown, method = "POST") =>
  fetch(url + path, {
    method,
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** `depth` nested arrays around a 1: `[[1]]` is 2 levels. */
const nested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

/** A request with any method node:http sends (fetch refuses TRACE). */
function rawRequest(
  url: string,
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url + path, { method, headers: auth }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (s: string) => (body += s));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("it never stores what it cannot serve", () => {
  it("refuses a value_str nested too deep or holding 1e400, naming value_str, and stores nothing", async () => {
    const stored = emu.app.state.jsonValues.size;
    const refused: Array<[string, string]> = [
      // About 10 KB, 5,000 levels: valid JSON that JSON.stringify cannot write back.
      [
        nested(5000),
        "Invalid parameter: value_str must be nested at most 512 levels deep",
      ],
      [
        nested(513),
        "Invalid parameter: value_str must be nested at most 512 levels deep",
      ],
      [
        "1e400",
        "Invalid parameter: value_str holds a number beyond the range of a double (such as 1e400)",
      ],
      [
        '{"a": [1, {"b": -1e400}]}',
        "Invalid parameter: value_str holds a number beyond the range of a double (such as 1e400)",
      ],
    ];
    for (const [valueStr, description] of refused) {
      const res = await postJson(emu.url, "/json_values", {
        value_str: valueStr,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: "bad_request",
        errorDescription: description,
        code: 400,
      });
    }
    expect(emu.app.state.jsonValues.size).toBe(stored);

    // 512 levels are stored and served back as sent.
    const ok = await postJson(emu.url, "/json_values", {
      value_str: nested(512),
    });
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: number };
    const got = await fetch(`${emu.url}/json_values/${id}`, { headers: auth });
    expect(got.status).toBe(200);
    expect(await got.text()).toBe(
      `{"id":${id},"name":null,"value":${nested(512)}}`,
    );

    // A PATCH is refused the same way and changes nothing.
    const patched = await postJson(
      emu.url,
      `/json_values/${id}`,
      { value_str: "[1e400]", name: "renamed" },
      "PATCH",
    );
    expect(patched.status).toBe(400);
    const again = await fetch(`${emu.url}/json_values/${id}`, {
      headers: auth,
    });
    expect(await again.text()).toBe(
      `{"id":${id},"name":null,"value":${nested(512)}}`,
    );
  });

  it("answers every 5xx of its own with the JSON body, X-Request-Id and CORS, logs it and reports it on stderr", async () => {
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic["self"] = cyclic;
    const local = await startEmulator({
      handlers: {
        groups_list: () => {
          throw new Error("a handler that throws");
        },
        // JSON.stringify cannot write either of these.
        groups_get: () => ({ body: JSON.parse(nested(10_000)) as unknown }),
        credentials_get: () => ({ body: cyclic }),
      },
    });
    const written: string[] = [];
    const spy = vi
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    try {
      const headers = { Authorization: basic(local.users[0]!.apiKey) };
      for (const path of ["/groups", "/groups/1", "/credentials/1"]) {
        const res = await fetch(local.url + path, { headers });
        expect(res.status, path).toBe(500);
        expect(res.headers.get("content-type")).toBe(
          "application/json; charset=utf-8",
        );
        expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.headers.get("access-control-allow-origin")).toBe("*");
        expect(await res.json()).toEqual({
          error: "internal_server_error",
          errorDescription: "An unexpected error occurred in the emulator.",
          code: 500,
        });
      }
      expect(
        local.requests.map((r) => [r.path, r.status, r.operationId]),
      ).toEqual([
        ["/groups", 500, "groups_list"],
        ["/groups/1", 500, "groups_get"],
        ["/credentials/1", 500, "credentials_get"],
      ]);
      expect(written).toHaveLength(3);
      expect(written[0]).toContain(
        "civis-api-emulator: 500 on GET /groups (groups_list): Error: a handler that throws",
      );
      expect(written[1]).toContain(
        "civis-api-emulator: 500 on GET /groups/1 (groups_get): RangeError",
      );
      expect(written[2]).toContain(
        "civis-api-emulator: 500 on GET /credentials/1 (credentials_get): TypeError",
      );
    } finally {
      spy.mockRestore();
      await local.close();
    }
  });
});

describe("the request log is bounded", () => {
  it("keeps the latest requestLogSize records, 1000 by default", async () => {
    const small = await startEmulator({ requestLogSize: 3 });
    const big = await startEmulator();
    try {
      for (let i = 1; i <= 5; i++)
        await fetch(`${small.url}/groups/${i}`, { headers: auth });
      expect(small.requests.map((r) => r.path)).toEqual([
        "/groups/3",
        "/groups/4",
        "/groups/5",
      ]);
      expect(small.requestCount()).toBe(3);

      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < 1005) {
            const n = ++next;
            const res = await fetch(`${big.url}/nowhere/${n}`);
            await res.arrayBuffer();
          }
        }),
      );
      expect(big.requests).toHaveLength(1000);
      expect(big.requestCount({ status: 401 })).toBe(1000);
    } finally {
      await Promise.all([small.close(), big.close()]);
    }
    await expect(startEmulator({ requestLogSize: -1 })).rejects.toThrow(
      "requestLogSize must be a non-negative integer or Infinity",
    );
  }, 30_000);
});

describe("the default rate-limit headers describe what is enforced", () => {
  it("1100 requests with default options never see X-RateLimit-Remaining: 0", async () => {
    const remaining = new Set<string | null>();
    const limits = new Set<string | null>();
    const resets = new Set<string | null>();
    let sent = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < 1100) {
          sent++;
          const res = await fetch(`${emu.url}/groups/1`, { headers: auth });
          expect(res.status).toBe(200);
          await res.arrayBuffer();
          remaining.add(res.headers.get("x-ratelimit-remaining"));
          limits.add(res.headers.get("x-ratelimit-limit"));
          resets.add(res.headers.get("x-ratelimit-reset"));
        }
      }),
    );
    expect([...limits]).toEqual(["1000"]);
    expect([...remaining]).toEqual(["1000"]);
    expect([...resets]).toEqual([null]);
  }, 30_000);
});

describe("strict input", () => {
  it("reads ids and integer query values only as canonical decimal integers in the safe range", async () => {
    const notDecimal = (name: string) =>
      `Invalid parameter: ${name} must be an integer in decimal digits`;
    const beyond = (name: string) =>
      `Invalid parameter: ${name} must be between -9007199254740991 and 9007199254740991`;
    // Ids in other notations; %EF%BC%91 is a fullwidth digit one.
    const ids = "0x1 1e0 +1 1.0 01 -0 %201 1%20 %EF%BC%91 Infinity".split(" ");
    const cases: Array<[string, string]> = [
      ...ids.map((id): [string, string] => [`/groups/${id}`, notDecimal("id")]),
      ["/groups/9007199254740992", beyond("id")],
      ["/groups/99999999999999999999", beyond("id")],
      ["/permission_sets/1/users/0x2/permissions", notDecimal("user_id")],
      ["/groups?limit=0x10", notDecimal("limit")],
      ["/groups?page_num=1e0", notDecimal("page_num")],
      ["/groups?limit[]=+5", notDecimal("limit")],
      ["/groups?user_ids[]=2&user_ids[]=+2", notDecimal("user_ids[1]")],
    ];
    for (const [path, description] of cases) {
      const res = await fetch(emu.url + path, { headers: auth });
      expect(res.status, path).toBe(400);
      expect(await res.json(), path).toEqual({
        error: "bad_request",
        errorDescription: description,
        code: 400,
      });
    }
    // Canonical text still works: the largest safe id is merely not found.
    expect(
      (await fetch(`${emu.url}/groups/9007199254740991`, { headers: auth }))
        .status,
    ).toBe(404);
    expect(
      (await fetch(`${emu.url}/groups/1?limit=10`, { headers: auth })).status,
    ).toBe(200);
    expect(
      (
        await fetch(`${emu.url}/groups?limit=10&user_ids[]=1`, {
          headers: auth,
        })
      ).status,
    ).toBe(200);
  });

  it("answers a method the path does not have 405 with Allow; an unknown path stays 404", async () => {
    const trace = await rawRequest(emu.url, "TRACE", "/groups");
    expect(trace.status).toBe(405);
    expect(trace.headers["allow"]).toBe("GET, POST");
    expect(trace.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(trace.body)).toEqual({
      error: "method_not_allowed",
      errorDescription:
        "TRACE is not allowed on this endpoint; allowed: GET, POST.",
      code: 405,
    });
    const patch = await rawRequest(emu.url, "PATCH", "/groups/1/shares");
    expect(patch.status).toBe(405);
    expect(patch.headers["allow"]).toBe("GET");
    const unknown = await rawRequest(emu.url, "TRACE", "/nowhere");
    expect(unknown.status).toBe(404);
    expect(emu.requests.at(-3)).toMatchObject({
      method: "TRACE",
      path: "/groups",
      status: 405,
    });
  });
});
