// `civis-api/emulator`: a local, stateful Civis API for the five resources.
export { startEmulator } from "./server.js";
export type { RunningEmulator, StartEmulatorOptions } from "./server.js";
export { createEmulatorApp, completeUsers } from "./app.js";
export type { EmulatorAppOptions } from "./app.js";
export { createEngine } from "./engine.js";
export type {
  EmulatorApp,
  EngineOptions,
  RateLimitOptions,
  RequestFilter,
  RequestRecord,
} from "./engine.js";
export type { FaultOptions, FaultStep } from "./faults.js";
export { serve } from "./node-http.js";
export type { ServeOptions, Serving } from "./node-http.js";
export { defaultSpecPath, loadSpec, parseSpec } from "./spec.js";
export type { EmulatorSpec, SpecOperation, SpecParameter } from "./spec.js";
export type { State } from "./state.js";
export { ApiError } from "./types.js";
export type {
  EmulatorUser,
  Handler,
  HandlerContext,
  HandlerResult,
} from "./types.js";
