// civis-api: a typed client for the Civis Platform API. Every name exported
// here is a promise to users (pinned by test/package/exports.test.ts); the
// rest is internal and imported from its module.
export { APIClient, type ClientOptions } from "./client.js";
export type { CallOptions, IteratorOptions } from "./methods/call-options.js";
export type { LogEntry } from "./http/log-entry.js";
export type { RetryOptions, RetrySetting } from "./http/retry-policy.js";
export type {
  MethodResult,
  Resource,
  ResourceName,
} from "./methods/method-types.js";
export { responseMeta, type ResponseMeta } from "./http/response-meta.js";
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
