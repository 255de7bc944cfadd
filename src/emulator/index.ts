// `civis-api/emulator`: a local, stateful Civis API for the five resources.
// Every name exported here is a promise to users (pinned by
// test/package/exports.test.ts); the rest is internal.
export { startEmulator } from "./server.js";
export type { RunningEmulator, StartEmulatorOptions } from "./server.js";
export { createEmulatorApp } from "./app.js";
export type { EmulatorApp, EmulatorAppOptions } from "./app.js";
export type { EmulatorFixtures } from "./fixtures.js";
export type {
  RateLimitOptions,
  RequestFilter,
  RequestRecord,
} from "./engine/engine.js";
export type { FaultOptions, FaultStep } from "./engine/faults.js";
export type { EmulatorUser } from "./model/state.js";
