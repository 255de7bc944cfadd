// `npm run generate`: spec/openapi.yaml -> generated/schema.d.ts (types, by
// openapi-typescript) and generated/spec-data.ts (compact run-time data).
// `npm run generate -- --check` (or `generate:check`) only compares, and fails
// naming each stale file.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import type { ArgShape } from "../src/spec-data-expand.js";
import { buildSpecData, loadSpec, type CompactSpecData } from "./spec-data.js";

const root = new URL("../", import.meta.url);
const defaultSpec = new URL("spec/openapi.yaml", root);

/** The generated files' contents, by path from the repository root. */
export async function render(
  specUrl: URL = defaultSpec,
): Promise<Record<string, string>> {
  // The spec's hash in each header: any change to the spec, even one that
  // changes no type, makes the committed files stale.
  const specHash = createHash("sha256")
    .update(readFileSync(specUrl))
    .digest("hex")
    .slice(0, 16);
  const HEADER =
    "// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.\n" +
    `// spec sha256: ${specHash}\n`;
  const ast = await openapiTS(specUrl, { alphabetize: false });
  const data = buildSpecData(loadSpec(specUrl));
  return {
    "generated/schema.d.ts": HEADER + "\n" + astToString(ast),
    "generated/spec-data.ts": HEADER + renderSpecData(data),
  };
}

/**
 * Writes the data as TypeScript with each distinct argument shape and
 * operation declared once (the share, transfer and archive families repeat
 * across resources), which keeps the client bundle small.
 */
function renderSpecData(data: CompactSpecData): string {
  const decls: string[] = [];
  const names = new Map<string, string>();
  const intern = (prefix: string, type: string, value: string) => {
    let name = names.get(value);
    if (!name) {
      name = `${prefix}${names.size}`;
      names.set(value, name);
      decls.push(`const ${name}: ${type} = ${value};`);
    }
    return name;
  };
  const group = (args: Record<string, ArgShape>) =>
    `{ ${Object.entries(args)
      .map(([k, a]) => `${k}: ${intern("a", "ArgShape", JSON.stringify(a))}`)
      .join(", ")} }`;
  const ops = Object.entries(data.operations).map(([id, op]) => {
    const parts = (["path", "query", "body"] as const)
      .filter((where) => op[where])
      .map((where) => `${where}: ${group(op[where]!)}`);
    if (op.opaque) parts.push(`opaque: ${JSON.stringify(op.opaque)}`);
    if (op.normalize) parts.push(`normalize: ${JSON.stringify(op.normalize)}`);
    if (op.returns) parts.push(`returns: ${JSON.stringify(op.returns)}`);
    return `  ${id}: ${intern("o", "CompactOperation", `{ ${parts.join(", ")} }`)},`;
  });
  return [
    'import type { ArgShape, CompactOperation } from "../src/spec-data-expand.js";',
    'import { expandSpecData } from "../src/spec-data-expand.js";',
    "",
    ...decls,
    "",
    "export const specData = expandSpecData({",
    ...ops,
    "});",
    "",
  ].join("\n");
}

/** The committed files that differ from what the spec generates. */
export async function staleFiles(
  specUrl: URL = defaultSpec,
): Promise<string[]> {
  const files = await render(specUrl);
  return Object.keys(files).filter((f) => read(f) !== files[f]);
}

function read(file: string): string | null {
  try {
    return readFileSync(new URL(file, root), "utf8");
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: "boolean" } } });
  if (values.check) {
    const stale = await staleFiles();
    if (stale.length) {
      for (const f of stale)
        console.error(`${f} is stale: run \`npm run generate\` and commit it.`);
      process.exit(1);
    }
    console.log("generated files are up to date");
    return;
  }
  const files = await render();
  mkdirSync(fileURLToPath(new URL("generated/", root)), { recursive: true });
  for (const [f, text] of Object.entries(files))
    writeFileSync(new URL(f, root), text);
  console.log(`wrote ${Object.keys(files).join(", ")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await main();
