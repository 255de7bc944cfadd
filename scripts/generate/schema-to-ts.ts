// JSON Schema (inlined by the spec loader) to TypeScript type text, the way
// openapi-typescript writes it (so the type test can compare the two), plus
// JSDoc from each property's description. Result types take the keys as the
// client returns them (snake_case) and name the spec's component schemas.
import {
  flattenAllOf,
  isObject,
  schemaName,
  type JsonSchema,
} from "../../src/spec/document.js";
import { snakeCase } from "../../src/spec/name-case.js";

/** A JSDoc block (indented), or nothing without text. */
export function jsdoc(lines: string[], indent: string): string {
  const text = lines
    .join("\n")
    .replace(/\*\//g, "*\\/")
    .trim()
    .split("\n")
    .map((l) => l.trimEnd());
  if (text.length === 1 && text[0] === "") return "";
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

export interface TypeWriter {
  /** The type of a schema; named component schemas become interfaces. */
  type(schema: unknown, indent?: string): string;
  /** `export interface` declarations of the named schemas used so far. */
  declarations(): string[];
}

/**
 * A writer of result types (`snake`: keys converted, components named) or of
 * input types (keys as sent, everything inline).
 */
export function typeWriter(snake: boolean): TypeWriter {
  const declared = new Map<string, string>();
  const key = (k: string) => {
    const name = snake ? snakeCase(k) : k;
    return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
  };

  const objectBody = (s: JsonSchema, indent: string): string => {
    const required = (s.required as string[] | undefined) ?? [];
    const props = Object.entries((s.properties as JsonSchema) ?? {});
    if (props.length === 0) return "Record<string, never>";
    const inner = indent + "  ";
    const lines = props.map(([k, prop]) => {
      const doc = isObject(prop) ? String(prop.description ?? "") : "";
      const opt = required.includes(k) ? "" : "?";
      return `${jsdoc([doc], inner)}${inner}${key(k)}${opt}: ${type(prop, inner)};`;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  };

  const primitive = (t: unknown, s: JsonSchema, indent: string): string => {
    switch (t) {
      case "null":
        return "null";
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "string":
        return "string";
      case "array": {
        const item = type(s.items, indent);
        return /[|&]/.test(item) && !item.startsWith("{")
          ? `(${item})[]`
          : `${item}[]`;
      }
      case "object":
        return objectBody(s, indent);
      default:
        return "unknown";
    }
  };

  function type(node: unknown, indent = ""): string {
    if (!isObject(node)) return "unknown";
    // Object schemas are named; a named scalar (Id, Timestamp) stays inline.
    const flat = flattenAllOf(node);
    const isObjectType =
      flat.type === "object" || flat.properties !== undefined;
    const name = snake && isObjectType ? schemaName(node) : undefined;
    if (name && !declared.has(name)) {
      declared.set(name, ""); // reserve: the body may refer to it again
      const body = plain(flat, "");
      const doc = jsdoc([String(flat.description ?? "")], "");
      declared.set(
        name,
        body.startsWith("{")
          ? `${doc}export interface ${name} ${body}`
          : `${doc}export type ${name} = ${body};`,
      );
    }
    return name ?? plain(flat, indent);
  }

  function plain(s: JsonSchema, indent: string): string {
    const branches = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
    if (branches) return branches.map((b) => type(b, indent)).join(" | ");
    if (Array.isArray(s.enum))
      return s.enum.map((v) => JSON.stringify(v)).join(" | ");
    if (Array.isArray(s.type))
      return s.type.map((t) => primitive(t, s, indent)).join(" | ");
    if (s.type === undefined && s.properties) return objectBody(s, indent);
    return primitive(s.type, s, indent);
  }

  return { type, declarations: () => [...declared.values()] };
}
