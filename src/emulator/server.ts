// `startEmulator`: an emulated Civis API on a loopback port, for tests, the
// demo and the CLI.
import { createEmulatorApp } from "./app.js";
import type { EmulatorAppOptions } from "./app.js";
import type { EmulatorApp, RequestFilter, RequestRecord } from "./engine.js";
import type { FaultOptions } from "./faults.js";
import { serve } from "./node-http.js";
import type { State } from "./state.js";
import type { EmulatorUser } from "./types.js";

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
  /** The seeded users with their API keys (this instance's own, random). */
  users: readonly EmulatorUser[];
  /** The in-process app: state, handle(), request log. */
  app: EmulatorApp<State>;
  /** Requests answered so far (see `RequestRecord`). */
  readonly requests: readonly RequestRecord[];
  requestCount(filter?: RequestFilter): number;
  resetRequests(): void;
  setFaults(faults?: FaultOptions): void;
  /** Stops the server and closes keep-alive connections. */
  close(): Promise<void>;
}

/**
 * Starts an emulator over HTTP, e.g. in a test:
 * `const emu = await startEmulator(); ... await emu.close();`
 */
export async function startEmulator(
  options: StartEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { port = 0, host = "127.0.0.1", ...appOptions } = options;
  const app = createEmulatorApp(appOptions);
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
    close: () => serving.close(),
  };
}
