// The emulator in-process: its app's `(Request) => Response` handler, called
// as a given seeded user (1 = admin, 2, 3), with no socket in between (one
// test, over-http.test.ts, goes through a real one). Wire format in and out:
// snake_case bodies and queries, camelCase responses.
import { afterEach, expect } from "vitest";
import {
  createEmulatorApp,
  type EmulatorApp,
} from "../../../src/emulator/index.js";
import type { State } from "../../../src/emulator/state.js";

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: any;
  /** The raw body text (to check that no password leaks). */
  text: string;
}

export interface Caller {
  get(path: string, query?: Record<string, unknown>): Promise<Reply>;
  delete(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  patch(path: string, body?: unknown): Promise<Reply>;
}

export interface Api {
  app: EmulatorApp<State>;
  state: State;
  /** `as(2).get("/groups")`: a request authenticated as seeded user 2. */
  as(userId: number): Caller;
  /** Every response text of the current test, for "never contains" checks. */
  transcript: string[];
}

/** `{a: 1, ids: [1, 2]}` -> `?a=1&ids[]=1&ids[]=2` (civis-python style). */
export function queryString(query: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value))
      for (const v of value) params.append(`${key}[]`, String(v));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A fresh emulator for the file's tests. Every answer is checked against the
 * spec: a mismatch (or any unexpected handler error) is a 500 that fails the
 * test that caused it.
 */
export function useApi(): Api {
  const problems: string[] = [];
  const app = createEmulatorApp({
    validateResponses: true,
    onError: (error, where) =>
      problems.push(`${where.method} ${where.path}: ${String(error)}`),
  });
  const transcript: string[] = [];
  afterEach(() => {
    transcript.length = 0;
    if (problems.length)
      throw new Error(`emulator 500s: ${problems.splice(0).join("; ")}`);
  });
  const send = async (
    userId: number,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply> => {
    const user = app.users.find((u) => u.id === userId);
    if (!user) throw new Error(`no seeded user ${userId}`);
    const response = await app.handle(
      new Request(`http://emulator.test${path}`, {
        method,
        headers: {
          Authorization: `Basic ${btoa(`${user.apiKey}:`)}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    transcript.push(text);
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
      text,
    };
  };
  return {
    app,
    state: app.state,
    transcript,
    as: (userId) => ({
      get: (path, query) => send(userId, "GET", path + queryString(query)),
      delete: (path) => send(userId, "DELETE", path),
      post: (path, body) => send(userId, "POST", path, body ?? {}),
      put: (path, body) => send(userId, "PUT", path, body ?? {}),
      patch: (path, body) => send(userId, "PATCH", path, body ?? {}),
    }),
  };
}

/** The shape of an error body, whatever its text. */
export const errorBody = (code: number, error?: string) => ({
  code,
  error: error ?? expect.any(String),
  errorDescription: expect.any(String),
});
