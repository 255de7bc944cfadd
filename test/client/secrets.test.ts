// No API key and no credential password in anything an error or a log line
// shows: message, stack, String(err), JSON.stringify(err), util.inspect(err,
// { depth: 10 }), its own properties, the onLog entries, and the client.
import { inspect } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  CivisAPIError,
  CivisAuthenticationError,
  CivisPermissionError,
  CivisTimeoutError,
  CivisValidationError,
  type LogEntry,
} from "../../src/index.js";
import {
  authenticationError,
  clientFor,
  keyOf,
  rejectionOf,
  useEmulator,
} from "./helpers.js";

const { emu } = useEmulator();
let benKey: string;
let ben: APIClient;
const logs: LogEntry[] = [];
// A password that is also a valid path/query piece once encoded.
const password = "Pa$$ w0rd/with?odd#chars-" + "7f3a9c";

beforeAll(() => {
  benKey = keyOf(emu, 2);
  ben = clientFor(emu, 2, { onLog: (e) => logs.push(e) });
});

/** Every way an error can be shown or serialized. */
function renderings(err: unknown): Record<string, string> {
  const e = err as Error;
  return {
    message: e.message,
    stack: e.stack ?? "",
    string: String(e),
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: 10 }),
    inspectHidden: inspect(e, { depth: 10, showHidden: true }),
    ownProps: JSON.stringify(
      Object.fromEntries(
        Object.getOwnPropertyNames(e).map((k) => [
          k,
          (e as unknown as Record<string, unknown>)[k],
        ]),
      ),
      (_k, v: unknown) => (v instanceof Error ? String(v) : v),
    ),
  };
}

/** Fails naming where a secret showed up. */
function expectClean(err: unknown, secrets: string[]): void {
  const forms = secrets.flatMap((s) => [s, encodeURIComponent(s)]);
  const leaks = Object.entries(renderings(err)).flatMap(([where, text]) =>
    forms.filter((s) => text.includes(s)).map(() => where),
  );
  expect(leaks, "renderings holding a secret").toEqual([]);
}

describe("API errors from requests that carried a password", () => {
  it("credentials.post refused with a 403", async () => {
    // Only admins may create a credential for another user.
    const err = await rejectionOf(
      ben.credentials.post("Custom", "svc", password, { user_id: 3 }),
    );
    expect(err).toBeInstanceOf(CivisPermissionError);
    expectClean(err, [benKey, password]);
  });

  it("credentials.put on a credential the caller may only read (403)", async () => {
    const admin = clientFor(emu, 1);
    const c = await admin.credentials.post("Custom", "u", "other");
    await admin.credentials.put_shares_users(c.id, [2], "read");
    const err = await rejectionOf(
      ben.credentials.put(c.id, "Custom", "u", password),
    );
    expect(err).toBeInstanceOf(CivisPermissionError);
    expectClean(err, [benKey, password]);
  });

  it("post_authenticate with a wrong password (400)", async () => {
    const err = await authenticationError(ben, emu, password);
    expect(err).toBeInstanceOf(CivisValidationError);
    expectClean(err, [benKey, password]);
  });

  it("even when the server echoes the key and the password back", async () => {
    emu.setFaults({
      script: [
        {
          status: 400,
          body: {
            error: `bad_${password}`,
            errorDescription: `password ${password} (${encodeURIComponent(password)}) rejected for key ${benKey}`,
            detail: { nested: [password, benKey] },
          },
        },
      ],
    });
    const err = await rejectionOf(
      ben.credentials.post("Custom", "svc", password),
    );
    expect(err).toBeInstanceOf(CivisValidationError);
    expect((err as CivisAPIError).message).toMatch(
      /^\(400\) password .* \(POST \/credentials\)$/,
    );
    expectClean(err, [benKey, password]);
    // The parsed body stays inspectable, redacted.
    expect(JSON.stringify((err as CivisAPIError).body)).toContain("[REDACTED]");
  });

  it("a non-JSON echo (a plain text body) is redacted too", async () => {
    emu.setFaults({
      script: [{ status: 500, body: `oops: ${password} / ${benKey}` }],
    });
    const err = await rejectionOf(
      ben.credentials.patch(1, { password, name: "x" }),
    );
    expectClean(err, [benKey, password]);
  });
});

describe("short passwords and swapped arguments", () => {
  it("a wrong one-letter password: a CivisValidationError, the server's text whole", async () => {
    const err = await authenticationError(ben, emu, "p");
    expect(err).toBeInstanceOf(CivisValidationError);
    expect((err as Error).message).toBe(
      "(400) Username or password is incorrect. (POST /credentials/authenticate)",
    );
  });

  it("a password passed where the type goes is not echoed", async () => {
    emu.resetRequests();
    const err = await rejectionOf(
      ben.credentials.post(password as "Database", "Database", "u"),
    );
    expect(err).toBeInstanceOf(RangeError);
    expect((err as Error).message).toMatch(
      /credentials\.post: type must be one of/,
    );
    expectClean(err, [password]);
    expect(emu.requestCount()).toBe(0);
  });
});

describe("authentication and transport errors", () => {
  it("401 with a wrong key (that the server echoes)", async () => {
    const wrongKey = "wrong-key-" + "c0ffee1234567890";
    const client = new APIClient({ apiKey: wrongKey, baseUrl: emu.url });
    const plain = await rejectionOf(client.credentials.list());
    expect(plain).toBeInstanceOf(CivisAuthenticationError);
    expectClean(plain, [wrongKey]);

    emu.setFaults({
      script: [
        {
          status: 401,
          body: { error: "unauthorized", errorDescription: `key ${wrongKey}` },
        },
      ],
    });
    const echoed = await rejectionOf(client.credentials.list());
    expect(echoed).toBeInstanceOf(CivisAuthenticationError);
    expectClean(echoed, [wrongKey]);
  });

  it("a timeout of a POST carrying a password", async () => {
    emu.setFaults({ latencyMs: 30_000 });
    const err = await rejectionOf(
      ben.credentials.post("Custom", "svc", password, { timeoutMs: 30 }),
    );
    expect(err).toBeInstanceOf(CivisTimeoutError);
    expectClean(err, [benKey, password]);
  });

  it("a connection failure", async () => {
    const client = new APIClient({
      apiKey: benKey,
      baseUrl: "http://127.0.0.1:9",
      retries: false,
    });
    const err = await rejectionOf(
      client.credentials.post("Custom", "svc", password),
    );
    expect(err).toBeInstanceOf(Error);
    expectClean(err, [benKey, password]);
  });

  it("validation errors never echo a password", async () => {
    const err = await rejectionOf(
      ben.credentials.post("Custom", "svc", password, {
        remote_host_id: password as unknown as number,
      }),
    );
    expect(err).toBeInstanceOf(TypeError);
    expectClean(err, [benKey, password]);
  });
});

describe("logs and the client itself", () => {
  it("onLog entries hold neither the key nor a password", async () => {
    logs.length = 0;
    await authenticationError(ben, emu, password);
    await ben.credentials.post("Custom", "u", password);
    emu.setFaults({
      script: [{ status: 500, body: `oops: ${password} / ${benKey}` }],
    });
    await rejectionOf(ben.credentials.patch(1, { password, name: "x" }));
    expect(logs).toHaveLength(3);
    // Booleans, so that a failure never prints the key.
    const text = JSON.stringify(logs);
    expect(text.includes(benKey), "key in onLog").toBe(false);
    expect(text.includes(password), "password in onLog").toBe(false);
  });

  it("inspecting or serializing the client does not show the key, nor its Basic auth form", () => {
    const client = clientFor(emu, 2);
    const basic = btoa(`${benKey}:`);
    const shown = [
      inspect(client, { depth: 10 }),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client, (_k, v: unknown) =>
        typeof v === "function" ? "[fn]" : v,
      ),
      String(client),
    ];
    expect(
      shown.map((text) => text.includes(benKey) || text.includes(basic)),
    ).toEqual([false, false, false, false]);
  });
});
