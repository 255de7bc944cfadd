// `startEmulator`: an emulated Civis API on a loopback port, for tests, the
// demo and the CLI.
import { createEmulatorApp } from "./app.js";
import type { EmulatorApp, EmulatorAppOptions } from "./app.js";
import type { RequestFilter, RequestRecord } from "./engine/engine.js";
import type { FaultOptions } from "./engine/faults.js";
import { serve } from "./engine/node-http.js";
import type { EmulatorUser } from "./model/state.js";

export interface StartEmulatorOptions extends EmulatorAppOptions {
  /** 0 (default) picks a free port; read it back from `url`/`port`. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`, no trailing slash: use as `baseUrl`. */
  url: string;
  port: number;
  /** The users with their API keys (random unless fixed by `keys`, `users` or the data file). */
  users: readonly EmulatorUser[];
  /** The in-process app: state, handle(), request log. */
  app: EmulatorApp;
  /** Requests answered so far (see `RequestRecord`). */
  readonly requests: readonly RequestRecord[];
  requestCount(filter?: RequestFilter): number;
  resetRequests(): void;
  setFaults(faults?: FaultOptions): void;
  /** Back to the fixtures (or the seeded state), with the request log cleared; see `EmulatorApp.reset`. */
  reset(): Promise<void>;
  /** Stops the server and closes keep-alive connections. */
  close(): Promise<void>;
}

/**
 * Starts an emulator over HTTP, e.g. in a test:
 * `const emu = await startEmulator(); ... await emu.close();`
 * Rejects, before listening, when the fixtures or the data file are refused.
 */
export async function startEmulator(
  options: StartEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { port = 0, host = "127.0.0.1", ...appOptions } = options;
  const app = createEmulatorApp(appOptions);
  await app.ready;
  const serving = await serve(app.handle, { port, host });
  return {
    url: serving.url,
    port: serving.port,
    users: app.users,
    app,
    get requests() {
      return app.requests;
    },
    requestCount: (filter) => app.requestCount(filter),
    resetRequests: () => app.resetRequests(),
    setFaults: (faults) => app.setFaults(faults),
    reset: () => app.reset(),
    close: () => serving.close(),
  };
}
