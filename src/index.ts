// civis-api: a typed client for the Civis Platform API.
export { APIClient, DEFAULT_BASE_URL, type ClientOptions } from "./client.js";
export type { CallOptions } from "./call-options.js";
export type { LogEntry } from "./send.js";
export { responseMeta, type ResponseMeta } from "./response-meta.js";
export type {
  Inputs,
  Method,
  MethodOptions,
  MethodResult,
  Resource,
  Result,
  Snake,
  SnakeCase,
} from "./method-types.js";
export {
  methods,
  aliases,
  type MethodSpec,
  type Methods,
  type ResourceName,
  type Route,
} from "./methods.js";
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
