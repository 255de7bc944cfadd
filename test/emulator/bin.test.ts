// The civis-api-emulator command. As a real child process: the --json line,
// a request with a printed key, a clean exit on SIGTERM/SIGINT, and the exit
// code of a refused option. In this process: what it says to --help and to
// the options it refuses.
import { describe, expect, it } from "vitest";
import { FETCH_BAD_PORTS } from "../../src/emulator/engine/bad-ports.js";
import {
  jsonLine,
  runEmulator,
  runEmulatorCommand,
  stop,
} from "../helpers/emulator-process.js";

const basic = (key: string) =>
  `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

describe("civis-api-emulator", () => {
  it("prints one JSON line, serves the seeded users, and exits 0 on SIGTERM", async () => {
    // --validate: the answers below are checked against the spec too.
    const started = runEmulator(["--json", "--port", "0", "--validate"]);
    try {
      const info = await jsonLine(started);
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(info.users.map((u) => u.id)).toEqual([1, 2, 3]);
      expect(Object.keys(info.users[0]!).sort()).toEqual([
        "apiKey",
        "id",
        "username",
      ]);

      const denied = await fetch(`${info.url}/groups`);
      expect(denied.status).toBe(401);
      expect(denied.headers.get("www-authenticate")).toContain("Basic");

      const res = await fetch(`${info.url}/groups`, {
        headers: { Authorization: basic(info.users[0]!.apiKey) },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(Array.isArray(await res.json())).toBe(true);
      expect(res.headers.get("x-pagination-total-entries")).toMatch(/^\d+$/);
    } finally {
      started.child.kill("SIGTERM");
    }
    expect(await started.exited).toBe(0);
    // Nothing but the JSON line on stdout.
    expect(started.stdout().trimEnd().split("\n")).toHaveLength(1);
  }, 30_000);

  it("prints the URL and keys for people, and exits 0 on SIGINT", async () => {
    const started = runEmulator([
      "--port",
      "0",
      "--latency",
      "1",
      "--fault-rate",
      "0",
      "--seed",
      "3",
    ]);
    try {
      await expect
        .poll(() => started.stdout().includes("Ctrl+C"), { timeout: 20_000 })
        .toBe(true);
      const out = started.stdout();
      expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toMatch(/1 +ada +admin +[0-9a-f]{64}/);
    } finally {
      started.child.kill("SIGINT");
    }
    expect(await started.exited).toBe(0);
  }, 30_000);

  it("exits 2 on a bad option, saying why", async () => {
    const bad = runEmulator(["--port", "http"]);
    try {
      expect(await bad.exited).toBe(2);
      expect(bad.stderr().split("\n")[0]).toBe(
        'civis-api-emulator: invalid --port: "http" (an integer 0..65535, not a port fetch refuses to connect to, such as 6000 or 6667)',
      );
      expect(bad.stdout()).toBe("");
    } finally {
      await stop(bad);
    }
  }, 30_000);

  it("0 on --help", async () => {
    const help = await runEmulatorCommand(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--fault-rate");
    expect(help.stdout).toContain("--validate");
  });

  it.each([
    [
      ["--port", "6000"],
      'civis-api-emulator: invalid --port: "6000" (an integer 0..65535, not a port fetch refuses to connect to, such as 6000 or 6667)',
    ],
    [
      ["--port", "10080"],
      'civis-api-emulator: invalid --port: "10080" (an integer 0..65535, not a port fetch refuses to connect to, such as 6000 or 6667)',
    ],
    [
      ["--latency", "2147483648"],
      'civis-api-emulator: invalid --latency: "2147483648" (0..2147483647 ms, the longest a timer waits)',
    ],
  ])(
    "refuses %j at start: a port fetch will not connect to, a latency beyond a timer",
    async (args, message) => {
      const ran = await runEmulatorCommand(args);
      expect(ran.code).toBe(2);
      expect(ran.stderr.split("\n")[0]).toBe(message);
      expect(ran.stderr).toContain("Usage: civis-api-emulator [options]");
      expect(ran.stdout).toBe("");
    },
  );
});

describe("the ports fetch refuses", () => {
  it("are each refused by this runtime's fetch, before any connection", async () => {
    expect(FETCH_BAD_PORTS.size).toBe(82);
    for (const port of FETCH_BAD_PORTS) {
      const error = await fetch(`http://127.0.0.1:${port}/`).then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      expect(error?.cause?.message, String(port)).toBe("bad port");
    }
    // A neighbour is tried, and refused by the (closed) port instead.
    const next = await fetch("http://127.0.0.1:6001/").then(
      () => null,
      (e: unknown) => e as Error & { cause?: Error },
    );
    expect(next?.cause?.message).not.toBe("bad port");
  });
});
