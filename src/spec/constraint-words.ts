// Constraints in words. The API's own description (`GET /endpoints`) puts no
// `enum`, `maximum` or `default` on the query parameters of these resources:
// it states them in the parameter's description, in a few fixed phrasings
// ("Defaults to 50. Maximum allowed is 1000."). This table is the one place
// those phrasings are written: the emulator's Swagger view writes its words
// with it, and `npm run spec:diff` reads the API's words with it. A sentence
// that looks like a constraint but that no phrasing reads is handed back as
// unread, never guessed at.

/** The constraints a description can state; values as the report prints them. */
export interface StatedConstraints {
  enum?: string[];
  default?: string;
  maximum?: number;
}

/** The keywords words can stand for. */
export type ConstraintKeyword = keyof StatedConstraints;
const KEYWORDS: readonly ConstraintKeyword[] = ["enum", "default", "maximum"];

interface Phrasing {
  /** The sentence; its groups hold the values. */
  pattern: RegExp;
  read(groups: string[]): StatedConstraints;
  /** The sentence for these values, or undefined when it cannot say them. */
  write(c: StatedConstraints): string | undefined;
}

const QUOTED = `["“][^"”]*["”]`;
const QUOTED_LIST = `((?:${QUOTED},? )*or ${QUOTED}|${QUOTED})`;
const integer = (value: string | undefined) =>
  value !== undefined && /^\d+$/.test(value);

/** `"read", "write", or "manage"`: the quoted values (straight or curly). */
const readQuoted = (list: string) =>
  [...list.matchAll(/["“]([^"”]*)["”]/g)].map((m) => m[1]!);
function writeQuoted(values: readonly string[] | undefined) {
  if (!values?.length || values.some((v) => /["“”]/.test(v))) return undefined;
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return quoted.join(" or ");
  return `${quoted.slice(0, -1).join(", ")}, or ${quoted.at(-1)}`;
}

// Python prints booleans capitalized; the report compares them lower-cased.
const readValue = (v: string) =>
  /^(True|False)$/.test(v) ? v.toLowerCase() : v;
const writeValue = (v: string) =>
  v === "true" ? "True" : v === "false" ? "False" : v;

// Most specific first: a sentence is read by the first phrasing that matches.
const PHRASINGS: readonly Phrasing[] = [
  {
    pattern: /Defaults to its maximum of (\d+)\./,
    read: ([max]) => ({ default: max!, maximum: Number(max) }),
    write: (c) =>
      c.maximum !== undefined && c.default === String(c.maximum)
        ? `Defaults to its maximum of ${c.maximum}.`
        : undefined,
  },
  {
    pattern: /Defaults to (\d+)\. Maximum allowed is (\d+)\./,
    read: ([value, max]) => ({ default: value!, maximum: Number(max) }),
    write: (c) =>
      integer(c.default) && c.maximum !== undefined
        ? `Defaults to ${c.default}. Maximum allowed is ${c.maximum}.`
        : undefined,
  },
  {
    pattern: /Defaults to the first page, (\d+)\./,
    read: ([value]) => ({ default: value! }),
    write: (c) =>
      integer(c.default)
        ? `Defaults to the first page, ${c.default}.`
        : undefined,
  },
  {
    pattern:
      /either asc \(ascending\) or desc \(descending\) defaulting to (asc|desc)\./,
    read: ([value]) => ({ enum: ["asc", "desc"], default: value! }),
    write: (c) =>
      c.enum?.length === 2 &&
      c.enum.includes("asc") &&
      c.enum.includes("desc") &&
      (c.default === "asc" || c.default === "desc")
        ? `either asc (ascending) or desc (descending) defaulting to ${c.default}.`
        : undefined,
  },
  {
    pattern: new RegExp(`A permissions string, one of ${QUOTED_LIST}\\.`),
    read: ([list]) => ({ enum: readQuoted(list!) }),
    write: (c) => {
      const list = writeQuoted(c.enum);
      return list && `A permissions string, one of ${list}.`;
    },
  },
  {
    pattern: new RegExp(`Options are: ${QUOTED_LIST}\\.`),
    read: ([list]) => ({ enum: readQuoted(list!) }),
    write: (c) => {
      const list = writeQuoted(c.enum);
      return list && `Options are: ${list}.`;
    },
  },
  {
    pattern: /Must be one of: ([^\s.,]+(?:, [^\s.,]+)*)\./,
    read: ([list]) => ({ enum: list!.split(", ") }),
    write: (c) =>
      c.enum?.length && c.enum.every((v) => /^[^\s.,]+$/.test(v))
        ? `Must be one of: ${c.enum.join(", ")}.`
        : undefined,
  },
  {
    pattern: /Defaults to ([^\s.,]+)\./,
    read: ([value]) => ({ default: readValue(value!) }),
    write: (c) =>
      c.default !== undefined && /^[^\s.,]+$/.test(c.default)
        ? `Defaults to ${writeValue(c.default)}.`
        : undefined,
  },
];

// Words that speak of a constraint: a sentence holding some that no phrasing
// read is unread, about the keywords it seems to speak of.
const CONSTRAINT_WORDS: Record<ConstraintKeyword, RegExp> = {
  enum: /\b(?:one of|one or more of|options are)\b/i,
  default: /\b(?:defaults? to|defaulting to)\b/i,
  maximum: /\b(?:maximum|greater than|at most)\b/i,
};

/** A sentence no phrasing reads, and the keywords it seems to speak of. */
export interface UnreadWords {
  sentence: string;
  about: ConstraintKeyword[];
}

type Part = { text: string; phrasing?: Phrasing; groups?: string[] };

/** The description cut into the sentences the phrasings match and the rest. */
function scan(description: string): Part[] {
  let parts: Part[] = [{ text: description }];
  for (const phrasing of PHRASINGS) {
    const global = new RegExp(phrasing.pattern.source, "g");
    parts = parts.flatMap((part) => {
      if (part.phrasing) return [part];
      const out: Part[] = [];
      let at = 0;
      for (const match of part.text.matchAll(global)) {
        out.push({ text: part.text.slice(at, match.index) });
        out.push({ text: match[0], phrasing, groups: match.slice(1) });
        at = match.index + match[0].length;
      }
      out.push({ text: part.text.slice(at) });
      return out.filter((p) => p.text !== "");
    });
  }
  return parts;
}

/** A default read in words is a value of the parameter's type, or unread. */
function fitsType(value: string, type: unknown): boolean {
  if (type === "integer") return /^-?\d+$/.test(value);
  if (type === "number") return /^-?\d+(\.\d+)?$/.test(value);
  if (type === "boolean") return value === "true" || value === "false";
  return true;
}

/**
 * What a description states in words (a default only when it is a value of
 * `type`, the JSON Schema type, when given), and the sentences that speak of a
 * constraint but that no phrasing reads (or that contradict one another).
 */
export function readConstraintWords(
  description: unknown,
  type?: unknown,
): {
  stated: StatedConstraints;
  unread: UnreadWords[];
} {
  const stated: StatedConstraints = {};
  const unread: UnreadWords[] = [];
  if (typeof description !== "string") return { stated, unread };
  const text = description.replace(/\s+/g, " ").trim();
  const seen = new Map<ConstraintKeyword, string>();
  for (const part of scan(text)) {
    if (!part.phrasing) {
      for (const sentence of part.text.split(/(?<=\.)\s+/)) {
        const about = KEYWORDS.filter((k) =>
          CONSTRAINT_WORDS[k].test(sentence),
        );
        if (about.length) unread.push({ sentence: sentence.trim(), about });
      }
      continue;
    }
    const read = part.phrasing.read(part.groups ?? []);
    if (read.default !== undefined && !fitsType(read.default, type)) {
      unread.push({ sentence: part.text.trim(), about: ["default"] });
      continue;
    }
    for (const key of Object.keys(read) as ConstraintKeyword[]) {
      const value = JSON.stringify(read[key]);
      const before = seen.get(key);
      if (before !== undefined && before !== value) {
        unread.push({ sentence: part.text.trim(), about: [key] });
        delete stated[key];
        continue;
      }
      seen.set(key, value);
      Object.assign(stated, { [key]: read[key] });
    }
  }
  return { stated, unread };
}

/** The constraints of a schema, in the form the phrasings write and read. */
export function schemaConstraints(schema: {
  [keyword: string]: unknown;
}): StatedConstraints {
  const out: StatedConstraints = {};
  const values = Array.isArray(schema["enum"])
    ? schema["enum"]
    : "const" in schema
      ? [schema["const"]]
      : undefined;
  if (values) out.enum = values.filter((v) => v !== null).map(String);
  if (schema["default"] !== undefined) out.default = String(schema["default"]);
  if (typeof schema["maximum"] === "number") out.maximum = schema["maximum"];
  return out;
}

/**
 * A description whose constraint sentences say the schema's values, and the
 * keywords they now state (so a Swagger view can leave those keywords out).
 * A sentence whose phrasing cannot say the schema's values is kept as it is,
 * and its keywords are not counted as stated.
 */
export function writeConstraintWords(
  description: string,
  schema: { [keyword: string]: unknown },
): { description: string; stated: Set<ConstraintKeyword> } {
  const values = schemaConstraints(schema);
  const stated = new Set<ConstraintKeyword>();
  const text = scan(description)
    .map((part) => {
      const written = part.phrasing?.write(values);
      if (!part.phrasing || written === undefined) return part.text;
      for (const key of Object.keys(part.phrasing.read(part.groups ?? [])))
        stated.add(key as ConstraintKeyword);
      return written;
    })
    .join("");
  return { description: text, stated };
}
