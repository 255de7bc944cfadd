// Argument values from a file or standard input, as curl reads `-d @file`:
// `@path` is the file's text and `@-` standard input (for one value at
// most); `@@` starts a value whose first character is a literal `@`. So a
// big JSON value need not fit the kernel's limit on a command line, and a
// password need not land in shell history or `ps`. Trailing line breaks are
// dropped, as `$(cat file)` drops them: files and `echo` end with one.
import { createReadStream } from "node:fs";
import { quoted } from "../text/redact.js";
import { UsageError } from "./usage-error.js";

/** Standard input, opened only when a value asks for it. */
export type StdinSource = () => AsyncIterable<Uint8Array | string>;

/** More than any argument the API takes (`value_str`: 1,000,000 bytes). */
const MAX_BYTES = 16 * 1024 * 1024;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "a directory",
};

/** All of `source`, up to MAX_BYTES; `label` names it in a message. */
async function readAll(
  where: string,
  label: string,
  source: AsyncIterable<Uint8Array | string>,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      // `@/dev/zero` never ends.
      if (size > MAX_BYTES)
        throw new UsageError(
          `${where}: ${label} holds more than ${MAX_BYTES} bytes`,
        );
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(
      `${where}: cannot read ${label}: ${REASONS[code] ?? (code || "read failed")}`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      Buffer.concat(chunks),
    );
  } catch {
    // Never the bytes themselves: they may be a password.
    throw new UsageError(`${where}: ${label} is not UTF-8 text`);
  }
  return text.replace(/(?:\r?\n)+$/, "");
}

/**
 * The reader of one command line's values: `read(where, text)` resolves to
 * the value `text` stands for. `where` names the argument in messages, which
 * never hold what was read.
 */
export function valueReader(stdin: StdinSource | undefined) {
  let stdinTaken = false;
  return async (where: string, text: string): Promise<string> => {
    if (!text.startsWith("@")) return text;
    if (text.startsWith("@@")) return text.slice(1);
    if (text === "@")
      throw new UsageError(
        `${where}: @ needs a file name (@path), or - for standard input (@-); write @@ for a literal @`,
      );
    if (text !== "@-")
      return readAll(
        where,
        `the file ${quoted(text.slice(1))}`,
        createReadStream(text.slice(1)),
      );
    if (stdinTaken)
      throw new UsageError(
        `${where}: standard input (@-) can be read by one value only`,
      );
    stdinTaken = true;
    if (!stdin) throw new UsageError(`${where}: no standard input to read`);
    return readAll(where, "standard input", stdin());
  };
}
