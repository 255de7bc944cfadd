// The `onLog` hook's line: one per call that reaches the transport, method
// or `client.raw`, written when the call ends.
import { clip } from "../text/redact.js";

/** One line of the `onLog` hook per call: never a header, body or key. */
export interface LogEntry {
  method: string;
  /** The URL path (cut to about 200 characters). */
  path: string;
  /** The last response's status; null when none came (timeout, network failure, abort). */
  status: number | null;
  /**
   * The name of the error the call failed with (`CivisTimeoutError`,
   * `AbortError`...), or for a `client.raw` call answered with an error
   * status, the error a method would have thrown; null on success.
   */
  error: string | null;
  /** Tries made, retries included. */
  tries: number;
  requestId: string | null;
  /** Time the call took, in ms, waits between tries included. */
  ms: number;
}

/** The `name` of what a call failed with (an error, or an abort's reason). */
export function errorName(thrown: unknown): string {
  const name = (thrown as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : "Error";
}

/** Calls `onLog` with the entry; a hook that throws does not change the call's outcome. */
export function writeLog(
  onLog: (entry: LogEntry) => void,
  entry: LogEntry,
): void {
  try {
    onLog({ ...entry, path: clip(entry.path) });
  } catch {
    // A log hook must not change the call's outcome.
  }
}
