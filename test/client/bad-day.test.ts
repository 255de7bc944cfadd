// What the client does with each kind of broken answer, one at a time: the
// chaos proxy sits between the client and the emulator and applies the
// scripted fault to the next request; the emulator counts what reached it.
import { beforeEach, describe, expect, it } from "vitest";
import {
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisNotFoundError,
  CivisTimeoutError,
  responseMeta,
  type LogEntry,
} from "../../src/index.js";
import { collect, rejectionOf, useChaosProxy, useEmulator } from "./helpers.js";

const log: LogEntry[] = [];
/** `direct` goes straight to the emulator: the truth. */
const { emu, admin: direct } = useEmulator();
// `slow` holds an answer 4 s; calls meant to time out use 1.5 s per try,
// which leaves a loaded machine time enough for the healthy tries.
const { proxy, client } = useChaosProxy(
  emu,
  { slowMs: 4000 },
  { onLog: (e) => log.push(e) },
);
const slowTry = { timeoutMs: 1500 };
beforeEach(() => {
  log.length = 0;
});

describe("invalid 2xx bodies are errors, never data", () => {
  it.each(["truncated", "empty", "not-json", "wrong-kind"] as const)(
    "a GET answered with a %s body is retried and resolves with the object",
    async (fault) => {
      proxy.script([fault]);
      const group = await client.groups.get(1);
      expect(group).toEqual(await direct.groups.get(1));
      expect(responseMeta(group)!.tries).toBe(2);
      expect(emu.requestCount({ path: "/groups/1" })).toBe(3);
    },
  );

  it.each(["truncated", "empty", "not-json", "wrong-kind"] as const)(
    "a POST answered with a %s body: CivisInvalidResponseError, one object created, not retried",
    async (fault) => {
      const name = `invalid-${fault}`;
      proxy.script([fault]);
      const err = await rejectionOf(client.groups.post(name));
      expect(err).toBeInstanceOf(CivisInvalidResponseError);
      expect(err).toMatchObject({ status: 201, tries: 1, method: "POST" });
      expect((err as Error).message).toMatch(
        /^\(201\) Invalid response: .+; the POST may have taken effect, so it was not retried \(POST \/groups\)$/,
      );
      expect(emu.requestCount({ method: "POST" })).toBe(1);
      const made = [...emu.app.state.groups.values()].filter(
        (g) => g.name === name,
      );
      expect(made).toHaveLength(1);
    },
  );

  it("a PATCH answered with an empty body is not retried either", async () => {
    proxy.script(["empty"]);
    const err = await rejectionOf(
      client.groups.patch(1, { description: "once" }),
    );
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect((err as Error).message).toContain("the PATCH may have taken effect");
    expect(emu.requestCount({ method: "PATCH" })).toBe(1);
  });
});

describe("client.raw: the same body checks", () => {
  it("a GET answered with a body of the wrong kind is retried; data is the object", async () => {
    proxy.script(["wrong-kind"]);
    const { data } = await client.raw.GET("/groups/{id}", {
      params: { path: { id: 1 } },
    });
    expect(data?.name).toBe("Admins");
    expect(emu.requestCount({ path: "/groups/1" })).toBe(2);
    expect(log).toEqual([expect.objectContaining({ status: 200, tries: 2 })]);
  });

  it("a POST answered with an empty body throws CivisInvalidResponseError, not retried", async () => {
    proxy.script(["empty"]);
    const err = await rejectionOf(
      client.raw.POST("/groups", { body: { name: "raw-empty" } }),
    );
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect(err).toMatchObject({ status: 201, tries: 1, method: "POST" });
    expect(emu.requestCount({ method: "POST" })).toBe(1);
  });
});

describe("the iterator never ends early in silence", () => {
  it("a page that is not an array is retried as a GET: every item", async () => {
    const all = await collect(direct.groups.list({ iterator: true, limit: 1 }));
    expect(all.length).toBeGreaterThanOrEqual(3);
    proxy.script([null, "wrong-kind", "empty", null]);
    const items = await collect(
      client.groups.list({ iterator: true, limit: 1 }),
    );
    expect(items.map((g) => g.id)).toEqual(all.map((g) => g.id));
  });

  it("a page that stays broken ends the loop with an error, not silently", async () => {
    proxy.script([null, "not-json", "not-json", "not-json", "not-json"]);
    const seen: number[] = [];
    const err = await rejectionOf(
      (async () => {
        for await (const g of client.groups.list({ iterator: true, limit: 1 }))
          seen.push(g.id);
      })(),
    );
    expect(err).toBeInstanceOf(CivisInvalidResponseError);
    expect(err).toMatchObject({ tries: 4, method: "GET", path: "/groups" });
    expect(seen).toHaveLength(1);
  });
});

describe("a retried DELETE whose first try may have done it", () => {
  it("credentials.delete: the connection dropped after the server deleted; the 404 that follows resolves it", async () => {
    const c = await direct.credentials.post("Custom", "u", "secret-password");
    proxy.script(["drop-after-commit"]);
    const metas: number[] = [];
    const result = await client.credentials.delete(c.id, {
      onResponse: (m) => metas.push(m.status, m.tries),
    });
    expect(result).toBeUndefined();
    expect(metas).toEqual([404, 2]);
    expect(emu.requestCount({ method: "DELETE", status: 204 })).toBe(1);
    expect(emu.requestCount({ method: "DELETE", status: 404 })).toBe(1);
    expect(await rejectionOf(direct.credentials.get(c.id))).toBeInstanceOf(
      CivisNotFoundError,
    );
  });

  it("groups.delete_members after a try that timed out", async () => {
    const g = await direct.groups.post("Members go");
    await direct.groups.put_members(g.id, 2);
    proxy.script(["slow"]);
    await client.groups.delete_members(g.id, 2, slowTry);
    // The emulator answers a repeated delete_members 204 (it is idempotent).
    expect(log.at(-1)).toMatchObject({ tries: 2, error: null });
    expect((await direct.groups.get(g.id)).members).toEqual([]);
  });

  it("a DELETE of something that never existed is still a CivisNotFoundError", async () => {
    const err = await rejectionOf(client.credentials.delete(999_999));
    expect(err).toBeInstanceOf(CivisNotFoundError);
    expect(err).toMatchObject({ tries: 1 });
  });
});

describe("onLog sees every call exactly once", () => {
  it("successes, API errors, resets and timeouts alike", async () => {
    await client.groups.get(1);
    await rejectionOf(client.groups.get(999_999));
    proxy.script(["reset"]);
    const reset = await rejectionOf(client.groups.post("Reset"));
    proxy.script(["slow"]);
    const slow = await rejectionOf(
      client.groups.patch(1, { description: "slow", ...slowTry }),
    );
    expect(reset).toBeInstanceOf(CivisConnectionError);
    expect(slow).toBeInstanceOf(CivisTimeoutError);
    // Method, path, status, error, tries.
    expect(
      log.map((e) => [e.method, e.path, e.status, e.error, e.tries]),
    ).toEqual([
      ["GET", "/groups/1", 200, null, 1],
      ["GET", "/groups/999999", 404, "CivisNotFoundError", 1],
      ["POST", "/groups", null, "CivisConnectionError", 1],
      ["PATCH", "/groups/1", null, "CivisTimeoutError", 1],
    ]);
    for (const entry of log) expect(entry.ms).toEqual(expect.any(Number));
  });

  it("an aborted call is logged too, with the abort's name", async () => {
    const controller = new AbortController();
    controller.abort();
    await rejectionOf(client.groups.get(1, { signal: controller.signal }));
    expect(log).toEqual([
      expect.objectContaining({ status: null, error: "AbortError", tries: 0 }),
    ]);
  });
});
