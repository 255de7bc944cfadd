// `npm run build`: compiles src/ and generated/ to dist/ (JS + .d.ts, no source
// maps) and copies what tsc leaves behind: the hand-written generated types
// (tsc never copies .d.ts inputs) and the spec, which the emulator reads at
// start-up from `../../spec/openapi.yaml` relative to its module.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(
  process.execPath,
  [tsc, "-p", join(root, "scripts", "tsconfig.build.json")],
  { stdio: "inherit" },
);
if (run.status !== 0) {
  console.error("build: tsc failed");
  process.exit(run.status ?? 1);
}

const copies: [from: string, to: string][] = [
  ["generated/schema.d.ts", "dist/generated/schema.d.ts"],
  ["spec/openapi.yaml", "dist/spec/openapi.yaml"],
];
for (const [from, to] of copies) {
  mkdirSync(dirname(join(root, to)), { recursive: true });
  copyFileSync(join(root, from), join(root, to));
}

// The bin must be directly executable once npm links it.
const bin = join(dist, "src/emulator/bin.js");
if (!readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")) {
  console.error("build: dist/src/emulator/bin.js lost its #! line");
  process.exit(1);
}
chmodSync(bin, 0o755);

console.log("build: dist/ written");
