// `npm run test:runtimes`: scenario.ts, bundled with the client into one ESM
// file, on Deno and Bun (the pinned npm packages' binaries), in headless
// Chromium and on each Node line (this one and the pinned binaries of
// node-binaries.ts), each against its own emulator started here by Node; on
// each Node line the built `civis-api` and `civis-api-emulator` bins too. One
// line per runtime and its version; exits non-zero if any fails. A runtime
// that cannot start fails: it is never skipped. Only off linux x64, where no
// Node binary is pinned, are those lines "not run", and say so.
import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, symlink } from "node:fs/promises";
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
import { NODE_PINS, NotOnThisPlatform, nodeBinary } from "./node-binaries.js";
import { runOnNode, type NodeFiles } from "./node.js";
import type { ScenarioTarget } from "./scenario.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
// Its real path: Node 20 knows the bundle is its main module by comparing it.
const work = await realpath(
  await mkdtemp(join(tmpdir(), "civis-api-runtimes-")),
);
const bundle = join(work, "scenario.js");
// The package as `npm run build` writes it, finding its dependencies as an
// installed package would.
const files: NodeFiles = { bundle, built: join(work, "package"), cwd: work };
const nodeCache = join(root, "node_modules/.cache/civis-api-runtimes");

interface Runtime {
  name: string;
  /** Known before it runs, for a line that says it failed. */
  version?: string;
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
    version,
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
  {
    name: "node",
    version: process.versions.node,
    run: (target) => runOnNode(process.execPath, files, target),
  },
  ...NODE_PINS.map((pin): Runtime => ({
    name: "node",
    version: pin.version,
    async run(target) {
      const ran = await runOnNode(
        await nodeBinary(pin, nodeCache),
        files,
        target,
      );
      if (ran.version !== pin.version)
        throw new Error(`the binary says ${ran.version}, not ${pin.version}`);
      return ran;
    },
  })),
];

const seconds = (since: number) =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
let failed = 0;
let notRun = 0;
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
  await mkdir(files.built);
  await symlink(join(root, "node_modules"), join(files.built, "node_modules"));
  const built = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--out", join(files.built, "dist")],
    { cwd: root, encoding: "utf8" },
  );
  if (built.status !== 0)
    throw new Error(`npm run build failed: ${built.stderr.trim()}`);
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
      const text = error instanceof Error ? error.message : String(error);
      const name = [runtime.name, runtime.version].filter(Boolean).join(" ");
      const verdict = error instanceof NotOnThisPlatform ? "n/a " : "FAIL";
      if (error instanceof NotOnThisPlatform) notRun++;
      else failed++;
      line = `${name.padEnd(26)}${verdict}  ${seconds(since).padStart(6)}  ${text}`;
    } finally {
      await emulator.close();
    }
    console.log(line.replaceAll(apiKey, "[key]"));
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`total ${seconds(started)}`);
console.log(
  `runtimes: ${runtimes.length - failed - notRun} passed, ${failed} failed` +
    (notRun
      ? `, ${notRun} not run on ${process.platform} ${process.arch}`
      : ""),
);
process.exitCode = failed ? 1 : 0;
