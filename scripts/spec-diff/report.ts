// What `npm run spec:diff` prints: per resource and operation, each finding
// in words a maintainer acts on (what to edit in spec/openapi.yaml), or the
// same as JSON for tools.
import {
  escapeJsonControls,
  escapeLines,
} from "../../src/cli/terminal-text.js";
import type { AllowEntry, Verdict } from "./allow.js";
import type { AppliedChange, NotApplied } from "./apply.js";
import {
  enumList,
  SUBJECTS,
  type Comparison,
  type Finding,
  type Note,
} from "./compare.js";

/** Everything one run found. */
export interface DiffResult {
  /** The description's file or URL. */
  source: string;
  /** Our spec, as a path from the repository root. */
  spec: string;
  comparison: Comparison;
  verdicts: Verdict[];
  unused: AllowEntry[];
  /** With `--apply`: what was written into the spec, and what was not. */
  applied?: AppliedChange[];
  notApplied?: NotApplied[];
}

/**
 * One finding in words: what differs and, for drift, what to do in the spec
 * (an allowed one gets its reason instead).
 */
export function describeFinding(f: Verdict): string {
  const [what, action] = difference(f);
  return f.status === "allowed"
    ? `${what} (reason: ${f.reason})`
    : `${what}: ${action}`;
}

function difference(f: Finding): [what: string, action: string] {
  const subject =
    f.name === ""
      ? ({ body: "the request body", response: "the response body" }[
          f.where as "body" | "response"
        ] ?? "the operation")
      : `${SUBJECTS[f.where]} \`${f.name}\``;
  switch (f.change) {
    case "added": {
      if (f.where !== "operation")
        return [`${subject} (${f.there}) is new there`, "add it to the spec"];
      const method = f.operation.slice(f.resource.length + 1);
      return [
        `new there (civis-python calls it client.${f.resource}.${method})`,
        `add it to the spec as ${f.operation}`,
      ];
    }
    case "removed":
      return f.where === "operation"
        ? [
            "not in the description (removed or renamed there)",
            `remove ${f.operation} from the spec, or allow it`,
          ]
        : [
            `${subject} (${f.here}) is not in the description`,
            "remove it from the spec",
          ];
    case "type":
      return [
        `${subject} is ${f.here} here, ${f.there} there`,
        "change its type in the spec",
      ];
    case "required":
      return [
        `${subject} is ${f.here} here, ${f.there} there`,
        `make it ${f.there} in the spec`,
      ];
    case "enum":
      return enumChange(subject, f);
    case "maximum":
      return [
        `${subject} has maximum ${f.here} here, ${f.there} there`,
        "change its maximum in the spec",
      ];
    case "default":
      return [
        `${subject} defaults to ${f.here} here, ${f.there} there`,
        "change its default in the spec",
      ];
    case "name":
      return [
        `path parameter {${f.here}} is {${f.there}} there`,
        "rename it in the spec",
      ];
    case "status":
      return [
        `success status ${f.here} here, ${f.there} there`,
        "change the spec's success response",
      ];
  }
}

/** Values as a list in words: `a`, `a` and `b`, `a`, `b` and `c`. */
function listed(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

function enumChange(subject: string, f: Finding): [string, string] {
  const here = enumList(f.here);
  const there = enumList(f.there);
  const added = there.filter((v) => !here.includes(v));
  const removed = here.filter((v) => !there.includes(v));
  const them = (values: string[]) => (values.length === 1 ? "it" : "them");
  if (here.length === 0)
    return [
      `${subject} is limited to [${f.there}] there, any value here`,
      "add the enum to the spec",
    ];
  if (removed.length === 0)
    return [
      `${subject} accepts ${listed(added)} there`,
      `add ${them(added)} to the enum`,
    ];
  if (added.length === 0)
    return [
      `${subject} no longer accepts ${listed(removed)} there`,
      `remove ${them(removed)} from the enum`,
    ];
  return [
    `${subject} takes [${f.here}] here, [${f.there}] there`,
    "change its enum in the spec",
  ];
}

function describeNote(n: Note): string {
  const subject =
    n.name === "" ? n.where : `${SUBJECTS[n.where]} \`${n.name}\``;
  if (n.kind === "constraint")
    return `${subject}: ${n.here ?? ""} here, not stated there`;
  if (n.kind === "words")
    return `${subject}: words no phrasing reads: ${JSON.stringify(n.there)}`;
  const side = (value?: string) =>
    value === undefined ? "none" : JSON.stringify(value);
  return `${subject}: ${n.kind} ${side(n.here)} here, ${side(n.there)} there`;
}

/**
 * The report for people. A terminal escape, bidi control or lone surrogate in
 * a name or description the server sent is shown escaped, never sent to the
 * terminal; line by line, so that the report's own line breaks stay.
 */
export function renderText(result: DiffResult, withNotes: boolean): string {
  return escapeLines(report(result, withNotes));
}

function report(result: DiffResult, withNotes: boolean): string {
  const { comparison, verdicts } = result;
  const lines = [
    `spec:diff: ${result.spec} ("here") against ${result.source} ("there")`,
  ];
  // resource -> "METHOD path (operation)" -> lines, in the order met.
  const resources = new Map<string, Map<string, string[]>>();
  const entry = (item: Finding | Note) => {
    let ops = resources.get(item.resource);
    if (!ops) resources.set(item.resource, (ops = new Map()));
    const head = `${item.method} ${item.path} (${item.operation})`;
    let opLines = ops.get(head);
    if (!opLines) ops.set(head, (opLines = []));
    return opLines;
  };
  for (const v of verdicts)
    entry(v).push(`${v.status.padEnd(8)} ${describeFinding(v)}`);
  if (withNotes)
    for (const n of comparison.notes)
      entry(n).push(`${"note".padEnd(8)} ${describeNote(n)}`);
  for (const [resource, ops] of resources) {
    lines.push("", resource);
    for (const [head, opLines] of ops)
      lines.push(`  ${head}`, ...opLines.map((l) => `    ${l}`));
  }
  if (result.applied) lines.push(...appliedLines(result));

  const drift = verdicts.filter((v) => v.status === "drift").length;
  const allowed = verdicts.length - drift;
  lines.push("");
  if (!comparison.responseRequired)
    lines.push(
      "The description marks no response field required, so response fields are not compared on that.",
    );
  if (comparison.notes.length > 0 && !withNotes)
    lines.push(
      `${comparison.notes.length} notes (formats, descriptions, unstated constraints, words not read; not drift): --notes lists them.`,
    );
  if (result.unused.length > 0)
    lines.push(
      `Allow entries that matched nothing (the description agrees with the spec there, or the entry is stale):`,
      ...result.unused.map(
        (e) =>
          `  - ${e.operation}${e.where ? ` ${e.where}` : ""}${e.name ? ` ${e.name}` : ""}${e.change ? ` ${e.change}` : ""}`,
      ),
    );
  const compared = comparison.compared;
  lines.push(
    `${drift} drift, ${allowed} allowed, ${compared} operation${compared === 1 ? "" : "s"} compared.`,
  );
  if (result.applied)
    lines.push(
      drift === 0
        ? "No drift left: now npm run generate, npm test, and commit."
        : "The drift left is for a person to decide (breaking changes are never applied): edit spec/openapi.yaml as above, or add a reviewed entry with its reason to spec/drift-allow.yaml; then npm run generate and npm test.",
    );
  else
    lines.push(
      drift === 0
        ? "No drift: spec/openapi.yaml matches the description."
        : "Edit spec/openapi.yaml as above (or add a reviewed entry with its reason to spec/drift-allow.yaml), then npm run generate and npm test. --apply writes the additive part (new operations, optional parameters and fields, enum values).",
    );
  return `${lines.join("\n")}\n`;
}

/** With `--apply`: each change written into the spec, and those that were not. */
function appliedLines(result: DiffResult): string[] {
  const lines = [""];
  const applied = result.applied ?? [];
  lines.push(
    applied.length === 0
      ? `Applied to ${result.spec}: nothing.`
      : `Applied to ${result.spec} (${applied.length} change${applied.length === 1 ? "" : "s"}):`,
  );
  for (const a of applied) {
    const also =
      a.operations.length > 1 ? `; takes in ${a.operations.join(", ")}` : "";
    lines.push(`  added    ${a.change}, at ${a.at}${also}`);
  }
  for (const n of result.notApplied ?? [])
    lines.push(
      `  not applied: ${difference(n.finding)[0]} (${n.finding.operation}): ${n.reason}`,
    );
  return lines;
}

/** The report for tools; bidi and C1 controls as `\u` escapes, as in the text. */
export function renderJson(result: DiffResult): string {
  const drift = result.verdicts.filter((v) => v.status === "drift").length;
  const json = {
    source: result.source,
    spec: result.spec,
    summary: {
      drift,
      allowed: result.verdicts.length - drift,
      notes: result.comparison.notes.length,
      compared: result.comparison.compared,
      unusedAllowEntries: result.unused.length,
    },
    responseRequiredCompared: result.comparison.responseRequired,
    findings: result.verdicts.map((v) => ({
      ...v,
      message: describeFinding(v),
    })),
    notes: result.comparison.notes,
    unusedAllowEntries: result.unused,
    ...(result.applied
      ? {
          applied: result.applied,
          notApplied: (result.notApplied ?? []).map((n) => ({
            ...n.finding,
            reason: n.reason,
          })),
        }
      : {}),
  };
  return `${escapeJsonControls(JSON.stringify(json, null, 2))}\n`;
}
