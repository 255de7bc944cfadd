// The client tests' backend: the tests' emulator (test/helpers/emulator.ts)
// over real HTTP on 127.0.0.1, and clients of its seeded users. No fetch is
// mocked: the client talks to a real socket. `useEmulator()` is the one
// setup of every client test file.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import type { EmulatorAppOptions } from "../../src/emulator/index.js";
import { clock } from "../../src/http/gate.js";
import { APIClient, type ClientOptions } from "../../src/index.js";
import {
  startChaosProxy,
  type ChaosOptions,
  type ChaosProxy,
} from "../helpers/chaos-proxy.js";
import {
  keyOf,
  startTestEmulator,
  type TestEmulator,
} from "../helpers/emulator.js";

export { keyOf, type TestEmulator } from "../helpers/emulator.js";

/**
 * Resolves once `cond()` holds, checked after each turn of the event loop;
 * fails the test if it does not hold within 10,000 turns.
 */
export async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !cond(); i++)
    await new Promise((r) => setImmediate(r));
  expect(cond()).toBe(true);
}

/**
 * The file's emulator and a client per seeded user (1 = admin, 2, 3),
 * started before its tests and closed after them (failing on any unexpected
 * 500); the request logs and faults are cleared before each test, so that
 * every test passes alone. `emu` and the clients are stand-ins, usable from
 * the tests and hooks on.
 */
export function useEmulator(options: EmulatorAppOptions = {}) {
  let started: TestEmulator | undefined;
  const clients = new Map<number, APIClient>();
  beforeAll(async () => {
    started = await startTestEmulator(options);
    clients.clear();
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    started?.resetRequests();
    started?.setFaults();
  });
  const emulator = () => {
    if (!started) throw new Error("useEmulator: the emulator is not started");
    return started;
  };
  const client = (userId: number) =>
    late(() => {
      if (!clients.has(userId))
        clients.set(userId, clientFor(emulator(), userId));
      return clients.get(userId)!;
    });
  return {
    emu: late(emulator),
    admin: client(1),
    ben: client(2),
    cy: client(3),
  };
}

/**
 * The chaos proxy in front of `emu` (from `useEmulator`), for the file's
 * tests, and a client of user 1 that goes through it.
 */
export function useChaosProxy(
  emu: TestEmulator,
  options: Omit<ChaosOptions, "target">,
  clientOptions: ClientOptions,
) {
  let proxy: ChaosProxy | undefined;
  let client: APIClient | undefined;
  beforeAll(async () => {
    proxy = await startChaosProxy({ target: emu.url, ...options });
    client = clientFor({ url: proxy.url, users: emu.users }, 1, clientOptions);
  });
  afterAll(() => proxy?.close());
  return { proxy: late(() => proxy!), client: late(() => client!) };
}

/** A stand-in for an object made later: every property read goes to `get()`. */
function late<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = get();
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
    has: (_, key) => Reflect.has(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
}

/**
 * A clock that moves only when slept on, for the tests of the enclosing
 * describe: the client's `sleep` and, through `rateLimit.now`, the
 * emulator's rate limit read it, and so does the client's gate while they
 * run. `sleep(ms)` moves it to `ms` past the time it was called (unless
 * another sleep moved it further) and returns at the next turn of the
 * event loop, so a window the gate waits out ends at once, for both sides.
 */
export function useFakeClock() {
  let time = Date.now();
  const real = clock.now;
  beforeEach(() => {
    clock.now = () => time;
  });
  afterEach(() => {
    clock.now = real;
  });
  return {
    now: () => time,
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        const until = time + ms;
        setImmediate(() => {
          if (signal.aborted) return reject(signal.reason);
          time = Math.max(time, until);
          resolve();
        });
      }),
  };
}

/** Retries that never wait long: the suite stays fast and untimed. */
export const fastRetries = {
  baseDelayMs: 1,
  maxDelayMs: 2,
  maxElapsedMs: 10_000,
} as const;

/** A client acting as seeded user `userId` (1 = admin, 2, 3). */
export function clientFor(
  emu: Pick<TestEmulator, "url" | "users">,
  userId = 1,
  options: ClientOptions = {},
): APIClient {
  return new APIClient({
    apiKey: keyOf(emu, userId),
    baseUrl: emu.url,
    retries: fastRetries,
    ...options,
  });
}

/** The error of `post_authenticate` with `password`, wrong for the emulator's first host. */
export function authenticationError(
  client: APIClient,
  emu: Pick<TestEmulator, "app">,
  password: string,
): Promise<unknown> {
  const host = emu.app.state.remoteHosts[0]!;
  return rejectionOf(
    client.credentials.post_authenticate(
      host.url,
      "RemoteHostTypes::Postgres",
      "analyst",
      password,
    ),
  );
}

/** Checks that `error` is a `Class`, named so, with `fields`; returns it typed. */
export function expectError<E extends Error>(
  error: unknown,
  Class: abstract new (...args: never[]) => E,
  fields: Partial<Record<keyof E, unknown>>,
): E {
  expect(error).toBeInstanceOf(Class);
  expect(error).toMatchObject({ name: Class.name, ...fields });
  return error as E;
}

/** The rejection of `promise` (fails if it resolves). */
export async function rejectionOf(promise: unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the call resolved");
}

/**
 * The error thrown while iterating `iterable` (fails if none), `each` called
 * with every item before it.
 */
export async function iterationError<T>(
  iterable: AsyncIterable<T>,
  each: (item: T) => unknown = () => {},
): Promise<unknown> {
  try {
    for await (const item of iterable) await each(item);
  } catch (error) {
    return error;
  }
  throw new Error("expected the iteration to throw");
}

/** Collects an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** A fresh unique suffix for names within one emulator. */
let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}`;

/** Sets environment variables for one test body, restoring them after. */
export async function withEnv(
  vars: Record<string, string | undefined>,
  body: () => unknown,
): Promise<void> {
  const saved = Object.fromEntries(
    Object.keys(vars).map((k) => [k, process.env[k]]),
  );
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, x] of Object.entries(v))
      if (x === undefined) delete process.env[k];
      else process.env[k] = x;
  };
  apply(vars);
  try {
    await body();
  } finally {
    apply(saved);
  }
}
