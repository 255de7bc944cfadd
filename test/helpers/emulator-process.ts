// The civis-api-emulator command: the bin as a real child process (from
// source, via tsx), with its stdout and stderr kept, for tests of what only a
// process shows (exit codes, signals, state that survives a kill); or run in
// this process, for what it says and starts.
import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { main } from "../../src/emulator/main.js";
import type { RunningEmulator } from "../../src/emulator/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface EmulatorProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code, or the signal's name when killed. */
  exited: Promise<number | string | null>;
}

/** What `--json` prints. */
export interface JsonLine {
  url: string;
  users: Array<{ id: number; username: string; apiKey: string }>;
}

export function runEmulator(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): EmulatorProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/emulator/bin.ts", ...args],
    { cwd: root, env: { ...process.env, ...env }, stdio: "pipe" },
  );
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal)),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The `--json` line, once printed. */
export async function jsonLine(started: EmulatorProcess): Promise<JsonLine> {
  await expect
    .poll(
      () => started.stdout().includes("\n") || started.child.exitCode !== null,
      {
        timeout: 30_000,
        interval: 50,
      },
    )
    .toBe(true);
  const line = started.stdout().split("\n")[0] ?? "";
  if (!line) throw new Error(`the emulator did not start: ${started.stderr()}`);
  return JSON.parse(line) as JsonLine;
}

/** Stops a child that may still run; resolves when it is gone. */
export async function stop(started: EmulatorProcess): Promise<void> {
  if (started.child.exitCode === null && started.child.signalCode === null)
    started.child.kill("SIGKILL");
  await started.exited;
}

/** What the command did in this process. */
export interface EmulatorCommandRun {
  /** The exit code it ended with; undefined while it serves. */
  code: number | undefined;
  /** The emulator it started, to close; undefined when it ended. */
  emulator: RunningEmulator | undefined;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process, with `env` alone as its environment. */
export async function runEmulatorCommand(
  args: string[],
  env: Record<string, string> = {},
): Promise<EmulatorCommandRun> {
  let stdout = "";
  let stderr = "";
  const result = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return typeof result === "number"
    ? { code: result, emulator: undefined, stdout, stderr }
    : { code: undefined, emulator: result, stdout, stderr };
}
