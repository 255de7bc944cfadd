// civis-api: a typed client for the Civis Platform API.
export { APIClient, DEFAULT_BASE_URL, type ClientOptions } from "./client.js";
export type { CallOptions } from "./call-options.js";
export type { LogEntry } from "./send.js";
export { responseMeta, type ResponseMeta } from "./response-meta.js";
export type {
  Method,
  MethodOptions,
  MethodResult,
  Resource,
  Snake,
  SnakeCase,
} from "./method-types.js";
export { methods, aliases, type ResourceName } from "./methods.js";
export * from "./errors.js";
export type { RetryOptions } from "./transport/retry-policy.js";
export type { paths, operations, components } from "../generated/schema.js";
