// Retries under the emulator's fault injection, counted at the server:
// GET/PUT/DELETE retry on 429/502/503/504; POST only on 429 and 503; PATCH
// never; `retries: false` is exactly one request; `Retry-After` is honoured
// (seen through the client's `sleep` hook, so nothing waits for real).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  CivisRateLimitError,
  CivisServerError,
  responseMeta,
  type LogEntry,
} from "../../src/index.js";
import {
  clientFor,
  keyOf,
  rejectionOf,
  startTestEmulator,
  type TestEmulator,
} from "./helpers.js";

let emu: TestEmulator;
let admin: APIClient;

beforeAll(async () => {
  emu = await startTestEmulator();
  admin = clientFor(emu, 1);
});
afterAll(() => emu.close());
afterEach(() => emu.setFaults());

/** Injects `script` for the next requests, from a clean request log. */
function faults(
  script: Array<number | { status: number; retryAfterSeconds?: number | null }>,
) {
  emu.resetRequests();
  emu.setFaults({ script, retryAfterSeconds: 0 });
}

/** A client whose waits are recorded and skipped. */
function recordingClient(
  options: ConstructorParameters<typeof APIClient>[0] = {},
) {
  const delays: number[] = [];
  const client = new APIClient({
    apiKey: keyOf(emu, 1),
    baseUrl: emu.url,
    sleep: async (ms, signal) => {
      if (signal.aborted) throw signal.reason;
      delays.push(ms);
    },
    ...options,
  });
  return { client, delays };
}

describe("idempotent verbs retry on 429/502/503/504", () => {
  it("a GET succeeds after 503, 502, 429: 4 requests, tries 4", async () => {
    const log: LogEntry[] = [];
    const client = clientFor(emu, 1, { onLog: (e) => log.push(e) });
    faults([503, 502, 429]);
    const group = await client.groups.get(1);
    expect(group.name).toBe("Admins");
    expect(emu.requestCount({ method: "GET", path: "/groups/1" })).toBe(4);
    expect(emu.requestCount({ fault: true })).toBe(3);
    expect(responseMeta(group)).toMatchObject({ status: 200, tries: 4 });
    expect(log).toEqual([expect.objectContaining({ status: 200, tries: 4 })]);
  });

  it("a PUT is retried on 502 and 504", async () => {
    const g = await admin.groups.post("Put retries");
    faults([502, 504]);
    const put = await admin.groups.put(g.id, "Put retries, renamed");
    expect(put.name).toBe("Put retries, renamed");
    expect(emu.requestCount({ method: "PUT" })).toBe(3);
    expect(responseMeta(put)!.tries).toBe(3);
  });

  it("a DELETE is retried on 503", async () => {
    const c = await admin.credentials.post("Custom", "u", "p");
    faults([503]);
    expect(await admin.credentials.delete(c.id)).toBeUndefined();
    expect(emu.requestCount({ method: "DELETE" })).toBe(2);
    expect(emu.requestCount({ method: "DELETE", status: 204 })).toBe(1);
  });

  it("gives up after maxRetries: the last error, with its tries", async () => {
    faults([503, 503, 503, 503, 503]);
    const err = await rejectionOf(admin.groups.get(1));
    expect(err).toBeInstanceOf(CivisServerError);
    // Default: 3 retries, 4 tries.
    expect(err).toMatchObject({ status: 503, tries: 4 });
    expect(emu.requestCount()).toBe(4);
  });
});

describe("POST retries only on 429 and 503; PATCH never", () => {
  it("a POST answered 502 is not retried", async () => {
    faults([502]);
    const err = await rejectionOf(admin.groups.post("Not twice"));
    expect(err).toBeInstanceOf(CivisServerError);
    expect(err).toMatchObject({ status: 502, tries: 1, method: "POST" });
    expect(emu.requestCount()).toBe(1);
  });

  it("a POST answered 504 is not retried", async () => {
    faults([504]);
    const err = await rejectionOf(admin.match_targets.post("Not twice"));
    expect(err).toMatchObject({ status: 504, tries: 1 });
    expect(emu.requestCount()).toBe(1);
  });

  it("a POST answered 503 is retried, and creates one object", async () => {
    faults([503]);
    const before = emu.app.state.groups.size;
    const g = await admin.groups.post("Once");
    expect(responseMeta(g)).toMatchObject({ status: 201, tries: 2 });
    expect(emu.requestCount({ method: "POST", path: "/groups" })).toBe(2);
    expect(emu.requestCount({ status: 201 })).toBe(1);
    expect(emu.app.state.groups.size).toBe(before + 1);
  });

  it("a POST answered 429 is retried", async () => {
    faults([429, 429]);
    const jv = await admin.json_values.post('{"k": 1}');
    expect(jv.value).toEqual({ k: 1 });
    expect(emu.requestCount({ method: "POST" })).toBe(3);
  });

  it("a PATCH is never retried", async () => {
    const g = await admin.groups.post("Patch me");
    for (const status of [503, 429, 502]) {
      faults([status]);
      const err = await rejectionOf(
        admin.groups.patch(g.id, { description: "x" }),
      );
      expect(err).toMatchObject({ status, tries: 1, method: "PATCH" });
      expect(emu.requestCount()).toBe(1);
    }
    expect((await admin.groups.get(g.id)).description).toBeNull();
  });

  it("400/401/403/404 are never retried", async () => {
    faults([400, 401, 403, 404]);
    for (let i = 0; i < 4; i++)
      expect(await rejectionOf(admin.groups.get(1))).toMatchObject({
        tries: 1,
      });
    expect(emu.requestCount()).toBe(4);
  });
});

describe("turning retries off or down", () => {
  it("retries: false on the client: exactly 1 request", async () => {
    const client = clientFor(emu, 1, { retries: false });
    faults([503]);
    const err = await rejectionOf(client.groups.get(1));
    expect(err).toMatchObject({ status: 503, tries: 1 });
    expect(emu.requestCount()).toBe(1);
  });

  it("retries: 0 on the client is the same", async () => {
    const client = clientFor(emu, 1, { retries: 0 });
    faults([429]);
    expect(await rejectionOf(client.groups.list())).toBeInstanceOf(
      CivisRateLimitError,
    );
    expect(emu.requestCount()).toBe(1);
  });

  it("retries: false per call", async () => {
    faults([503]);
    await rejectionOf(admin.groups.get(1, { retries: false }));
    expect(emu.requestCount()).toBe(1);
    // The next call has the client's policy again.
    faults([503]);
    await admin.groups.get(1);
    expect(emu.requestCount()).toBe(2);
  });

  it("per call retries override the client's", async () => {
    const client = clientFor(emu, 1, { retries: false });
    faults([503, 503]);
    const g = await client.groups.get(1, {
      retries: { maxRetries: 2, baseDelayMs: 1 },
    });
    expect(responseMeta(g)!.tries).toBe(3);
    faults([503, 503]);
    const err = await rejectionOf(admin.groups.get(1, { retries: 1 }));
    expect(err).toMatchObject({ tries: 2 });
    expect(emu.requestCount()).toBe(2);
  });

  it("a bad retry setting is a RangeError at construction, before any request", () => {
    emu.resetRequests();
    expect(
      () => new APIClient({ apiKey: "k", baseUrl: emu.url, retries: -1 }),
    ).toThrow(RangeError);
    expect(
      () =>
        new APIClient({
          apiKey: "k",
          baseUrl: emu.url,
          retries: { baseDelayMs: Number.NaN },
        }),
    ).toThrow(/baseDelayMs/);
    expect(emu.requestCount()).toBe(0);
  });
});

describe("waits: Retry-After and backoff", () => {
  it("Retry-After is the floor of the wait (429 and 503)", async () => {
    const { client, delays } = recordingClient({
      retries: { baseDelayMs: 10, maxDelayMs: 10 },
    });
    emu.resetRequests();
    emu.setFaults({
      script: [
        { status: 429, retryAfterSeconds: 7 },
        { status: 503, retryAfterSeconds: 2 },
      ],
    });
    await client.groups.get(1);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(7000);
    expect(delays[1]).toBeGreaterThanOrEqual(2000);
    expect(emu.requestCount()).toBe(3);
  });

  it("a POST waits for Retry-After on 503 too", async () => {
    const { client, delays } = recordingClient();
    emu.resetRequests();
    emu.setFaults({ script: [{ status: 503, retryAfterSeconds: 3 }] });
    await client.match_targets.post("after a wait");
    expect(delays).toEqual([expect.any(Number)]);
    expect(delays[0]).toBeGreaterThanOrEqual(3000);
  });

  it("without Retry-After: jittered exponential backoff under the caps", async () => {
    const { client, delays } = recordingClient({
      retries: { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 300 },
    });
    emu.resetRequests();
    emu.setFaults({
      script: Array.from({ length: 4 }, () => ({
        status: 503,
        retryAfterSeconds: null,
      })),
    });
    await client.groups.get(1);
    expect(delays).toHaveLength(4);
    const caps = [100, 200, 300, 300];
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(caps[i]!);
    });
  });

  it("a Retry-After past the time budget: no wait, the 429 surfaces with retryAfterMs", async () => {
    const { client, delays } = recordingClient({
      retries: { maxElapsedMs: 60_000 },
    });
    emu.resetRequests();
    emu.setFaults({ script: [{ status: 429, retryAfterSeconds: 120 }] });
    const err = await rejectionOf(client.groups.get(1));
    expect(err).toBeInstanceOf(CivisRateLimitError);
    expect(err).toMatchObject({ tries: 1, retryAfterMs: 120_000 });
    expect(delays).toEqual([]);
    expect(emu.requestCount()).toBe(1);
  });
});
