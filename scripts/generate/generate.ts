// `npm run generate`: spec/openapi.yaml -> generated/schema.d.ts (wire types,
// by openapi-typescript), generated/methods.ts (the method table the client
// runs on), generated/client-types.ts (the signatures editors show) and
// generated/cli-help.ts (the descriptions `civis-api --help` shows), then the
// method table in README.md.
// `npm run generate -- --check` (or `generate:check`) only compares, and fails
// naming each stale file.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { readSpecDocument } from "../../src/spec/document.js";
import { buildMethodTable } from "./method-table.js";
import { renderCliHelp } from "./render-cli-help.js";
import { renderMethods } from "./render-methods.js";
import { renderSignatures } from "./render-signatures.js";

const root = new URL("../../", import.meta.url);
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
  const table = buildMethodTable(readSpecDocument(specUrl));
  return {
    "generated/schema.d.ts": HEADER + "\n" + astToString(ast),
    "generated/methods.ts": HEADER + renderMethods(table),
    "generated/client-types.ts": HEADER + renderSignatures(table),
    "generated/cli-help.ts": HEADER + renderCliHelp(table),
  };
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
  // README.md's method table is read from generated/methods.ts, so it is
  // imported only now that the file is written.
  const { refreshReadme } = await import("./readme-table.js");
  if (await refreshReadme()) console.log("README.md: method table updated");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await main();
