// README.md cannot rot: its method table is regenerated and compared, every
// seed method is in it, every ```ts block type-checks against the package
// source with the repo's compiler options, and the self-contained blocks
// (those that start their own emulator) also run.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readmePath, withTable } from "../scripts/generate/readme-table.js";
import { NODE_PINS } from "./runtimes/node-binaries.js";
import inventory from "./seed-inventory.json" with { type: "json" };

const root = fileURLToPath(new URL("../", import.meta.url)).replace(/\\/g, "/");
const readme = readFileSync(readmePath, "utf8");

interface Block {
  index: number;
  /** 1-based line of the block's first code line in README.md. */
  line: number;
  code: string;
}

const blocks: Block[] = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(
  (m, i) => ({
    index: i + 1,
    line: readme.slice(0, m.index).split("\n").length + 1,
    code: m[1]!,
  }),
);

describe("README.md", () => {
  it("gives the two commands", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toMatch(/^npm test\b/m);
  });

  it("has the method table as npm run readme:table writes it", async () => {
    expect(await withTable(readme, readmePath)).toBe(readme);
  });

  it("maps every seed method to a call", () => {
    const missing = inventory.methods
      .map((m) => `${m.resource}.${m.method}`)
      .filter(
        (name) =>
          !readme.includes(`| \`${name}\``) ||
          !readme.includes(`\`client.${name}(`),
      );
    expect(missing).toEqual([]);
  });

  it("names only scripts and bins the package has in its sh blocks", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { scripts: Record<string, string>; bin: Record<string, string> };
    const sh = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
      .map((m) => m[1]!)
      .join("\n");
    const scripts = [...sh.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    const bins = [...sh.matchAll(/npx ([\w-]+)/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(5);
    expect(scripts.filter((s) => !(s in pkg.scripts))).toEqual([]);
    expect(bins.filter((b) => !(b in pkg.bin))).toEqual([]);
  });

  it("names in its runtimes table the versions test:runtimes runs", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { devDependencies: Record<string, string> };
    const table = readme.slice(
      readme.indexOf("## Supported runtimes"),
      readme.indexOf("## Quick start"),
    );
    const versions = [
      ...NODE_PINS.map((pin) => pin.version),
      pkg.devDependencies.deno,
      pkg.devDependencies.bun,
    ];
    expect(versions.filter((v) => !table.includes(`| ${v} `))).toEqual([]);
    expect(table).toContain("past its end of life (April 2026)");
  });

  it("has ts code blocks", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it("every ts code block type-checks against the package source", () => {
    // Virtual files beside the tests: nothing is written to disk.
    const dir = `${root}test/.readme-blocks`;
    const files = new Map<string, Block>(
      blocks.map((b) => [`${dir}/block-${b.index}.ts`, b] as const),
    );
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    if (!config) throw new Error("tsconfig.json could not be read");
    const options: ts.CompilerOptions = {
      ...config.options,
      noEmit: true,
      // Imports of the package name resolve to its source, as a consumer's
      // would to its build.
      paths: {
        "civis-api": [`${root}src/index.ts`],
        "civis-api/emulator": [`${root}src/emulator/index.ts`],
      },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
    host.readFile = (f) => files.get(f)?.code ?? readFile(f);
    host.getSourceFile = (f, lang, ...rest) => {
      const block = files.get(f);
      return block
        ? ts.createSourceFile(f, block.code, lang)
        : getSourceFile(f, lang, ...rest);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.has(d.file.fileName))
      .map((d) => {
        const block = files.get(d.file!.fileName)!;
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `README.md:${block.line + line} (block ${block.index}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);

  describe("blocks that start their own emulator run", () => {
    // Real modules (vitest must load them), so a git-ignored folder.
    const dir = join(root, "test/.readme-tmp");
    afterAll(() => rm(dir, { recursive: true, force: true }));
    const runnable = blocks.filter((b) =>
      b.code.includes("civis-api/emulator"),
    );

    it("there is one", () => expect(runnable.length).toBeGreaterThan(0));

    for (const block of runnable)
      it(`block ${block.index} (README.md:${block.line})`, async () => {
        const file = join(dir, `block-${block.index}.ts`);
        const code = block.code
          .replaceAll('"civis-api/emulator"', '"../../src/emulator/index.js"')
          .replaceAll('"civis-api"', '"../../src/index.js"');
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, code);
        const log = vi.spyOn(console, "log").mockImplementation(() => {});
        try {
          await import(pathToFileURL(file).href);
        } finally {
          log.mockRestore();
        }
      }, 30_000);
  });
});
