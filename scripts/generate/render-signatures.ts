// Writes generated/client-types.ts: the signatures editors show. Per resource
// an interface whose methods have the real parameter names and JSDoc from the
// spec's descriptions; results as snake_case interfaces with each field's
// description; one options interface per method that has optional arguments.
// The per-call options type is the interfaces' parameter `C` (generated/
// never imports src/); src/ instantiates it.
import { routeOf } from "../../src/methods/method-spec.js";
import { isObject, type JsonSchema } from "../../src/spec/document.js";
import { camelCase } from "../../src/spec/name-case.js";
import type { MethodEntry, MethodTable } from "./method-table.js";
import { jsdoc, typeWriter } from "./schema-to-ts.js";

const pascal = (s: string) => {
  const camel = camelCase(s);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
};

/** The documented form of a body the client normalizes (`x-civis-normalize`). */
function resolved(result: JsonSchema, entry: MethodEntry): JsonSchema {
  const branches = result.oneOf as JsonSchema[] | undefined;
  if (!entry.normalize || !branches) return result;
  return branches.find((b) => b.type !== "array") ?? result;
}

export function renderSignatures(table: MethodTable): string {
  const results = typeWriter(true);
  const inputs = typeWriter(false);
  const options: string[] = [];
  const resources: string[] = [];
  const resultMap: string[] = [];
  // `L` only where a resource has a paginated list (it would be unused elsewhere).
  const typeParams = (resource: string) =>
    Object.values(table.methods[resource]!).some((e) => e.paginated)
      ? "C, L"
      : "C";

  for (const [resource, entries] of Object.entries(table.methods)) {
    const iface = pascal(resource);
    const methods: string[] = [];
    const resultLines: string[] = [];
    for (const [name, entry] of Object.entries(entries)) {
      const docs = table.docs[resource]![name]!;
      const result = docs.result && resolved(docs.result, entry);
      const resultType = result ? results.type(result, "    ") : "void";
      resultLines.push(`    ${name}: ${resultType};`);
      const optionNames = Object.keys(docs.inputs).filter(
        (k) => !entry.args.includes(k),
      );
      const optionsType = `${pascal(docs.operationId)}Options`;
      if (optionNames.length)
        options.push(
          `${jsdoc([`Optional arguments of \`${resource}.${name}\`.`], "")}export interface ${optionsType} ${inputs.type(
            {
              type: "object",
              properties: Object.fromEntries(
                optionNames.map((k) => [k, docs.inputs[k]!.schema]),
              ),
            },
            "",
          )}`,
        );
      const params = entry.args.map(
        (a) => `${a}: ${inputs.type(docs.inputs[a]!.schema, "    ")}`,
      );
      const opts = optionNames.length ? `${optionsType} & C` : "C";
      const paramDocs = entry.args.map((a) => {
        const d = docs.inputs[a]!.schema.description;
        return `@param ${a}${d ? ` ${String(d)}` : ""}`;
      });
      let signature: string;
      if (entry.paginated) {
        const item = isObject(result?.items)
          ? results.type(result.items, "    ")
          : "unknown";
        params.push(`options?: ${opts} & L & { iterator?: I }`);
        paramDocs.push(
          "@param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.",
        );
        signature = `${name}<I extends boolean = false>(${params.join(", ")}): I extends true ? AsyncIterableIterator<${item}> : Promise<${resultType}>;`;
      } else {
        params.push(`options?: ${opts}`);
        paramDocs.push(
          optionNames.length
            ? "@param options Optional arguments and per-call options."
            : "@param options Per-call options.",
        );
        signature = `${name}(${params.join(", ")}): Promise<${resultType}>;`;
      }
      const text = [docs.summary];
      if (docs.description) text.push("", docs.description);
      const route = routeOf(resource, entry);
      text.push("", `\`${route.method} ${route.path}\``, "", ...paramDocs);
      methods.push(`${jsdoc(text, "  ")}  ${signature}`);
    }
    resources.push(
      `${jsdoc([table.resources[resource] ?? ""], "")}export interface ${iface}<${typeParams(resource)}> {\n${methods.join("\n")}\n}`,
    );
    resultMap.push(`  ${resource}: {\n${resultLines.join("\n")}\n  };`);
  }

  const names = Object.keys(table.methods);
  return [
    "",
    "// Results, keys in snake_case as the client returns them.",
    "",
    results.declarations().join("\n\n"),
    "",
    "// Optional arguments, wire names.",
    "",
    options.join("\n\n"),
    "",
    "// The resources; `C` is the per-call options type, `L` the options only lists take.",
    "",
    resources.join("\n\n"),
    "",
    "/** Every resource of the client, by name. */",
    "export interface Resources<C, L> {",
    ...names.map((r) => `  ${r}: ${pascal(r)}<${typeParams(r)}>;`),
    "}",
    "",
    "/** The result of each method (what its promise resolves to; one page for lists). */",
    "export interface Results {",
    ...resultMap,
    "}",
    "",
  ].join("\n");
}
