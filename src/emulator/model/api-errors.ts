// The errors the emulator answers with, and the one place that builds
// Civis's error body, `{error, errorDescription, code}`: handlers and the
// engine throw an ApiError, and everything else that answers an error (the
// node adapter, injected faults, a failed save) builds its body here too.

/** Civis's error body. */
export interface ErrorBody {
  error: string;
  errorDescription: string;
  code: number;
}

/** The error body of an answer with status `code`. */
export function errorBody(
  code: number,
  error: string,
  errorDescription: string,
): ErrorBody {
  return { error, errorDescription, code };
}

/** Thrown by handlers and the engine; answered with its status, headers and error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(errorDescription);
    this.name = "ApiError";
  }

  /** The body of the answer. */
  body(): ErrorBody {
    return errorBody(this.status, this.error, this.errorDescription);
  }
}

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

/** A 500's body: the emulator's own failure, described without request data. */
export function internalErrorBody(
  errorDescription = "An unexpected error occurred in the emulator.",
): ErrorBody {
  return errorBody(500, "internal_server_error", errorDescription);
}
