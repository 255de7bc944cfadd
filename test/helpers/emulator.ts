// The emulator as every test uses it: each answer checked against the spec,
// and an answer no handler meant (a 500 from a thrown error or a response
// that breaks the spec) failing the test that caused it, loudly. In-process
// (`checkedEmulatorApp`, the app's handler called directly) or over real
// HTTP on 127.0.0.1 (`startTestEmulator`, with a tap on the server side that
// keeps what the engine's own request log does not: the full URL, the
// request headers minus `Authorization`, the raw body).
import { afterEach } from "vitest";
import {
  createEmulatorApp,
  type EmulatorApp,
  type EmulatorAppOptions,
  type EmulatorUser,
  type FaultOptions,
  type RequestFilter,
  type RequestRecord,
} from "../../src/emulator/index.js";
import { serve } from "../../src/emulator/engine/node-http.js";
import type { State } from "../../src/emulator/model/state.js";

/** An answer of the emulator, its body parsed. */
export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: any;
  /** The raw body text (to check that no password leaks). */
  text: string;
}

/**
 * Requests to the app's handler in-process, as seeded user `userId` (HTTP
 * Basic, the key as user name, as civis-python sends it), or with no key.
 * A body is sent as JSON.
 */
export function callAs(
  app: Pick<EmulatorApp<State>, "handle" | "users">,
  userId?: number,
): (method: string, path: string, body?: unknown) => Promise<Reply> {
  return async (method, path, body) => {
    const headers: Record<string, string> = {};
    if (userId !== undefined)
      headers["Authorization"] = `Basic ${btoa(`${keyOf(app, userId)}:`)}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await app.handle(
      new Request(`http://emulator.test${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
      text,
    };
  };
}

interface CheckedEmulatorApp {
  app: EmulatorApp<State>;
  /** The unexpected errors so far, `METHOD /path: error`; taking them clears them. */
  takeProblems(): string[];
}

/** An emulator app that validates its responses and keeps its unexpected errors. */
function checkedEmulatorApp(
  options: EmulatorAppOptions = {},
): CheckedEmulatorApp {
  const problems: string[] = [];
  const app = createEmulatorApp({
    validateResponses: true,
    onError: (error, where) =>
      problems.push(`${where.method} ${where.path}: ${String(error)}`),
    ...options,
  });
  return { app, takeProblems: () => problems.splice(0) };
}

/** Throws the unexpected errors, if any, as one error. */
function failOnProblems(problems: string[]): void {
  if (problems.length) throw new Error(`emulator 500s: ${problems.join("; ")}`);
}

/**
 * A maker of checked apps for a test file: after each test, the unexpected
 * errors of every app it made so far fail that test.
 */
export function useCheckedApps(): (
  options?: EmulatorAppOptions,
) => EmulatorApp<State> {
  const made: CheckedEmulatorApp[] = [];
  afterEach(() => failOnProblems(made.flatMap((c) => c.takeProblems())));
  return (options = {}) => {
    const checked = checkedEmulatorApp(options);
    made.push(checked);
    return checked.app;
  };
}

/** The API key of a seeded user (never print it). */
export function keyOf(
  emu: { users: readonly EmulatorUser[] },
  userId: number,
): string {
  const user = emu.users.find((u) => u.id === userId);
  if (!user) throw new Error(`no seeded user ${userId}`);
  return user.apiKey;
}

/** One request as it reached the server. */
export interface WireRecord {
  method: string;
  /** Path and query, e.g. `/groups?limit=2&page_num=1`. */
  url: string;
  path: string;
  /** The query parameters, decoded. */
  query: URLSearchParams;
  /** Lower-case header names; `authorization` is never kept. */
  headers: Record<string, string>;
  /** The raw body text ("" when none). */
  body: string;
}

export interface TestEmulator {
  url: string;
  users: readonly EmulatorUser[];
  app: EmulatorApp<State>;
  /** The engine's log (method, path, query, status, operationId, ...). */
  readonly requests: readonly RequestRecord[];
  /** The server-side tap: URL, headers and body of every request. */
  readonly wire: readonly WireRecord[];
  requestCount(filter?: RequestFilter): number;
  /** Clears both logs. */
  resetRequests(): void;
  setFaults(faults?: FaultOptions): void;
  close(): Promise<void>;
}

/**
 * Starts the tests' emulator (users 1 = admin, 2, 3) on a free loopback
 * port; `close()` fails with its unexpected errors, if any.
 */
export async function startTestEmulator(
  options: EmulatorAppOptions = {},
): Promise<TestEmulator> {
  const { app, takeProblems } = checkedEmulatorApp(options);
  await app.ready;
  const wire: WireRecord[] = [];
  const serving = await serve(
    async (request) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      for (const [k, v] of request.headers)
        if (k !== "authorization") headers[k] = v;
      const body =
        request.method === "GET" || request.method === "HEAD"
          ? ""
          : await request.clone().text();
      wire.push({
        method: request.method,
        url: url.pathname + url.search,
        path: url.pathname,
        query: url.searchParams,
        headers,
        body,
      });
      return app.handle(request);
    },
    { host: "127.0.0.1", port: 0 },
  );
  return {
    url: serving.url,
    users: app.users,
    app,
    get requests() {
      return app.requests;
    },
    wire,
    requestCount: (filter) => app.requestCount(filter),
    resetRequests: () => {
      app.resetRequests();
      wire.length = 0;
    },
    setFaults: (faults) => app.setFaults(faults),
    async close() {
      await serving.close();
      failOnProblems(takeProblems());
    },
  };
}
