// `npm run spec:diff -- --live` against the emulator's GET /endpoints, over
// loopback HTTP: zero drift; and the failures that are bad input (exit 2),
// none of which prints the key.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { answeringServer } from "../helpers/answering-server.js";
import { specDiff, specOperations, type JsonReport } from "./run.js";

let emulator: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  env = {
    CIVIS_API_ENDPOINT: emulator.url,
    CIVIS_API_KEY: emulator.users[1]!.apiKey,
  };
});
afterAll(() => emulator.close());

it("finds no drift between the spec and the emulator's description", async () => {
  const run = await specDiff(["--live"], env);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`against ${emulator.url}/endpoints ("there")`);
  expect(run.stdout).toMatch(
    /^0 drift, \d+ allowed, \d+ operations compared\.$/m,
  );
  expect(run.stdout).toMatch(/^No drift: spec\/openapi\.yaml matches/m);
  expect(run.stdout).not.toContain(env["CIVIS_API_KEY"]);
  expect(emulator.requestCount({ path: "/endpoints", userId: 2 })).toBe(1);
});

it("--json: every operation compared, no notes", async () => {
  const run = await specDiff(["--live", "--json"], env);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as JsonReport;
  expect(json.source).toBe(`${emulator.url}/endpoints`);
  expect(json.summary).toMatchObject({
    drift: 0,
    notes: 0,
    compared: specOperations.length,
  });
});

it("an unknown key: exit 2 with the server's answer, never the key", async () => {
  const key = "0123456789abcdef0123456789abcdef";
  const run = await specDiff(["--live"], { ...env, CIVIS_API_KEY: key });
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `spec:diff: ${emulator.url}/endpoints answered 401: The API key is invalid.\n`,
  );
  expect(run.stdout + run.stderr).not.toContain(key);
});

it("no key: exit 2, naming the variable", async () => {
  const run = await specDiff(["--live"], {
    CIVIS_API_ENDPOINT: emulator.url,
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^spec:diff: --live needs CIVIS_API_KEY/);
});

it("a server that is not there: exit 2, a network error", async () => {
  const gone = await startEmulator({ port: 0 });
  await gone.close();
  const run = await specDiff(
    ["--live"],
    { ...env, CIVIS_API_ENDPOINT: gone.url },
    { retries: false },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    new RegExp(`^spec:diff: cannot fetch ${gone.url}/endpoints: .+\\n$`),
  );
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain(env["CIVIS_API_KEY"]);
});

it("a plain-http server that is not loopback: refused before sending", async () => {
  const run = await specDiff(["--live"], {
    ...env,
    CIVIS_API_ENDPOINT: "http://api.example.com",
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/refusing plain http to api\.example\.com/);
});

it("a server's answer is shown escaped and redacted: no terminal control, no key", async () => {
  const key = "0123456789abcdef0123456789abcdef";
  const server = await answeringServer(() => ({
    status: 403,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      error: "forbidden",
      errorDescription: `\u001b]0;owned\u0007 no \u202eevil for ${key}`,
      code: 403,
    }),
  }));
  try {
    const run = await specDiff(["--live"], {
      CIVIS_API_ENDPOINT: server.url,
      CIVIS_API_KEY: key,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `spec:diff: ${server.url}/endpoints answered 403: \\x1b]0;owned\\x07 no \\u202eevil for [REDACTED]\n`,
    );
  } finally {
    await server.close();
  }
});
