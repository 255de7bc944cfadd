// The exit codes of `civis-api`, one per kind of failure, so that scripts can
// tell a typo from a refusal from an outage. Listed in `civis-api --help`.
import {
  CivisAPIError,
  CivisAuthenticationError,
  CivisConnectionError,
  CivisInvalidResponseError,
  CivisTimeoutError,
} from "../errors.js";
import { MissingKeyError, UsageError } from "./usage-error.js";

/** Code and meaning, in the order `--help` lists them. */
export const EXIT_CODES = {
  ok: [0, "success"],
  failed: [1, "the API failed (5xx after retries), or an unexpected error"],
  usage: [
    2,
    "usage: unknown resource, method or flag, wrong number of arguments, a value the client rejects",
  ],
  api: [3, "the API refused the request (4xx other than 401)"],
  auth: [4, "authentication: no CIVIS_API_KEY, or the API refused it (401)"],
  network: [5, "network failure or timeout"],
  invalid: [
    6,
    "invalid response: a 2xx body that is not what the API declares, or a redirect",
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type ExitKind = keyof typeof EXIT_CODES;

/** The kind of failure an error is. */
export function exitKind(error: unknown): ExitKind {
  if (error instanceof UsageError) return "usage";
  if (error instanceof CivisInvalidResponseError) return "invalid";
  if (
    error instanceof CivisAuthenticationError ||
    error instanceof MissingKeyError
  )
    return "auth";
  if (error instanceof CivisAPIError)
    return error.status >= 400 && error.status < 500 ? "api" : "failed";
  if (
    error instanceof CivisTimeoutError ||
    error instanceof CivisConnectionError
  )
    return "network";
  // The client's checks before sending: a wrong kind or a value out of range.
  if (error instanceof TypeError || error instanceof RangeError) return "usage";
  return "failed";
}
