// A copy of the repository in a temporary folder, for tests that change it
// the way a maintainer would (edit the spec, run the scripts): the files git
// tracks or would track, as they are in the work tree, with node_modules
// shared through a link; and commands run in it.
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The repository's files, relative to its root: tracked, or new and not ignored. */
export async function repoFiles(): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repoRoot },
  );
  // A file deleted in the work tree but still in the index is not part of it.
  return stdout
    .split("\0")
    .filter((file) => file && existsSync(join(repoRoot, file)));
}

/** Copies the repository into a new temporary folder; `remove()` deletes it. */
export async function copyRepo(
  prefix: string,
): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const file of await repoFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a command did: its exit code and its output. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command (no shell); resolves, never rejects, with its exit code (1
 * when it could not start or was killed) and output.
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { ...options, encoding: "utf8" },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
