// Writes the method table as generated/methods.ts: one `as const` object in
// its final shape (nothing is expanded at load). Each distinct argument shape
// and parameter set is declared once, since the share, transfer and archive
// families repeat them across resources; that keeps the client bundle small.
import type { MethodTable } from "./method-table.js";

export function renderMethods({ methods }: MethodTable): string {
  const decls: string[] = [];
  // `arg0`, `arg1`, ... for argument shapes; `params0`, ... for parameter sets.
  const names = {
    arg: new Map<string, string>(),
    params: new Map<string, string>(),
  };
  const intern = (kind: keyof typeof names, value: string) => {
    const seen = names[kind];
    let name = seen.get(value);
    if (!name) {
      name = `${kind}${seen.size}`;
      seen.set(value, name);
      decls.push(`const ${name} = ${value} as const;`);
    }
    return name;
  };
  const lines: string[] = [];
  for (const [resource, entries] of Object.entries(methods)) {
    lines.push(`  ${resource}: {`);
    for (const [name, entry] of Object.entries(entries)) {
      const fields = Object.entries(entry.params).map(
        ([k, a]) => `${k}: ${intern("arg", JSON.stringify(a))}`,
      );
      const params = intern(
        "params",
        fields.length ? `{ ${fields.join(", ")} }` : "{}",
      );
      const parts = [
        `route: ${JSON.stringify(entry.route)}`,
        `args: ${JSON.stringify(entry.args)}`,
        `params: ${params}`,
      ];
      if (entry.body) parts.push("body: true");
      if (entry.paginated) parts.push("paginated: true");
      if (entry.opaque) parts.push(`opaque: ${JSON.stringify(entry.opaque)}`);
      if (entry.normalize)
        parts.push(`normalize: ${JSON.stringify(entry.normalize)}`);
      if (entry.returns)
        parts.push(`returns: ${JSON.stringify(entry.returns)}`);
      lines.push(`    ${name}: { ${parts.join(", ")} },`);
    }
    lines.push("  },");
  }
  return [
    "",
    ...decls,
    "",
    "/** resource -> reference method name -> route, positional arguments, argument shapes. */",
    "export const methods = {",
    ...lines,
    "} as const;",
    "",
  ].join("\n");
}
