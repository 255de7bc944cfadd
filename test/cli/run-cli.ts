// Runs `civis-api` as a child process (the source through tsx, or any
// command) or in-process through main(), against an emulator on 127.0.0.1. The
// child's environment is built here: CIVIS_* never comes from the test run,
// so no call can reach a real API.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { main } from "../../src/cli/main.js";
import { APIClient } from "../../src/index.js";
import type { Out } from "../../src/cli/output.js";
import {
  keyOf,
  startTestEmulator,
  type TestEmulator,
} from "../helpers/emulator.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** PATH and HOME only, plus what a test gives. */
export const baseEnv = (env: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  ...env,
});

/** A child with its output piped; a standard input only when given one. */
type Child = ChildProcessByStdio<Writable | null, Readable, Readable>;

/**
 * Spawns a command in the repository with only `env` (and PATH, HOME).
 * `input`, when given, is its standard input; else it has none.
 */
function spawnIn(
  command: string,
  args: string[],
  env: Record<string, string>,
  input: string | undefined,
): Child {
  // Node's overloads type the streams per literal stdio, not for a union.
  const child = spawn(command, args, {
    cwd: root,
    env: baseEnv(env),
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  }) as Child;
  // A child may exit without reading all of it.
  child.stdin?.on("error", () => {}).end(input);
  return child;
}

/** Spawns the bin from source, through tsx (standard input as spawnIn's). */
export const spawnCli = (
  args: string[],
  env: Record<string, string> = {},
  input?: string,
) =>
  spawnIn(
    process.execPath,
    ["--import", "tsx", "src/cli/bin.ts", ...args],
    env,
    input,
  );

/** Resolves when the child ends, with what it wrote. */
function collect(child: Child): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Spawns a command as spawnIn does; resolves when it ends. */
export const spawnCollect = (
  command: string,
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<Ran> => collect(spawnIn(command, args, env, input));

/** The bin as spawnCli spawns it; resolves when it ends. */
export const runCli = (
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<Ran> => collect(spawnCli(args, env, input));

/** A writable that keeps what it gets, for main() in-process. */
function buffer(): Out & { text: string } {
  return {
    text: "",
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/** main() in this process, with its own buffers, environment and stdin. */
export async function runInProcess(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<Ran> {
  const stdout = buffer();
  const stderr = buffer();
  const stdin =
    input === undefined
      ? undefined
      : async function* () {
          yield Buffer.from(input);
        };
  const code = await main(args, { stdout, stderr, env, stdin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface CliEmulator {
  emulator: TestEmulator;
  /** CIVIS_API_ENDPOINT and CIVIS_API_KEY of user 1 (an admin). */
  env: Record<string, string>;
  /** A client of user 1, to set up what a test needs. */
  admin: APIClient;
  close(): Promise<void>;
}

/**
 * The file's emulator for the command line: started before its tests (the
 * object returned is filled in then), closed after them.
 */
export function useCliEmulator(): CliEmulator {
  const cli = {} as CliEmulator;
  beforeAll(async () => {
    const emulator = await startTestEmulator();
    const env = {
      CIVIS_API_ENDPOINT: emulator.url,
      CIVIS_API_KEY: keyOf(emulator, 1),
    };
    Object.assign(cli, {
      emulator,
      env,
      admin: new APIClient({
        apiKey: env.CIVIS_API_KEY,
        baseUrl: env.CIVIS_API_ENDPOINT,
      }),
      close: () => emulator.close(),
    });
  });
  // Nothing to close when the start failed; its own error is the one to see.
  afterAll(() => cli.close?.());
  return cli;
}
