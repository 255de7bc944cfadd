// A Node line for `npm run test:runtimes`: the client scenario, the
// `civis-api` bin and the `civis-api-emulator` bin, each run by that Node and
// paired with a known-good counterpart (the emulator run.ts started, the
// scenario run here), so a failure names the part that broke. The bins are
// the build output, as the package ships them. Anything a Node line writes to
// stderr where nothing is expected (a deprecation warning) fails it too.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { runScenario, type ScenarioTarget } from "./scenario.js";

/** Where run.ts put things: the scenario bundle and a built package. */
export interface NodeFiles {
  bundle: string;
  /** A directory holding `dist/` as `npm run build` writes it, and node_modules. */
  built: string;
  /** The working directory of every child: out of the repository. */
  cwd: string;
}

const TIMEOUT = 60_000;

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(what);
}

/** The child's environment: nothing from this process but PATH and HOME. */
const envWith = (env: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  NO_COLOR: "1",
  ...env,
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>`; resolves with its exit code and output, whatever they are. */
async function runNode(
  node: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Ran> {
  return promisify(execFile)(node, args, {
    cwd,
    env: envWith(env),
    encoding: "utf8",
    timeout: TIMEOUT,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: unknown; stdout?: string; stderr?: string }) => {
      // A spawn failure (ENOENT) or a kill by the timeout: no exit code.
      if (typeof error.code !== "number")
        throw new Error(`could not run: ${String(error.code ?? "killed")}`);
      return {
        code: error.code,
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      };
    },
  );
}

/** The last lines of a child's stderr, for a failure message. */
const tail = (text: string) => text.trim().split("\n").slice(-3).join(" | ");

/** The scenario bundle as a main module, as Deno and Bun run it. */
async function scenario(
  node: string,
  files: NodeFiles,
  { baseUrl, apiKey }: ScenarioTarget,
): Promise<string> {
  const ran = await runNode(node, [files.bundle, baseUrl, apiKey], files.cwd);
  check(
    ran.code === 0 && ran.stderr === "",
    `scenario: exit ${ran.code}: ${tail(ran.stderr)}`,
  );
  check(ran.stdout.trim() !== "", "scenario: printed nothing");
  return ran.stdout.trim();
}

/** `civis-api`: a call, `--iterator` into a pipe cut short, two exit codes. */
async function cli(
  node: string,
  files: NodeFiles,
  { baseUrl, apiKey }: ScenarioTarget,
): Promise<void> {
  const bin = join(files.built, "dist/src/cli/bin.js");
  const env = { CIVIS_API_ENDPOINT: baseUrl, CIVIS_API_KEY: apiKey };
  const call = (args: string[]) =>
    runNode(node, [bin, ...args], files.cwd, env);

  const got = await call(["groups", "get", "1"]);
  check(
    got.code === 0 && got.stderr === "",
    `cli groups get 1: exit ${got.code}: ${tail(got.stderr)}`,
  );
  const group = JSON.parse(got.stdout) as { id?: unknown; name?: unknown };
  check(
    group.id === 1 && group.name === "Admins",
    `cli groups get 1: not group 1 "Admins": ${got.stdout.slice(0, 80)}`,
  );

  // One group a page into `head -n 1`, which leaves after the first line: the
  // next page's write (in practice) finds the pipe closed, which the bin must
  // take as the end, not as an error.
  const lister = spawn(
    node,
    [bin, "groups", "list", "--iterator", "--limit", "1"],
    {
      cwd: files.cwd,
      env: envWith(env),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: TIMEOUT,
    },
  );
  const head = spawn("head", ["-n", "1"], {
    stdio: [lister.stdout, "pipe", "ignore"],
    timeout: TIMEOUT,
  });
  let first = "";
  let listerErr = "";
  head.stdout.setEncoding("utf8").on("data", (s: string) => (first += s));
  lister.stderr.setEncoding("utf8").on("data", (s: string) => (listerErr += s));
  // "exit", not "close": this process holds the other end of the pipe that
  // head reads, and never reads it, so it would never see it close.
  const [[listed]] = await Promise.all([
    once(lister, "exit") as Promise<[number | null]>,
    once(head, "close"),
  ]);
  lister.stdout.destroy();
  check(
    listed === 0 && listerErr === "",
    `cli groups list --iterator | head -n 1: exit ${listed}: ${tail(listerErr)}`,
  );
  check(
    /^\{"id":1,"name":"Admins",.*\}\n$/.test(first),
    `cli groups list --iterator | head -n 1: not one line of group 1: ${first.slice(0, 80)}`,
  );

  const missing = await call(["groups", "get", "999999999"]);
  check(
    missing.code === 3 && missing.stdout === "",
    `cli groups get 999999999: exit ${missing.code}, not 3`,
  );
  const unknown = await call(["groups", "nonesuch"]);
  check(
    unknown.code === 2 &&
      unknown.stderr.startsWith("civis-api: groups has no method"),
    `cli groups nonesuch: exit ${unknown.code}, not 2: ${tail(unknown.stderr)}`,
  );
}

/** `civis-api-emulator --port 0 --json --validate` answering the scenario, then stopped by SIGTERM. */
async function emulatorBin(node: string, files: NodeFiles): Promise<void> {
  const child = spawn(
    node,
    [
      join(files.built, "dist/src/emulator/bin.js"),
      "--port",
      "0",
      "--json",
      "--validate",
    ],
    {
      cwd: files.cwd,
      env: envWith(),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: TIMEOUT,
    },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const closed = once(child, "close") as Promise<[number | null]>;
  try {
    const lines = createInterface({ input: child.stdout });
    const [line] = (await Promise.race([
      once(lines, "line"),
      closed.then(() => [undefined]),
    ])) as [string | undefined];
    check(line !== undefined, `emulator bin: no JSON line: ${tail(stderr)}`);
    let started: { url: string; users: { apiKey: string }[] };
    try {
      started = JSON.parse(line) as typeof started;
    } catch {
      // Not the parser's message: it quotes the line, and the line holds keys.
      throw new Error("emulator bin: its first line is not JSON");
    }
    await runScenario({
      baseUrl: started.url,
      apiKey: started.users[0]!.apiKey,
    }).catch((error: unknown) => {
      throw new Error(
        `emulator bin: ${error instanceof Error ? error.message : String(error)} ${tail(stderr)}`,
      );
    });
  } finally {
    child.kill("SIGTERM");
  }
  const [code] = await closed;
  check(
    code === 0 && stderr === "",
    `emulator bin: SIGTERM ended it with exit ${code}: ${tail(stderr)}`,
  );
}

/** Runs every part on the Node at `node`; resolves with its version and a summary. */
export async function runOnNode(
  node: string,
  files: NodeFiles,
  target: ScenarioTarget,
): Promise<{ version: string; summary: string }> {
  const { stdout } = await runNode(node, ["--version"], files.cwd);
  const version = stdout.trim().replace(/^v/, "");
  check(/^\d+\.\d+\.\d+$/.test(version), `no version from ${node}`);
  const summary = await scenario(node, files, target);
  await cli(node, files, target);
  await emulatorBin(node, files);
  return {
    version,
    summary: `${summary}; cli: get, --iterator | head, exits 3 and 2; emulator bin answers it`,
  };
}
