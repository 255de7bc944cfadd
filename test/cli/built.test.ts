// The bin as `npm run build` makes it (built here into a temporary directory,
// not over dist/): executable through its #! line, help without a key, and a
// call against the emulator.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  root,
  spawnCollect,
  startCliEmulator,
  type CliEmulator,
} from "./run-cli.js";

let dir = "";
let bin = "";
let cli: CliEmulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civis-api-built-"));
  // The built files find their dependencies as an installed package would.
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const build = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--out", join(dir, "dist")],
    { cwd: root, encoding: "utf8" },
  );
  expect(build.status, build.stderr).toBe(0);
  bin = join(dir, "dist/src/cli/bin.js");
  cli = await startCliEmulator();
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await cli?.close();
});

/** Runs the built file itself, as npm's link to it does. */
const runBuilt = (args: string[], env: Record<string, string> = {}) =>
  spawnCollect(bin, args, env);

it("runs from its #! line: --help without a key", async () => {
  const ran = await runBuilt(["--help"]);
  expect(ran.code).toBe(0);
  expect(ran.stdout).toMatch(
    /^Usage: civis-api <resource> <method> \[arguments\.\.\.\] \[options\]\n/,
  );
});

it("calls the API: groups get 1", async () => {
  const ran = await runBuilt(["groups", "get", "1"], cli.env);
  expect(ran.stderr).toBe("");
  expect(ran.code).toBe(0);
  expect(JSON.parse(ran.stdout)).toMatchObject({ id: 1, name: "Admins" });
});

it("exits 3 on a 404", async () => {
  const ran = await runBuilt(["groups", "get", "999"], cli.env);
  expect(ran.code).toBe(3);
});
