// `npm run build`: compiles src/ and generated/ to dist/ (JS + .d.ts, no source
// maps) and copies what tsc leaves behind: the hand-written generated types
// (tsc never copies .d.ts inputs) and the spec, which the emulator reads at
// start-up from `../../spec/openapi.yaml` relative to its module.
// `--out <dir>` builds elsewhere (a test runs the built bins from there).
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { out: { type: "string" } } });
const dist = resolve(values.out ?? join(root, "dist"));

rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(
  process.execPath,
  [tsc, "-p", join(root, "scripts", "tsconfig.build.json"), "--outDir", dist],
  { stdio: "inherit" },
);
if (run.status !== 0) {
  console.error("build: tsc failed");
  process.exit(run.status ?? 1);
}

for (const file of ["generated/schema.d.ts", "spec/openapi.yaml"]) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  copyFileSync(join(root, file), join(dist, file));
}

// The bins (package.json "bin", under dist/) must be directly executable
// once npm links them.
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  bin: Record<string, string>;
};
for (const file of Object.values(pkg.bin)) {
  const bin = join(dist, file.replace(/^dist\//, ""));
  if (!readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")) {
    console.error(`build: ${file} lost its #! line`);
    process.exit(1);
  }
  chmodSync(bin, 0o755);
}

console.log(`build: ${values.out ?? "dist/"} written`);
