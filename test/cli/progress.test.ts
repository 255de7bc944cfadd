// Progress of long paging: on stderr when stderr is a terminal (a
// pseudo-terminal from util-linux `script`, stdout sent to a file), never on
// stdout, and not at all when stderr is a pipe.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnCollect, useCliEmulator } from "./run-cli.js";

const hasScript =
  spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

const cli = useCliEmulator();
let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civis-api-progress-"));
  for (let i = 1; i <= 7; i++) await cli.admin.groups.post(`Pager ${i}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = [
  "groups",
  "list",
  "--query",
  "pager",
  "--limit",
  "2",
  "--iterator",
];
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Runs a command under a pseudo-terminal; its stdout is what the terminal showed. */
const underTerminal = (command: string) =>
  spawnCollect("script", ["-qfec", command, "/dev/null"], cli.env);

describe("progress", () => {
  it.skipIf(!hasScript)(
    "on a terminal: items of the total, pages, rate on stderr; stdout untouched",
    async () => {
      const out = join(dir, "items.jsonl");
      const command = [
        process.execPath,
        "--import",
        "tsx",
        "src/cli/bin.ts",
        ...ARGS,
      ]
        .map(quote)
        .join(" ");
      const { code, stdout: screen } = await underTerminal(
        `${command} > ${quote(out)}`,
      );
      expect(code).toBe(0);
      expect(screen).toMatch(/\d+ of 7 items, page 1 of 4, [\d,]+ items\/s/);
      expect(screen).toMatch(/\d+ of 7 items, page 4 of 4/);
      // Erased at the end: the terminal is left clean.
      expect(screen.endsWith("\r\x1b[K")).toBe(true);
      const stdout = readFileSync(out, "utf8");
      expect(stdout.trimEnd().split("\n")).toHaveLength(7);
      expect(stdout).not.toContain("items");
      expect(stdout).not.toContain("\r");
    },
    30_000,
  );

  it("in a pipe: none", async () => {
    const ran = await runCli(ARGS, cli.env);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trimEnd().split("\n")).toHaveLength(7);
  });
});
