// `npm run check:package`: builds, packs once into a temp dir, checks what the
// tarball holds, then runs publint and attw on that very tarball (ESM-only
// package: attw's esm-only profile checks node16-ESM and bundler resolution).
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const problems: string[] = [];

function run(cmd: string, args: string[], capture = false): string {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error(`check:package: ${cmd} ${args.join(" ")} failed`);
    process.exit(r.status ?? 1);
  }
  return r.stdout ?? "";
}

// The CLIs' own entry files: not every package exports its package.json.
const bin = (pkg: string, file: string) =>
  join(root, "node_modules", pkg, file);

run(npm, ["run", "build", "--silent"]);

const out = mkdtempSync(join(tmpdir(), "civis-api-pack-"));
try {
  const packed = JSON.parse(
    run(
      npm,
      ["pack", "--json", "--ignore-scripts", "--pack-destination", out],
      true,
    ),
  ) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string; size: number }[];
  }[];
  const info = packed[0]!;
  const tarball = join(out, info.filename);

  // Only the build and the package's own metadata; no tests, scripts, spec
  // tooling, TypeScript sources or source maps.
  const allowed =
    /^(package\.json|README\.md|LICENSE(\.\w+)?|dist\/(src|generated)\/.+\.(js|d\.ts)|dist\/spec\/openapi\.yaml)$/;
  for (const f of info.files)
    if (!allowed.test(f.path))
      problems.push(`unexpected file in tarball: ${f.path}`);
  for (const need of [
    "dist/src/index.js",
    "dist/src/index.d.ts",
    "dist/src/emulator/index.js",
    "dist/src/emulator/index.d.ts",
    "dist/src/emulator/bin.js",
    "dist/src/cli/bin.js",
    "dist/generated/schema.d.ts",
    "dist/spec/openapi.yaml",
  ])
    if (!info.files.some((f) => f.path === need))
      problems.push(`missing from tarball: ${need}`);

  // Nothing built may point back into this machine (or at a map).
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  for (const file of walk(join(root, "dist"))) {
    const text = readFileSync(file, "utf8");
    if (text.includes(root))
      problems.push(`${relative(root, file)} holds an absolute path`);
    if (text.includes("sourceMappingURL"))
      problems.push(`${relative(root, file)} points to a source map`);
  }

  console.log(
    `\n${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );

  console.log("\n$ publint");
  run(process.execPath, [bin("publint", "src/cli.js"), "run", tarball]);
  console.log("\n$ attw --profile esm-only");
  run(process.execPath, [
    bin("@arethetypeswrong/cli", "dist/index.js"),
    tarball,
    "--profile",
    "esm-only",
    "--format",
    "table",
    "--no-color",
  ]);
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  for (const p of problems) console.error(`check:package: ${p}`);
  process.exit(1);
}
console.log("\ncheck:package: ok");
