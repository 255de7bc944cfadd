// The data file on disk (`--data`): read once at start, then replaced whole
// after every acknowledged write. A replace is atomic: the text goes to a
// temporary file beside the target, is fsynced, and is renamed over it; the
// directory is fsynced so that the rename itself survives a crash. A kill at
// any moment leaves either the previous complete file or the new one.
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The file's text, or undefined when it does not exist yet. */
export function readDataFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

// `<name>.<pid>.<hex>.tmp`: only this pattern is ever removed as a leftover.
const tempName = (target: string) =>
  `${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;

/**
 * Removes the temporary files a killed emulator left beside `target` (one
 * emulator per data file: another one's would go too).
 */
export function removeLeftovers(target: string): void {
  const dir = dirname(target);
  const prefix = `${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (
      name.startsWith(prefix) &&
      /^\d+\.[0-9a-f]{8}\.tmp$/.test(name.slice(prefix.length))
    )
      rmSync(join(dir, name), { force: true });
}

/** Writes `text` over `target` atomically and durably. */
async function replaceFile(target: string, text: string): Promise<void> {
  const temp = join(dirname(target), tempName(target));
  // 0600: the file holds API keys and credential passwords.
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

// Where a directory cannot be opened or fsynced (Windows), the rename is as
// durable as the platform makes it.
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Saves `snapshot()` to `target`, one replace at a time. A save asked for
 * while another is being written waits for the next replace, which takes its
 * snapshot when it starts, so it holds every change made before the call;
 * the saves asked for meanwhile share that one replace.
 */
export function createSaver(
  target: string,
  snapshot: () => string,
): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  let next: Promise<void> | undefined;
  return () => {
    if (next) return next;
    const run = last
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return replaceFile(target, snapshot());
      });
    next = run;
    last = run;
    return run;
  };
}
