// The civis-api-emulator command: its options, the start, and what it
// prints. bin.ts runs it in a process of its own, which it stops on
// SIGINT/SIGTERM; tests run it in theirs.
import { parseArgs } from "node:util";
import { FETCH_BAD_PORTS } from "./engine/bad-ports.js";
import { startEmulator, type RunningEmulator } from "./server.js";
import type { FaultOptions } from "./engine/faults.js";
import { readFixtureFile } from "./fixtures.js";
import { keysFromEnv, mergeKeys, readKeyFile } from "./model/keys.js";
import { EmulatorSetupError } from "./model/setup-error.js";

/** The fixed default port, so that a README's CIVIS_API_ENDPOINT works as is. */
const DEFAULT_PORT = 4010;

const HELP = `Usage: civis-api-emulator [options]

A local, stateful Civis API (match targets, JSON values, permission sets,
groups, credentials) for trying and testing clients. Prints its URL and the
users' API keys (random, unless fixed or kept in a data file), then serves
until Ctrl+C or SIGTERM.

Options:
  --port <n>          port to listen on (default ${DEFAULT_PORT}; 0 picks a free one;
                      not one of the ports fetch refuses, such as 6000)
  --host <host>       interface to bind (default 127.0.0.1)
  --json              print one JSON line {"url","users":[{id,username,apiKey}]}
                      on stdout and nothing else
  --fault-rate <r>    answer this fraction (0..1) of requests with 503 or 429
                      (half each, with Retry-After)
  --retry-after <s>   Retry-After seconds on injected faults (default 1)
  --latency <ms>      delay every response by this many milliseconds
                      (at most 2147483647, the longest timer)
  --seed <n>          seed of the fault PRNG, for repeatable runs (default 1)
  --validate          check every answer against the spec's response schemas;
                      a mismatch is a 500 naming it, and a line on stderr
  --data <file>       keep the state (objects, ids, keys) in this file: loaded
                      at start if it exists, else created; replaced atomically
                      after every write, before the answer. Refused (exit 2),
                      never overwritten, when it cannot be read
  --keys <file>       fixed API keys: a JSON object {"1": "<key>", ...} of
                      user id to key (8 to 256 visible ASCII characters, no ':')
  --fixtures <file>   objects to start with (JSON or YAML; see README), made
                      through the API; a refused entry is named (exit 2).
                      POST /__emulator/reset with an admin's key returns to
                      them. With an existing --data file, the file wins
  -h, --help          show this help

Environment:
  CIVIS_EMULATOR_KEY_<id>   the API key of user <id>, as in --keys (a user
                            given a key by both is refused)
`;

/** Where the command writes, and the environment it reads keys from. */
export interface EmulatorCommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/** A command line the command refuses: exit code 2, with the help. */
class UsageError extends Error {}

/** The longest delay a timer can wait; setTimeout fires at once beyond it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function numberOption(
  name: string,
  raw: string | undefined,
  check: (n: number) => boolean,
  why = "",
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(
      `invalid --${name}: ${JSON.stringify(raw.slice(0, 40))}${why}`,
    );
  }
  return n;
}

/**
 * Runs the command: the running emulator once it serves, or the exit code
 * to end with (0 after --help, 2 for options or files it refuses).
 */
export async function main(
  argv: string[],
  io: EmulatorCommandIO,
): Promise<RunningEmulator | number> {
  try {
    return await start(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`civis-api-emulator: ${error.message}\n\n${HELP}`);
    return 2;
  }
}

async function start(
  argv: string[],
  io: EmulatorCommandIO,
): Promise<RunningEmulator | number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        json: { type: "boolean", default: false },
        "fault-rate": { type: "string" },
        "retry-after": { type: "string" },
        latency: { type: "string" },
        seed: { type: "string" },
        validate: { type: "boolean", default: false },
        data: { type: "string" },
        keys: { type: "string" },
        fixtures: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }

  const port =
    numberOption(
      "port",
      values.port,
      (n) =>
        Number.isInteger(n) && n >= 0 && n < 65536 && !FETCH_BAD_PORTS.has(n),
      " (an integer 0..65535, not a port fetch refuses to connect to, such as 6000 or 6667)",
    ) ?? DEFAULT_PORT;
  const rate = numberOption(
    "fault-rate",
    values["fault-rate"],
    (n) => n >= 0 && n <= 1,
  );
  const retryAfter = numberOption(
    "retry-after",
    values["retry-after"],
    (n) => n >= 0,
  );
  const latency = numberOption(
    "latency",
    values.latency,
    (n) => n >= 0 && n <= MAX_TIMER_MS,
    ` (0..${MAX_TIMER_MS} ms, the longest a timer waits)`,
  );
  const seed = numberOption("seed", values.seed, Number.isInteger);
  const faults: FaultOptions = {
    rate503: rate === undefined ? undefined : rate / 2,
    rate429: rate === undefined ? undefined : rate / 2,
    retryAfterSeconds: retryAfter,
    latencyMs: latency,
    seed,
  };

  let emulator;
  try {
    emulator = await startEmulator({
      port,
      host: values.host,
      faults,
      validateResponses: values.validate,
      dataFile: values.data,
      keys: mergeKeys(
        values.keys === undefined ? {} : readKeyFile(values.keys),
        keysFromEnv(io.env),
      ),
      fixtures:
        values.fixtures === undefined
          ? undefined
          : readFixtureFile(values.fixtures),
    });
  } catch (error) {
    if (!(error instanceof EmulatorSetupError)) throw error;
    io.stderr.write(`civis-api-emulator: ${error.message}\n`);
    return 2;
  }
  const users = emulator.users.map(({ id, username, apiKey }) => ({
    id,
    username,
    apiKey,
  }));

  if (values.json) {
    io.stdout.write(`${JSON.stringify({ url: emulator.url, users })}\n`);
  } else {
    const first = users[0];
    const lines = [
      `Civis API emulator listening on ${emulator.url}`,
      "",
      "Users (send the API key as the HTTP Basic user name, or as a Bearer token):",
      ...emulator.users.map(
        (u) =>
          `  ${u.id}  ${u.username.padEnd(10)} ${u.admin ? "admin " : "      "} ${u.apiKey}`,
      ),
      "",
      ...(first
        ? [
            "Try:",
            `  export CIVIS_API_ENDPOINT=${emulator.url} CIVIS_API_KEY=${first.apiKey}`,
            `  curl -u "$CIVIS_API_KEY:" $CIVIS_API_ENDPOINT/groups`,
            "",
          ]
        : []),
      ...(values.data ? [`State kept in ${values.data}`, ""] : []),
      "Press Ctrl+C to stop.",
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return emulator;
}
