// Imports flow one way (the README's "Layout"): a module imports only from
// its own layer or the layers below it, and no chain of imports comes back
// to where it started. Type-only and dynamic imports count too.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

// Low to high. `generated/` is the spec's output: data and types.
const LAYERS = [
  ["src/spec/", "src/text/", "src/version.ts"],
  ["src/errors.ts"],
  ["src/http/"],
  ["generated/", "src/methods/"],
  ["src/client.ts"],
  ["src/index.ts"],
  ["src/cli/"],
];
// The emulator stands beside the client: it shares the spec's loader and
// names, and nothing else of it.
const EMULATOR = "src/emulator/";
const EMULATOR_MAY_IMPORT = ["src/spec/", "generated/", EMULATOR];

const layerOf = (file: string): number =>
  LAYERS.findIndex((layer) => layer.some((p) => file.startsWith(p)));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(`${dir}/${e.name}`)
      : /\.ts$/.test(e.name)
        ? [`${dir}/${e.name}`]
        : [],
  );
}

/** Each module under src/ -> the modules of the repository it imports. */
const graph = new Map(
  sources("src").map((file) => {
    const { importedFiles } = ts.preProcessFile(
      readFileSync(join(root, file), "utf8"),
      true,
      true,
    );
    const local = importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) =>
        relative(root, join(root, dirname(file), name))
          .replace(/\.js$/, ".ts")
          .replace(/schema\.ts$/, "schema.d.ts"),
      );
    return [file, local] as const;
  }),
);

describe("imports flow one way", () => {
  it("every module of src/ has a layer", () => {
    const unplaced = [...graph.keys()].filter(
      (f) => !f.startsWith(EMULATOR) && layerOf(f) < 0,
    );
    expect(unplaced).toEqual([]);
  });

  it("nothing imports from a layer above its own", () => {
    const upward: string[] = [];
    for (const [file, imports] of graph)
      for (const target of imports) {
        const ok = file.startsWith(EMULATOR)
          ? EMULATOR_MAY_IMPORT.some((p) => target.startsWith(p))
          : layerOf(target) >= 0 && layerOf(target) <= layerOf(file);
        if (!ok) upward.push(`${file} -> ${target}`);
      }
    expect(upward).toEqual([]);
  });

  it("no module reaches itself through its imports", () => {
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, chain: string[]): void => {
      if (chain.includes(file)) {
        cycles.push([...chain.slice(chain.indexOf(file)), file].join(" -> "));
        return;
      }
      if (done.has(file)) return;
      for (const target of graph.get(file) ?? [])
        visit(target, [...chain, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
