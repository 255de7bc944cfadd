// civis-api: a typed client for the Civis Platform API.
export { APIClient, DEFAULT_BASE_URL, type ClientOptions } from "./client.js";
export type { CallOptions } from "./call-options.js";
export type { LogEntry } from "./send.js";
export { responseMeta, type ResponseMeta } from "./response-meta.js";
export type {
  MethodResult,
  Methods,
  Resource,
  ResourceName,
} from "./method-types.js";
export { methods } from "../generated/methods.js";
export { aliases } from "./aliases.js";
export type { ArgInfo, BodyKind, MethodSpec, Route } from "./method-spec.js";
export {
  CivisAPIError,
  CivisAuthenticationError,
  CivisConnectionError,
  CivisError,
  CivisInvalidResponseError,
  CivisNotFoundError,
  CivisPermissionError,
  CivisRateLimitError,
  CivisServerError,
  CivisTimeoutError,
  CivisValidationError,
} from "./errors.js";
export type { RetryOptions, RetrySetting } from "./transport/retry-policy.js";
export type { paths, operations, components } from "../generated/schema.js";
