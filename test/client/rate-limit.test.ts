// The gate in front of every request: at most `maxConcurrency` in flight,
// and new calls held while the server's rate limit is spent, against the
// emulator enforcing a limit. Counted at the server, never timed: a fake
// clock that the client and the emulator share where a window is waited out,
// an injected sleep that hangs (and records what it was asked) where the
// test looks at the wait itself.
import { setTimeout as realSleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import {
  APIClient,
  CivisRateLimitError,
  CivisServerError,
  type LogEntry,
} from "../../src/index.js";
import { answeringServer } from "../helpers/answering-server.js";
import {
  collect,
  keyOf,
  rejectionOf,
  until,
  useEmulator,
  useFakeClock,
  type TestEmulator,
} from "./helpers.js";

// The file's emulator, for the tests that script faults or count what is in
// flight; a test that enforces a rate limit has an emulator of its own,
// since the window it spends is the emulator's state.
const { emu } = useEmulator();

/**
 * The emulator of the enclosing describe, enforcing `limit` per `windowMs`
 * on the describe's fake clock (`time`), which the client's gate reads too.
 */
function limiting(limit: number, windowMs: number) {
  const time = useFakeClock();
  const rateLimit = { enforce: true, limit, windowMs, now: time.now };
  return { emu: useEmulator({ rateLimit }).emu, time };
}

/** A sleep that never ends unless aborted, recording each wait it was asked for. */
function hangingSleep() {
  const asked: { ms: number; signal: AbortSignal }[] = [];
  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((_, reject) => {
      asked.push({ ms, signal });
      signal.addEventListener("abort", () => reject(signal.reason));
    });
  return { asked, sleep };
}

const client = (emu: TestEmulator, options = {}) =>
  new APIClient({ apiKey: keyOf(emu, 1), baseUrl: emu.url, ...options });

describe("the rate limit", () => {
  describe("5 per 300 ms", () => {
    const { emu, time } = limiting(5, 300);
    it("a burst over the limit: every call succeeds and the server answers no 429", async () => {
      // One client: the gate is per client. A bound below the limit, or the
      // first burst would meet the limit before any response has told it.
      const shared = client(emu, { maxConcurrency: 5, sleep: time.sleep });
      const results = await Promise.all(
        Array.from({ length: 17 }, () => shared.groups.get(1)),
      );
      expect(results.map((g) => g.id)).toEqual(Array(17).fill(1));
      expect(emu.requestCount()).toBe(17);
      expect(emu.requestCount({ status: 429 })).toBe(0);
    });
  });

  describe("2 a minute", () => {
    const { emu } = limiting(2, 60_000);
    it("X-RateLimit-Remaining: 0 holds new calls for the rest of the window (X-RateLimit-Reset)", async () => {
      const { asked, sleep } = hangingSleep();
      const c = client(emu, { sleep });
      await c.groups.get(1);
      await c.groups.get(1); // the window's last request: Remaining 0
      const controller = new AbortController();
      const held = c.groups.get(1, { signal: controller.signal });
      await until(() => asked.length === 1);
      // The window started with the first request, and the clock stood still.
      expect(asked[0]!.ms).toBe(60_000);
      expect(emu.requestCount()).toBe(2);
      controller.abort();
      expect(((await rejectionOf(held)) as Error).name).toBe("AbortError");
      // Nobody waits any more: the gate's timer is called off.
      expect(asked[0]!.signal.aborted).toBe(true);
      expect(emu.requestCount()).toBe(2);
    });
  });

  it("a 429 holds new calls until its Retry-After; its own retry follows the retry policy", async () => {
    emu.setFaults({ script: [{ status: 429, retryAfterSeconds: 30 }] });
    const { asked, sleep } = hangingSleep();
    const c = client(emu, { sleep });
    const first = new AbortController();
    const limited = c.groups.get(1, { signal: first.signal });
    await until(() => asked.length === 1); // the retry policy's wait
    expect(asked[0]!.ms).toBeGreaterThanOrEqual(30_000);

    const second = new AbortController();
    const held = c.groups.get(1, { signal: second.signal });
    await until(() => asked.length === 2); // the gate's wait
    expect(asked[1]!.ms).toBeGreaterThan(25_000);
    expect(asked[1]!.ms).toBeLessThanOrEqual(30_000);
    expect(emu.requestCount()).toBe(1);

    second.abort();
    first.abort();
    await rejectionOf(held);
    await rejectionOf(limited);
    expect(emu.requestCount()).toBe(1);
  });

  describe("1 a minute", () => {
    const { emu, time } = limiting(1, 60_000);
    it("a wait at the gate is not part of the per-try timeout", async () => {
      // The second call waits out the window, and longer than a try may
      // take in real time too; then its try has its whole 500 ms.
      const sleep = async (ms: number, signal: AbortSignal) => {
        await time.sleep(ms, signal);
        await realSleep(700, undefined, { signal });
      };
      const c = client(emu, { timeoutMs: 500, maxConcurrency: 1, sleep });
      const [a, b] = await Promise.all([c.groups.get(1), c.groups.get(1)]);
      expect([a.id, b.id]).toEqual([1, 1]);
      expect(emu.requestCount()).toBe(2);
      expect(emu.requestCount({ status: 429 })).toBe(0);
    });
  });

  it("a 429 that outlasts the retry budget still surfaces as CivisRateLimitError", async () => {
    emu.setFaults({ script: [{ status: 429, retryAfterSeconds: 120 }] });
    const err = await rejectionOf(
      client(emu, { retries: { maxElapsedMs: 60_000 } }).groups.get(1),
    );
    expect(err).toBeInstanceOf(CivisRateLimitError);
    expect(err).toMatchObject({ retryAfterMs: 120_000, tries: 1 });
  });
});

describe("small limits, default options: retries spend the budget too", () => {
  // The first burst goes blind (10 at once, before any response tells the
  // limit): those beyond the limit meet a 429, the only ones. Their retries
  // then wait for a window like any call, ahead of new ones, instead of
  // colliding with the calls the next window lets through.
  // [limit, window (ms), calls, the most 429s: the first burst's excess]
  describe.each([
    [5, 500, 40, 5],
    [2, 1000, 10, 8],
  ])("%i per %i ms", (limit, windowMs, calls, most429s) => {
    const { emu, time } = limiting(limit, windowMs);
    it(`${calls} at once: all succeed, no 429 surfaces, none after the first burst`, async () => {
      const c = client(emu, { sleep: time.sleep });
      const groups = await Promise.all(
        Array.from({ length: calls }, () => c.groups.get(1)),
      );
      expect(groups.map((g) => g.id)).toEqual(Array(calls).fill(1));
      expect(emu.requestCount({ status: 429 })).toBeLessThanOrEqual(most429s);
      expect(emu.requestCount({ status: 200 })).toBe(calls);
    });
  });
});

describe("a rate-limit wait past maxRateLimitWaitMs fails at once, nothing sent", () => {
  /** A server whose every answer says the window is spent for a day. */
  const spentForADay = (status: number) =>
    answeringServer(() => ({
      status,
      headers: {
        "x-ratelimit-limit": "1000",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 86_400),
        "retry-after": "86400",
      },
      body: status === 200 ? '{"id":1}' : "",
    }));

  it("a 429 with Retry-After: 86400: that call and every later one, with no wait", async () => {
    emu.setFaults({ script: [{ status: 429, retryAfterSeconds: 86_400 }] });
    const { asked, sleep } = hangingSleep();
    const c = client(emu, { sleep, timeoutMs: 5_000 });
    const first = await rejectionOf(c.groups.get(1));
    expect(first).toBeInstanceOf(CivisRateLimitError);
    expect(first).toMatchObject({ retryAfterMs: 86_400_000, tries: 1 });
    const later = await rejectionOf(c.groups.get(1));
    expect(later).toBeInstanceOf(CivisRateLimitError);
    expect(later).toMatchObject({ status: 429, tries: 0, requestId: null });
    expect((later as CivisRateLimitError).retryAfterMs).toBeGreaterThan(
      86_000_000,
    );
    expect((later as Error).message).toMatch(
      /^\(429\) Rate limit spent for 864\d\d s, over maxRateLimitWaitMs: not sent \(GET \/groups\/1\)$/,
    );
    const raw = await rejectionOf(
      c.raw.GET("/groups/{id}", { params: { path: { id: 1 } } }),
    );
    expect(raw).toBeInstanceOf(CivisRateLimitError);
    expect(asked).toEqual([]);
    expect(emu.requestCount()).toBe(1);
  });

  it("X-RateLimit-Reset a day ahead: the calls queued behind are refused too", async () => {
    const server = await spentForADay(200);
    try {
      const log: LogEntry[] = [];
      const c = new APIClient({
        apiKey: "a-key-of-no-account",
        baseUrl: server.url,
        maxConcurrency: 1,
        onLog: (e) => log.push(e),
      });
      const [first, ...queued] = await Promise.allSettled(
        Array.from({ length: 3 }, () => c.groups.get(1)),
      );
      expect(first).toMatchObject({ status: "fulfilled", value: { id: 1 } });
      for (const q of queued) {
        expect(q.status).toBe("rejected");
        const reason = (q as PromiseRejectedResult).reason as unknown;
        expect(reason).toBeInstanceOf(CivisRateLimitError);
        expect(reason).toMatchObject({ tries: 0 });
      }
      expect(server.received).toHaveLength(1);
      expect(log.map((e) => [e.status, e.error, e.tries])).toEqual([
        [200, null, 1],
        [null, "CivisRateLimitError", 0],
        [null, "CivisRateLimitError", 0],
      ]);
    } finally {
      await server.close();
    }
  });

  it("a retry's own Retry-After past the bound is not waited, whatever the retry budget", async () => {
    emu.setFaults({ script: [{ status: 503, retryAfterSeconds: 400 }] });
    const { asked, sleep } = hangingSleep();
    const c = client(emu, { sleep, retries: { maxElapsedMs: 1e9 } });
    const err = await rejectionOf(c.groups.get(1));
    expect(err).toBeInstanceOf(CivisServerError);
    expect(err).toMatchObject({ status: 503, tries: 1 });
    expect(asked).toEqual([]);
  });

  it("the bound is an option: a wait under it is waited", async () => {
    const server = await spentForADay(429);
    try {
      const { asked, sleep } = hangingSleep();
      const c = new APIClient({
        apiKey: "a-key-of-no-account",
        baseUrl: server.url,
        sleep,
        maxRateLimitWaitMs: 2 * 86_400_000,
      });
      // Past the retry budget (a minute): no retry.
      expect(await rejectionOf(c.groups.get(1))).toMatchObject({ tries: 1 });
      const controller = new AbortController();
      const call = c.groups.get(1, { signal: controller.signal });
      await until(() => asked.length === 1);
      expect(asked[0]!.ms).toBeGreaterThan(86_000_000);
      controller.abort();
      expect(((await rejectionOf(call)) as Error).name).toBe("AbortError");
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it.each([
    [-1, RangeError, "maxRateLimitWaitMs must be a non-negative number"],
    [
      Number.NaN,
      RangeError,
      "maxRateLimitWaitMs must be a non-negative number",
    ],
    [
      "60000",
      TypeError,
      'civis-api: option "maxRateLimitWaitMs" must be of type number',
    ],
  ])("rejects %s at construction", (value, Class, message) => {
    expect(
      () =>
        new APIClient({
          apiKey: "k",
          baseUrl: "https://api.example.test",
          maxRateLimitWaitMs: value as number,
        }),
    ).toThrow(new Class(message));
  });
});

describe("maxConcurrency", () => {
  /**
   * The most requests the server held at once while `run` ran, and how many
   * had arrived before the first was answered.
   */
  async function peak(run: () => Promise<unknown>) {
    let now = 0;
    let most = 0;
    let arrived = 0;
    let blind: number | undefined;
    emu.setFaults({ latencyMs: 300 });
    const handle = emu.app.handle.bind(emu.app);
    emu.app.handle = async (request) => {
      arrived++;
      most = Math.max(most, ++now);
      try {
        return await handle(request);
      } finally {
        now--;
        blind ??= arrived;
      }
    };
    try {
      await run();
    } finally {
      emu.app.handle = handle;
    }
    return { most, blind };
  }

  it("bounds the requests in flight; the default is 10", async () => {
    // One call more than the bound: it waits for a slot.
    for (const [options, bound] of [
      [{ maxConcurrency: 3 }, 3],
      [{}, 10],
    ] as const) {
      const c = client(emu, options);
      const { most } = await peak(() =>
        Promise.all(Array.from({ length: bound + 1 }, () => c.groups.get(1))),
      );
      expect(most).toBe(bound);
    }
  });

  it("Infinity: 10 at once until a first response, then no bound", async () => {
    const c = client(emu, { maxConcurrency: Infinity });
    const { blind, most } = await peak(() =>
      Promise.all(Array.from({ length: 24 }, () => c.groups.get(1))),
    );
    expect(blind).toBe(10);
    expect(most).toBeGreaterThan(10);
  });

  it("counts iterator pages like any call, and client.raw too", async () => {
    const c = client(emu, { maxConcurrency: 2 });
    const { most } = await peak(() =>
      Promise.all([
        collect(c.groups.list({ iterator: true, limit: 1 })),
        ...Array.from({ length: 4 }, () =>
          c.raw.GET("/groups/{id}", { params: { path: { id: 1 } } }),
        ),
      ]),
    );
    expect(most).toBe(2);
  });

  it("rejects a string at construction", () => {
    expect(
      () =>
        new APIClient({
          apiKey: "k",
          baseUrl: "https://api.example.test",
          maxConcurrency: "4" as unknown as number,
        }),
    ).toThrow(
      new TypeError(
        'civis-api: option "maxConcurrency" must be of type number',
      ),
    );
  });

  it.each([0, -1, 1.5, Number.NaN])(
    "rejects %s at construction",
    (maxConcurrency) => {
      expect(
        () =>
          new APIClient({
            apiKey: "k",
            baseUrl: "https://api.example.test",
            maxConcurrency: maxConcurrency as number,
          }),
      ).toThrow(
        new RangeError(
          "maxConcurrency must be a positive integer (or Infinity)",
        ),
      );
    },
  );
});
