// `npm run test:runtimes`: scenario.ts, bundled with the client into one ESM
// file, on Deno and Bun (the pinned npm packages' binaries) and in headless
// Chromium, each against its own emulator started here by Node. One line per
// runtime; exits non-zero if any fails. A runtime that cannot start fails: it
// is never skipped.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import {
  startEmulator,
  type RunningEmulator,
} from "../../src/emulator/index.js";
import { runInChromium } from "./chromium.js";
import type { ScenarioTarget } from "./scenario.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
const work = await mkdtemp(join(tmpdir(), "civis-api-runtimes-"));
const bundle = join(work, "scenario.js");

interface Runtime {
  name: string;
  run(
    target: ScenarioTarget,
    emulator: RunningEmulator,
  ): Promise<{ version: string; summary: string }>;
}

/** Runs a pinned npm package's binary on the bundle, key and URL as arguments. */
function binary(
  name: "deno" | "bun",
  flags: (emulator: URL) => string[],
): Runtime {
  const version = (require(`${name}/package.json`) as { version: string })
    .version;
  return {
    name,
    async run({ baseUrl, apiKey }) {
      const { stdout } = await promisify(execFile)(
        join(root, "node_modules/.bin", name),
        [...flags(new URL(baseUrl)), bundle, baseUrl, apiKey],
        {
          // Out of the repository, so neither reads its config or .env files.
          cwd: work,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            DENO_DIR: join(work, "deno-cache"),
            DENO_NO_UPDATE_CHECK: "1",
            DO_NOT_TRACK: "1",
            NO_COLOR: "1",
          },
          encoding: "utf8",
          timeout: 60_000,
        },
      ).catch(
        (error: { stderr?: string; code?: unknown; signal?: unknown }) => {
          // Not error.message: it repeats the command line, key included.
          const text = error.stderr?.trim().split("\n").slice(-3).join(" | ");
          throw new Error(
            text || `exited with ${String(error.code ?? error.signal)}`,
          );
        },
      );
      return { version, summary: stdout.trim() };
    },
  };
}

const runtimes: Runtime[] = [
  // Network to the emulator's host:port and nothing else: no env, no files.
  binary("deno", (emulator) => [
    "run",
    `--allow-net=${emulator.host}`,
    "--no-prompt",
    "--no-config",
    "--no-remote",
    "--no-npm",
  ]),
  binary("bun", () => ["run", "--no-install"]),
  {
    name: "chromium",
    async run(target, emulator) {
      const profile = join(work, "chromium-profile");
      await mkdir(profile);
      return runInChromium(bundle, target, emulator, profile);
    },
  },
];

const seconds = (since: number) =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
let failed = 0;
try {
  await build({
    entryPoints: [join(root, "test/runtimes/scenario.ts")],
    outfile: bundle,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    minify: true,
    logLevel: "error",
  });
  for (const runtime of runtimes) {
    // Every answer checked against the spec, as in the test suite.
    const emulator = await startEmulator({ validateResponses: true });
    const apiKey = emulator.users[0]!.apiKey;
    const since = performance.now();
    let line: string;
    try {
      const { version, summary } = await Promise.race([
        runtime.run({ baseUrl: emulator.url, apiKey }, emulator),
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error("no result in 90 s")),
            90_000,
          ).unref(),
        ),
      ]);
      line = `ok    ${seconds(since).padStart(6)}  ${summary}`;
      line = `${`${runtime.name} ${version}`.padEnd(26)}${line}`;
    } catch (error) {
      failed++;
      const text = error instanceof Error ? error.message : String(error);
      line = `${runtime.name.padEnd(26)}FAIL  ${seconds(since).padStart(6)}  ${text}`;
    } finally {
      await emulator.close();
    }
    console.log(line.replaceAll(apiKey, "[key]"));
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`total ${seconds(started)}`);
console.log(`runtimes: ${runtimes.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
