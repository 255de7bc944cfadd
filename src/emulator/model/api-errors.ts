// The error bodies the resources raise, with Civis's `error` codes. The
// engine renders an ApiError as `{error, errorDescription, code}`.
import { ApiError } from "../engine/handler-types.js";

/** 404: missing, or hidden from the caller (reading is not allowed). */
export function notFound(what = "resource"): ApiError {
  return new ApiError(
    404,
    "not_found",
    `The requested ${what} could not be found.`,
  );
}

/** 403: the caller can read the object but lacks the level the change needs. */
export function forbidden(description: string): ApiError {
  return new ApiError(403, "forbidden", description);
}

/** 400: a semantic check on the input failed; the text names the field. */
export function badRequest(description: string): ApiError {
  return new ApiError(400, "bad_request", description);
}

/** 409: a name that must be unique is taken (spec: permission-set resources). */
export function conflict(description: string): ApiError {
  return new ApiError(409, "conflict", description);
}
