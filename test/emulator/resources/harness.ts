// The emulator in-process: its app's `(Request) => Response` handler, called
// as a given seeded user (1 = admin, 2, 3), with no socket in between (one
// test, over-http.test.ts, goes through a real one). Wire format in and out:
// snake_case bodies and queries, camelCase responses.
import { afterEach, expect } from "vitest";
import type { EmulatorApp } from "../../../src/emulator/index.js";
import type { State } from "../../../src/emulator/model/state.js";
import { callAs, useCheckedApps, type Reply } from "../../helpers/emulator.js";

export type { Reply } from "../../helpers/emulator.js";

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
  const app = useCheckedApps()();
  const transcript: string[] = [];
  afterEach(() => {
    transcript.length = 0;
  });
  const send = async (
    userId: number,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply> => {
    const reply = await callAs(app, userId)(method, path, body);
    transcript.push(reply.text);
    return reply;
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
