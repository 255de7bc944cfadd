// A running emulator on 127.0.0.1 and a tiny fetch wrapper that calls it as a
// given seeded user (1 = admin, 2, 3). Wire format in and out: snake_case
// bodies and queries, camelCase responses.
import { expect } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import type { RunningEmulator } from "../../../src/emulator/index.js";
import type { State } from "../../../src/emulator/state.js";

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: any;
  /** The raw body text (to check that no password leaks). */
  text: string;
}

export interface Harness {
  url: string;
  state: State;
  emulator: RunningEmulator;
  /** `as(2).get("/groups")`: a request authenticated as seeded user 2. */
  as(userId: number): Caller;
  close(): Promise<void>;
  /** Every response text seen so far, for "never contains" checks. */
  transcript: string[];
}

export interface Caller {
  get(path: string, query?: Record<string, unknown>): Promise<Reply>;
  delete(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  patch(path: string, body?: unknown): Promise<Reply>;
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

export async function startHarness(): Promise<Harness> {
  // Every answer is checked against the spec: a mismatch is a 500 naming it,
  // and fails the file's close() with the others like it.
  const problems: string[] = [];
  const emulator = await startEmulator({
    port: 0,
    validateResponses: true,
    onError: (error, where) =>
      problems.push(`${where.method} ${where.path}: ${String(error)}`),
  });
  const transcript: string[] = [];
  const keyOf = (id: number) => {
    const user = emulator.users.find((u) => u.id === id);
    if (!user) throw new Error(`no seeded user ${id}`);
    return user.apiKey;
  };
  const send = async (
    userId: number,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply> => {
    const auth = Buffer.from(`${keyOf(userId)}:`).toString("base64");
    const response = await fetch(emulator.url + path, {
      method,
      headers: {
        Authorization: `Basic ${auth}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    transcript.push(text);
    const reply: Reply = {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
      text,
    };
    return reply;
  };
  return {
    url: emulator.url,
    state: emulator.app.state,
    emulator,
    transcript,
    as: (userId) => ({
      get: (path, query) => send(userId, "GET", path + queryString(query)),
      delete: (path) => send(userId, "DELETE", path),
      post: (path, body) => send(userId, "POST", path, body ?? {}),
      put: (path, body) => send(userId, "PUT", path, body ?? {}),
      patch: (path, body) => send(userId, "PATCH", path, body ?? {}),
    }),
    async close() {
      await emulator.close();
      if (problems.length)
        throw new Error(`emulator 500s: ${problems.join("; ")}`);
    },
  };
}

/** The shape of an error body, whatever its text. */
export const errorBody = (code: number, error?: string) => ({
  code,
  error: error ?? expect.any(String),
  errorDescription: expect.any(String),
});
