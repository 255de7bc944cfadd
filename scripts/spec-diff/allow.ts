// spec/drift-allow.yaml: the reviewed, intentional deviations of our spec from
// the published description. A finding that an entry matches is "allowed",
// not drift. An entry matches when each key it gives equals the finding's
// (`operation` and `name` may use `*` for any run of characters).
import { readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { CHANGES, WHERES } from "./compare.js";
import type { Finding } from "./compare.js";
import { InputError } from "./input.js";

/** One reviewed deviation. */
export interface AllowEntry {
  operation: string;
  where?: Finding["where"];
  name?: string;
  change?: Finding["change"];
  here?: string;
  there?: string;
  reason: string;
}

/** A finding with its verdict. */
export interface Verdict extends Finding {
  status: "drift" | "allowed";
  /** The allow entry's reason, when allowed. */
  reason?: string;
}

const text = { type: "string", minLength: 1 };
const schema = {
  type: "object",
  additionalProperties: false,
  required: ["allow"],
  properties: {
    allow: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["operation", "reason"],
        properties: {
          operation: text,
          where: { enum: WHERES },
          name: { type: "string" },
          change: { enum: CHANGES },
          here: { type: "string" },
          there: { type: "string" },
          reason: text,
        },
      },
    },
  },
};
const validate = new Ajv2020({ allErrors: true }).compile<{
  allow: AllowEntry[];
}>(schema);

/** Reads and checks the allow file; a malformed one is an InputError. */
export async function loadAllowList(path: string): Promise<AllowEntry[]> {
  let doc: unknown;
  try {
    doc = parse(await readFile(path, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot read ${path}: ${message.split("\n")[0]}`);
  }
  if (!validate(doc)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message ?? ""}`,
    );
    throw new InputError(`${path} is malformed: ${problems.join("; ")}`);
  }
  return doc.allow;
}

/** Marks each finding drift or allowed, and names the entries nothing matched. */
export function applyAllowList(
  findings: readonly Finding[],
  entries: readonly AllowEntry[],
): { verdicts: Verdict[]; unused: AllowEntry[] } {
  const used = new Set<AllowEntry>();
  const verdicts = findings.map((finding): Verdict => {
    const entry = entries.find((e) => matches(e, finding));
    if (!entry) return { ...finding, status: "drift" };
    used.add(entry);
    return { ...finding, status: "allowed", reason: entry.reason };
  });
  return { verdicts, unused: entries.filter((e) => !used.has(e)) };
}

function matches(entry: AllowEntry, finding: Finding): boolean {
  return (
    glob(entry.operation).test(finding.operation) &&
    (entry.name === undefined || glob(entry.name).test(finding.name)) &&
    (["where", "change", "here", "there"] as const).every(
      (key) => entry[key] === undefined || entry[key] === finding[key],
    )
  );
}

function glob(pattern: string): RegExp {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`);
}
