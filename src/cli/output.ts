// Writing to stdout and stderr: awaiting `drain` so that a long JSON Lines
// stream into a slow pipe is neither held in memory nor cut at exit.
import { escapeJsonControls } from "./terminal-text.js";

/** What the command line writes to: process.stdout, or a test's buffer. */
export interface Out {
  write(text: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
  isTTY?: boolean;
  /** Terminal width, when a terminal. */
  columns?: number;
}

/** Writes, waiting for the stream to drain when its buffer is full. */
export async function put(out: Out, text: string): Promise<void> {
  if (!out.write(text) && out.once)
    await new Promise<void>((resolve) => out.once!("drain", resolve));
}

/** One JSON document, indented for reading; no raw control characters. */
export const jsonDocument = (value: unknown): string =>
  `${escapeJsonControls(JSON.stringify(value, null, 2))}\n`;

/** One JSON Lines record; no raw control characters. */
export const jsonLine = (value: unknown): string =>
  `${escapeJsonControls(JSON.stringify(value))}\n`;
