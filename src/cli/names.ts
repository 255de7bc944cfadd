// Resources and methods as the command line names them: the generated table,
// the hand-written aliases, and dashes read as underscores (`list-shares`).
import { methods } from "../../generated/methods.js";
import { aliases } from "../methods/aliases.js";
import type { MethodSpec } from "../methods/method-spec.js";

/** resource -> reference method name -> its table entry. */
export const table: Readonly<
  Record<string, Readonly<Record<string, MethodSpec>>>
> = methods;

const aliasTable: Readonly<Record<string, Readonly<Record<string, string>>>> =
  aliases;

/** `list-shares` -> `list_shares`: dashes read as underscores. */
export const underscored = (text: string): string => text.replaceAll("-", "_");

/** The resource's reference name, or undefined. */
export function findResource(text: string): string | undefined {
  const name = underscored(text);
  return Object.hasOwn(table, name) ? name : undefined;
}

/** The reference name of a method or of one of its aliases, or undefined. */
export function findMethod(resource: string, text: string): string | undefined {
  const name = underscored(text);
  if (Object.hasOwn(table[resource]!, name)) return name;
  const aliasesHere = aliasTable[resource] ?? {};
  return Object.hasOwn(aliasesHere, name) ? aliasesHere[name] : undefined;
}

/** The aliases of one method. */
export const aliasesOf = (resource: string, method: string): string[] =>
  Object.entries(aliasTable[resource] ?? {})
    .filter(([, target]) => target === method)
    .map(([alias]) => alias);

/** Every alias of a resource's methods. */
export const aliasNames = (resource: string): string[] =>
  Object.keys(aliasTable[resource] ?? {});

/** The optional arguments of a method (flags on the command line), by wire name. */
export const optionalArgs = (spec: MethodSpec): string[] =>
  Object.keys(spec.params).filter((p) => !spec.args.includes(p));
