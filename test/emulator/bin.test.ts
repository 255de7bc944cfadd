// The civis-api-emulator CLI as a real child process: the --json line, a
// request with a printed key, and a clean exit on SIGTERM/SIGINT.
import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout so far. */
  stdout: () => string;
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
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => resolve(code)),
  );
  return { child, stdout: () => out, exited };
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
});
