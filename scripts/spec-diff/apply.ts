// `npm run spec:diff -- <source> --apply`: takes the additive drift into
// spec/openapi.yaml (a new optional query parameter, body or response field,
// a value added to an enum, a new operation) and nothing else. Each edit is
// tried on a copy of the YAML document and kept only when the comparison
// afterwards has lost that finding and gained none: an edit of a schema
// other operations share, which would make them drift, is left to a person,
// as is every breaking change and every reviewed deviation
// (spec/drift-allow.yaml).
import * as prettier from "prettier";
import { parseDocument, type Document } from "yaml";
import {
  flattenAllOf,
  inlineSpecRefs,
  isObject,
  type JsonSchema as Json,
} from "../../src/spec/document.js";
import { applyAllowList, type AllowEntry, type Verdict } from "./allow.js";
import {
  compareDescriptions,
  enumList,
  SUBJECTS,
  typeOf,
  type Comparison,
  type Finding,
  type Source,
} from "./compare.js";
import {
  addEnumValues,
  addField,
  addOperation,
  addQueryParameter,
  CannotApply,
} from "./edit.js";
import type { Reusable } from "./openapi.js";

/** One edit made to the spec. */
export interface AppliedChange {
  /** What was added, in words. */
  change: string;
  /** Where in the spec, as a JSON pointer without `#/`. */
  at: string;
  /** The operations whose drift it took in. */
  operations: string[];
}

/** A change that could have been applied but was not, and why. */
export interface NotApplied {
  finding: Finding;
  reason: string;
}

/** The comparison of the spec as it ends up, and what was done to it. */
export interface ApplyResult {
  /** The spec's new text, or undefined when nothing was applied. */
  text: string | undefined;
  applied: AppliedChange[];
  notApplied: NotApplied[];
  comparison: Comparison;
  verdicts: Verdict[];
  unused: AllowEntry[];
}

interface State {
  doc: Document;
  /** `doc` with its `$ref`s inlined, as compared. */
  ours: Json;
  comparison: Comparison;
  verdicts: Verdict[];
  unused: AllowEntry[];
  /** Finding key -> verdict. */
  byKey: Map<string, Verdict>;
}

const keyOf = (f: Finding) =>
  [f.operation, f.where, f.name, f.change, f.here ?? "", f.there ?? ""].join(
    "\u0000",
  );

function evaluate(
  doc: Document,
  theirs: Json,
  allow: readonly AllowEntry[],
): State {
  const ours = inlineSpecRefs(doc.toJS() as Json);
  const comparison = compareDescriptions(ours, theirs);
  const { verdicts, unused } = applyAllowList(comparison.findings, allow);
  return {
    doc,
    ours,
    comparison,
    verdicts,
    unused,
    byKey: new Map(verdicts.map((v) => [keyOf(v), v])),
  };
}

/**
 * Why a finding is not additive (so never applied), or undefined when it is.
 * An allowed one is never applied over.
 */
function notAdditive(
  v: Verdict,
  source: Source | undefined,
  responseRequired: boolean,
): string | undefined {
  if (v.status !== "drift") return "allowed";
  if (v.change === "added") {
    if (v.where === "operation" && source?.kind === "operation")
      return undefined;
    if (v.where === "query" && source?.kind === "param")
      return source.param.required ? "a newly required input" : undefined;
    if ((v.where === "body" || v.where === "response") && v.name !== "")
      if (source?.kind === "field") {
        if (v.where === "body" && source.required)
          return "a newly required input";
        // A field the server always sends needs a handler that sends it.
        if (v.where === "response" && responseRequired && source.required)
          return "a new required response field";
        return undefined;
      }
    return "a new body";
  }
  if (v.change === "enum" && source?.kind === "enum") {
    const here = enumList(v.here);
    if (here.length === 0) return "an enum where there was none";
    return here.every((value) => source.values.includes(value))
      ? undefined
      : "a value removed from an enum";
  }
  return BREAKING[v.change];
}

// The names the API uses are identifiers; anything else (`..`, a quote, a
// terminal escape) from a description is never written into the spec, where
// it would reach generated code.
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every name a change would write: path segments, parameters, field keys. */
function names(f: Finding, source: Source): string[] {
  const keys = (node: unknown, depth = 0): string[] => {
    if (!isObject(node) || depth > 16) return [];
    const props = isObject(node.properties) ? node.properties : {};
    return [
      ...Object.keys(props),
      ...Object.values(props).flatMap((p) => keys(p, depth + 1)),
      ...keys(node.items, depth + 1),
    ];
  };
  switch (source.kind) {
    case "operation": {
      const op = source.operation;
      return [
        ...op.path
          .split("/")
          .filter(Boolean)
          .map((segment) => segment.replace(/^\{(.*)\}$/, "$1")),
        ...op.pathParams.map((p) => p.name),
        ...op.query.keys(),
        ...keys(op.body),
        ...keys(op.response),
      ];
    }
    case "param":
      return [source.param.name];
    case "field":
      return [f.name.split(".").at(-1) ?? "", ...keys(source.schema)];
    case "enum":
      return [];
  }
}

const BREAKING: Record<Finding["change"], string> = {
  added: "an addition",
  removed: "a removal (or a rename)",
  type: "a changed type",
  required: "a changed requirement",
  enum: "a changed enum",
  maximum: "a changed maximum",
  default: "a changed default",
  name: "a renamed path parameter",
  status: "a changed success status",
};

function describe(f: Finding, source: Source): string {
  const op = `${f.method} ${f.path} (${f.operation})`;
  if (source.kind === "operation") return `operation ${op}`;
  const subject = `${SUBJECTS[f.where]} \`${f.name}\``;
  if (source.kind === "enum") {
    const here = enumList(f.here);
    const added = source.values.filter((v) => !here.includes(v));
    return `${added.map((v) => `\`${v}\``).join(", ")} to the enum of ${subject}`;
  }
  const type =
    source.kind === "param"
      ? typeOf(source.param.schema)
      : typeOf(source.schema);
  return `${subject} (${type}) of ${op}`;
}

/** The spec's object schemas, which a new operation's shapes may reuse. */
function reusable(state: State): Reusable {
  const { components } = state.ours;
  const schemas = isObject(components) ? components.schemas : {};
  return {
    schemas: new Map(
      Object.entries(isObject(schemas) ? schemas : {}).filter(
        ([, s]) => isObject(s) && isObject(flattenAllOf(s).properties),
      ) as Array<[string, Json]>,
    ),
    responseRequired: state.comparison.responseRequired,
  };
}

function edit(doc: Document, f: Finding, source: Source, state: State): string {
  switch (source.kind) {
    case "operation":
      return addOperation(doc, f, source.operation, reusable(state));
    case "param":
      return addQueryParameter(doc, f, source.param, source.after);
    case "field":
      return addField(doc, f, source.schema, reusable(state));
    case "enum":
      return addEnumValues(doc, f, source.values);
  }
}

/**
 * Applies the additive drift of `theirs` (a dereferenced description) to the
 * spec's text; formats the result as the repository's prettier does.
 */
export async function applyDrift(
  specText: string,
  specPath: string,
  theirs: Json,
  allow: readonly AllowEntry[],
): Promise<ApplyResult> {
  let state = evaluate(parseDocument(specText), theirs, allow);
  const { comparison: first } = state;
  const applied: AppliedChange[] = [];
  const notApplied: NotApplied[] = [];
  // Finding key -> the change that took it in.
  const takenBy = new Map<string, AppliedChange>();
  state.verdicts.forEach((verdict, i) => {
    const finding = first.findings[i]!;
    const source = first.sources.get(finding);
    const key = keyOf(verdict);
    if (notAdditive(verdict, source, first.responseRequired) || !source) return;
    const odd = names(verdict, source).find((name) => !NAME.test(name));
    if (odd !== undefined) {
      notApplied.push({
        finding: verdict,
        reason: `the name ${JSON.stringify(odd)} is no identifier`,
      });
      return;
    }
    if (!state.byKey.has(key)) {
      const by = takenBy.get(key);
      if (by && !by.operations.includes(verdict.operation))
        by.operations.push(verdict.operation);
      return;
    }
    const trial = state.doc.clone();
    let at: string;
    try {
      at = edit(trial, verdict, source, state);
    } catch (error) {
      if (!(error instanceof CannotApply)) throw error;
      notApplied.push({ finding: verdict, reason: error.message });
      return;
    }
    const next = evaluate(trial, theirs, allow);
    const gained = [...next.byKey.keys()].filter((k) => !state.byKey.has(k));
    const lost = [...state.byKey].filter(([k]) => !next.byKey.has(k));
    if (next.byKey.has(key) || gained.length > 0) {
      const why = gained.length
        ? `it would make ${describeKeys(gained, next)} drift`
        : "it would not match the description";
      notApplied.push({ finding: verdict, reason: why });
      return;
    }
    if (lost.some(([, v]) => v.status !== "drift")) {
      notApplied.push({
        finding: verdict,
        reason: "it would change a reviewed deviation (spec/drift-allow.yaml)",
      });
      return;
    }
    const change: AppliedChange = {
      change: describe(verdict, source),
      at,
      operations: [],
    };
    for (const [k, v] of lost) {
      takenBy.set(k, change);
      if (!change.operations.includes(v.operation))
        change.operations.push(v.operation);
    }
    applied.push(change);
    state = next;
  });
  let text: string | undefined;
  if (applied.length > 0) {
    const config = await prettier.resolveConfig(specPath);
    text = await prettier.format(state.doc.toString({ lineWidth: 0 }), {
      ...config,
      filepath: specPath,
    });
  }
  return {
    text,
    applied,
    notApplied,
    comparison: state.comparison,
    verdicts: state.verdicts,
    unused: state.unused,
  };
}

function describeKeys(keys: string[], state: State): string {
  const ops = [
    ...new Set(keys.map((k) => state.byKey.get(k)?.operation ?? "")),
  ];
  return ops.length > 3
    ? `${ops.slice(0, 3).join(", ")} and ${ops.length - 3} more`
    : ops.join(", ");
}
