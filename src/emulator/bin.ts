#!/usr/bin/env node
// civis-api-emulator: serves the emulated Civis API until SIGINT/SIGTERM.
import { main } from "./main.js";

async function run(): Promise<void> {
  const emulator = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  if (typeof emulator === "number") process.exit(emulator);
  const shutdown = () => {
    process.off("SIGINT", shutdown);
    process.off("SIGTERM", shutdown);
    emulator.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        process.stderr.write(
          `civis-api-emulator: close failed: ${String(error)}\n`,
        );
        process.exitCode = 1;
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`civis-api-emulator: ${message}\n`);
  process.exit(1);
});
