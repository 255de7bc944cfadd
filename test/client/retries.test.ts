// Retries under the emulator's fault injection, counted at the server: the
// policy row by row; `retries: false` is exactly one request; `Retry-After`
// is honoured (seen through the client's `sleep` hook, so nothing waits).
import { describe, expect, it } from "vitest";
import {
  APIClient,
  CivisRateLimitError,
  CivisServerError,
  responseMeta,
  type LogEntry,
} from "../../src/index.js";
import { clientFor, keyOf, rejectionOf, useEmulator } from "./helpers.js";

const { emu, admin } = useEmulator();

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

// The civis-python policy at the client, over the emulator: one injected
// answer, then the requests the server saw. Every row: (verb, injected
// status, requests, resolved?). A retried call meets no second fault and
// resolves; a call not retried rejects with the status.
const policy: [string, number, number, boolean][] = [
  ["GET", 429, 2, true],
  ["GET", 502, 2, true],
  ["GET", 503, 2, true],
  ["GET", 504, 2, true],
  ["GET", 500, 1, false],
  ["GET", 400, 1, false],
  ["GET", 401, 1, false],
  ["GET", 403, 1, false],
  ["GET", 404, 1, false],
  ["PUT", 429, 2, true],
  ["PUT", 502, 2, true],
  ["PUT", 503, 2, true],
  ["PUT", 504, 2, true],
  ["PUT", 500, 1, false],
  ["DELETE", 429, 2, true],
  ["DELETE", 502, 2, true],
  ["DELETE", 503, 2, true],
  ["DELETE", 504, 2, true],
  ["DELETE", 500, 1, false],
  ["POST", 429, 2, true],
  ["POST", 503, 2, true],
  ["POST", 502, 1, false],
  ["POST", 504, 1, false],
  ["POST", 500, 1, false],
  ["PATCH", 429, 1, false],
  ["PATCH", 502, 1, false],
  ["PATCH", 503, 1, false],
  ["PATCH", 504, 1, false],
];

/** One call of each verb on a group of its own. */
const calls: Record<string, (groupId: number) => Promise<unknown>> = {
  GET: (id) => admin.groups.get(id),
  PUT: (id) => admin.groups.put(id, "Renamed"),
  DELETE: (id) => admin.groups.delete_members(id, 2),
  POST: () => admin.groups.post("Created once"),
  PATCH: (id) => admin.groups.patch(id, { description: "Patched" }),
};

describe("which verb retries on which status", () => {
  it.each(policy)(
    "%s answered %i: %i request(s), resolved: %s",
    async (verb, status, requests, resolved) => {
      const group = await admin.groups.post("Retry target");
      await admin.groups.put_members(group.id, 2);
      const groups = emu.app.state.groups.size;
      faults([status]);
      const outcome = await calls[verb]!(group.id).then(
        () => "resolved",
        (e: unknown) => e,
      );
      expect(emu.requestCount()).toBe(requests);
      if (resolved) expect(outcome).toBe("resolved");
      else expect(outcome).toMatchObject({ status, tries: 1, method: verb });
      // However often a POST was tried, it created at most one group.
      expect(emu.app.state.groups.size).toBeLessThanOrEqual(groups + 1);
    },
  );

  it("a GET after 503, 502, 429: 4 requests, tries 4 in the metadata and the log", async () => {
    const log: LogEntry[] = [];
    const client = clientFor(emu, 1, { onLog: (e) => log.push(e) });
    faults([503, 502, 429]);
    const group = await client.groups.get(1);
    expect(group.name).toBe("Admins");
    expect(emu.requestCount({ method: "GET", path: "/groups/1" })).toBe(4);
    expect(responseMeta(group)).toMatchObject({ status: 200, tries: 4 });
    expect(log).toEqual([expect.objectContaining({ status: 200, tries: 4 })]);
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

  it("maxRateLimitWaitMs bounds a Retry-After, not the backoff: a 503 without one is retried", async () => {
    // A backoff drawn below 1,000,000 ms: above the bound but for a draw
    // under one in a million.
    const { client, delays } = recordingClient({
      maxRateLimitWaitMs: 0,
      retries: {
        baseDelayMs: 1_000_000,
        maxDelayMs: 1_000_000,
        maxElapsedMs: 2_000_000,
      },
    });
    emu.resetRequests();
    emu.setFaults({ script: [{ status: 503, retryAfterSeconds: null }] });
    expect(await client.groups.get(1)).toMatchObject({ id: 1 });
    expect(delays).toEqual([expect.any(Number)]);
    expect(delays[0]).toBeLessThan(1_000_000);
    expect(emu.requestCount()).toBe(2);
  });
});
