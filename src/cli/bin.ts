#!/usr/bin/env node
// civis-api: every method of the Civis API from the shell (see main.ts).
import { main } from "./main.js";

// Output piped into `head` and cut short is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: () => process.stdin,
});
