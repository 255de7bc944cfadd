// The civis-api-emulator CLI as a real child process: the --json line, a
// request with a printed key, and a clean exit on SIGTERM/SIGINT.
import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FETCH_BAD_PORTS } from "../../src/emulator/engine/bad-ports.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout so far. */
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(args: string[]): Started {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/emulator/bin.ts", ...args],
    {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout
    .setEncoding("utf8")
    .on("data", (chunk: string) => (out += chunk));
  let err = "";
  child.stderr
    .setEncoding("utf8")
    .on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => resolve(code)),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(
  started: Started,
  done: (out: string) => boolean,
): Promise<string> {
  await expect
    .poll(() => done(started.stdout()), { timeout: 20_000, interval: 50 })
    .toBe(true);
  return started.stdout();
}

const basic = (key: string) =>
  `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

describe("civis-api-emulator", () => {
  it("prints one JSON line, serves the seeded users, and exits 0 on SIGTERM", async () => {
    // --validate: the answers below are checked against the spec too.
    const started = run(["--json", "--port", "0", "--validate"]);
    try {
      const out = await waitFor(started, (s) => s.includes("\n"));
      const line = out.split("\n")[0] ?? "";
      const info = JSON.parse(line) as {
        url: string;
        users: Array<{ id: number; username: string; apiKey: string }>;
      };
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
    const started = run([
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
      const out = await waitFor(started, (s) => s.includes("Ctrl+C"));
      expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toMatch(/1 +ada +admin +[0-9a-f]{64}/);
    } finally {
      started.child.kill("SIGINT");
    }
    expect(await started.exited).toBe(0);
  }, 30_000);

  it("exits 2 on a bad option and 0 on --help", async () => {
    const bad = run(["--port", "http"]);
    expect(await bad.exited).toBe(2);
    const help = run(["--help"]);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain("--fault-rate");
    expect(help.stdout()).toContain("--validate");
  }, 30_000);

  it("refuses at start a port fetch will not connect to and a latency beyond a timer, exit 2", async () => {
    const cases: Array<[string[], string]> = [
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
    ];
    for (const [args, message] of cases) {
      const started = run(args);
      expect(await started.exited, args.join(" ")).toBe(2);
      expect(started.stderr().split("\n")[0]).toBe(message);
      expect(started.stdout()).toBe("");
    }
  }, 30_000);
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
