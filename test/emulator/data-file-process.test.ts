// `civis-api-emulator --data` as a real process: SIGKILL in the middle of a
// burst of writes loses no write that was answered 2xx, and leaves a file the
// next start loads (keys included). The command in this process: files it
// cannot read are refused with exit code 2 and left untouched; --keys and
// CIVIS_EMULATOR_KEY_<id> fix keys.
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  jsonLine,
  runEmulator,
  runEmulatorCommand,
  stop,
  type EmulatorProcess,
  type JsonLine,
} from "../helpers/emulator-process.js";

let dir = "";
const started: EmulatorProcess[] = [];
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const p = runEmulator(args, env);
  started.push(p);
  return p;
};

afterEach(async () => {
  await Promise.all(started.splice(0).map(stop));
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

const tempDir = () => (dir = mkdtempSync(join(tmpdir(), "civis-emulator-")));
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("civis-api-emulator --data", () => {
  it("keeps every write answered 2xx through a SIGKILL mid-burst", async () => {
    const file = join(tempDir(), "state.json");
    const args = ["--json", "--port", "0", "--data", file];
    const first = run(args);
    const info = await jsonLine(first);
    const headers = {
      ...bearer(info.users[1]!.apiKey),
      "Content-Type": "application/json",
    };

    // Writers that each post one value after another until a post gets no
    // answer; the emulator is killed when the 100th 2xx arrives, so every
    // writer ends on a request the kill cut off.
    const writers = 20;
    const acked: Array<{ id: number; i: number }> = [];
    const others: number[] = [];
    let cutOff = 0;
    let sent = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (;;) {
          const i = sent++;
          let res: Response;
          try {
            res = await fetch(`${info.url}/json_values`, {
              method: "POST",
              headers,
              body: JSON.stringify({ name: `w${i}`, value_str: `{"i": ${i}}` }),
            });
          } catch {
            cutOff += 1;
            return;
          }
          const body = (await res.json()) as { id: number };
          if (res.status !== 201) others.push(res.status);
          else acked.push({ id: body.id, i });
          if (acked.length === 100) first.child.kill("SIGKILL");
        }
      }),
    );
    expect(await first.exited).toBe("SIGKILL");
    expect(others).toEqual([]);
    expect(cutOff).toBe(writers);
    expect(acked.length).toBeGreaterThanOrEqual(100);

    const stored = JSON.parse(readFileSync(file, "utf8")) as {
      format: string;
      version: number;
    };
    expect([stored.format, stored.version]).toEqual([
      "civis-api-emulator-state",
      1,
    ]);

    const second = run(args);
    const again = await jsonLine(second);
    // The same keys: an app's .env keeps working.
    expect(again.users).toEqual(info.users);
    // A killed write may leave a temporary file; the start removes it.
    expect(readdirSync(dir)).toEqual(["state.json"]);
    for (const { id, i } of acked) {
      const res = await fetch(`${again.url}/json_values/${id}`, {
        headers: bearer(info.users[1]!.apiKey),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id, name: `w${i}`, value: { i } });
    }
    // Ids go on after the last one handed out, never reusing one.
    const next = await fetch(`${again.url}/json_values`, {
      method: "POST",
      headers,
      body: JSON.stringify({ value_str: "1" }),
    });
    expect(next.status).toBe(201);
    const { id } = (await next.json()) as { id: number };
    expect(id).toBeGreaterThan(Math.max(...acked.map((a) => a.id)));
  }, 90_000);

  it("refuses a corrupt file or one of another version with exit 2, leaving it as it was", async () => {
    const corrupt = join(tempDir(), "corrupt.json");
    const cut =
      '{"format":"civis-api-emulator-state","version":1,"keys":{"1":"';
    writeFileSync(corrupt, cut);
    const a = await runEmulatorCommand(["--port", "0", "--data", corrupt]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(
      `data file ${corrupt}: refused, it is not valid JSON`,
    );
    expect(readFileSync(corrupt, "utf8")).toBe(cut);

    const newer = join(dir, "newer.json");
    const v2 = '{"format":"civis-api-emulator-state","version":2}\n';
    writeFileSync(newer, v2);
    const b = await runEmulatorCommand(["--port", "0", "--data", newer]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(
      "it is in format version 2; this emulator reads version 1",
    );
    expect(readFileSync(newer, "utf8")).toBe(v2);
    expect(a.stdout + b.stdout).toBe("");
  });

  it("takes keys from --keys and CIVIS_EMULATOR_KEY_<id>, and refuses a bad one without printing it", async () => {
    const keys = join(tempDir(), "keys.json");
    writeFileSync(keys, JSON.stringify({ 1: "key-of-ada-0001" }));
    const ok = await runEmulatorCommand(
      ["--json", "--port", "0", "--keys", keys],
      { CIVIS_EMULATOR_KEY_3: "key-of-cy-0003" },
    );
    try {
      const info = JSON.parse(ok.stdout) as JsonLine;
      expect(info.users.map((u) => u.apiKey)).toEqual([
        "key-of-ada-0001",
        expect.stringMatching(/^[0-9a-f]{64}$/),
        "key-of-cy-0003",
      ]);
      const res = await fetch(`${info.url}/groups/1`, {
        headers: bearer("key-of-ada-0001"),
      });
      expect(res.status).toBe(200);
    } finally {
      await ok.emulator?.close();
    }

    const bad = await runEmulatorCommand(
      ["--json", "--port", "0", "--keys", keys],
      { CIVIS_EMULATOR_KEY_2: "has:colon-secret" },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "CIVIS_EMULATOR_KEY_2: an API key must be a string of 8 to 256 visible ASCII characters without ':'",
    );
    expect(bad.stderr + bad.stdout).not.toContain("colon-secret");
  });

  it("documents --data, --keys, --fixtures and CIVIS_EMULATOR_KEY_<id> in --help", async () => {
    const help = await runEmulatorCommand(["--help"]);
    expect(help.code).toBe(0);
    for (const word of [
      "--data <file>",
      "--keys <file>",
      "--fixtures <file>",
      "CIVIS_EMULATOR_KEY_<id>",
      "POST /__emulator/reset",
    ])
      expect(help.stdout).toContain(word);
  });

  it("refuses a broken fixture file with exit 2, naming the entry", async () => {
    const fixtures = join(tempDir(), "fixtures.yaml");
    writeFileSync(
      fixtures,
      "groups:\n  - name: Fine\n  - name: Broken\n    slug: [not, a, string]\n",
    );
    const p = await runEmulatorCommand(["--port", "0", "--fixtures", fixtures]);
    expect(p.code).toBe(2);
    expect(p.stderr).toBe(
      "civis-api-emulator: fixtures: groups[1].slug: POST /groups answered 400: Invalid parameter: slug must be string\n",
    );
  });
});
