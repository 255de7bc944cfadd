// What a failed try (no response, or a body cut off) means for the call:
// worth another try or not, and whether the request may have reached the
// server (which a retried DELETE needs to know).
import type { TryFailure } from "./retry-policy.js";

// Failures that prove the request never left: nothing listened, no address.
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Classifies what fetch (or reading the body) threw. `blocked` when the
 * runtime forbids the request, which no retry can change: Deno without
 * --allow-net (`PermissionDenied`; `NotCapable` in Deno 2), a port fetch
 * refuses (undici's "bad port"), a URL it cannot parse.
 */
export function classifyFailure(
  error: unknown,
  timedOut: boolean,
): { failure: TryFailure; mayHaveArrived: boolean } {
  if (timedOut) return { failure: "timeout", mayHaveArrived: true };
  let e = error;
  for (; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (e.name === "PermissionDenied" || e.name === "NotCapable")
      return { failure: "blocked", mayHaveArrived: false };
    if (e.message === "bad port" || code === "ERR_INVALID_URL")
      return { failure: "blocked", mayHaveArrived: false };
    if (!(e.cause instanceof Error))
      return {
        failure: "network",
        mayHaveArrived: !NEVER_SENT.has(code as string),
      };
  }
  return { failure: "network", mayHaveArrived: true };
}
