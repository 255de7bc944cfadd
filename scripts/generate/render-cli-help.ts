// Writes generated/cli-help.ts: the spec's descriptions for the command
// line's `--help` (src/cli/). A file of its own, imported by the CLI alone, so
// that the client bundle never carries these strings.
import type { MethodTable } from "./method-table.js";

// YAML block scalars keep their line breaks; help text is re-wrapped anyway.
const oneLine = (s: unknown) =>
  String(s ?? "")
    .replace(/\s+/g, " ")
    .trim();

export function renderCliHelp({ docs, resources }: MethodTable): string {
  const methods = Object.fromEntries(
    Object.entries(docs).map(([resource, entries]) => [
      resource,
      Object.fromEntries(
        Object.entries(entries).map(([name, d]) => [
          name,
          {
            summary: oneLine(d.summary),
            ...(d.description ? { description: oneLine(d.description) } : {}),
            args: Object.fromEntries(
              Object.entries(d.inputs).map(([arg, { schema }]) => [
                arg,
                oneLine(schema.description),
              ]),
            ),
          },
        ]),
      ),
    ]),
  );
  const data = {
    resources: Object.fromEntries(
      Object.entries(resources).map(([r, text]) => [r, oneLine(text)]),
    ),
    methods,
  };
  return [
    "",
    "/** The spec's descriptions of one method and of each of its arguments. */",
    "export interface MethodHelp {",
    "  summary: string;",
    "  description?: string;",
    '  /** Argument (wire name) -> description; "" when the spec has none. */',
    "  args: Record<string, string>;",
    "}",
    "",
    "/** Resource descriptions, and resource -> method -> its help. */",
    "export const help: {",
    "  resources: Record<string, string>;",
    "  methods: Record<string, Record<string, MethodHelp>>;",
    `} = ${JSON.stringify(data, null, 2)};`,
    "",
  ].join("\n");
}
