// Every exit code of the command line, each with the library's message on
// stderr and nothing on stdout: usage 2, API 4xx 3, auth 4, network or
// timeout 5, invalid response 6, and 1 for a 5xx. A usage error sends
// nothing. Run in this process; the bin itself, as a child process, for what
// only a process shows: its exit code, and a reader that leaves early.
import { once } from "node:events";
import { describe, expect, it, onTestFinished } from "vitest";
import type { FaultOptions } from "../../src/emulator/index.js";
import { startChaosProxy } from "../helpers/chaos-proxy.js";
import { refusedUrl } from "../helpers/loopback.js";
import { runCli, runInProcess, spawnCli, useCliEmulator } from "./run-cli.js";

const cli = useCliEmulator();

type Env = Record<string, string>;

/** The emulator with `faults` for this test only. */
const faulty = (faults: FaultOptions) => (): Env => {
  cli.emulator.setFaults(faults);
  onTestFinished(() => cli.emulator.setFaults());
  return cli.env;
};

/** The chaos proxy in front of the emulator, spoiling the first answer. */
async function throughNotJson(): Promise<Env> {
  const proxy = await startChaosProxy({ target: cli.emulator.url });
  proxy.script(["not-json"]);
  onTestFinished(() => proxy.close());
  return { ...cli.env, CIVIS_API_ENDPOINT: proxy.url };
}

/** [title, arguments, environment (default: user 1's), exit code, stderr] */
const cases: [
  string,
  string[],
  (() => Env | Promise<Env>) | null,
  number,
  unknown,
][] = [
  [
    "2: an unknown flag prints the method's usage",
    ["groups", "list", "--lmit", "5"],
    null,
    2,
    expect.stringMatching(
      /^civis-api: groups\.list: unknown flag --lmit\n\nUsage: civis-api groups list \[options\]\n[^]*\n {2}--limit <integer>/,
    ),
  ],
  [
    "2: a wrong count of positionals",
    ["groups", "put_members", "3"],
    null,
    2,
    expect.stringMatching(
      /^civis-api: groups\.put_members takes 2 arguments \(id, user_id\); got 1\n\nUsage: civis-api groups put_members <id> <user_id> \[options\]\n/,
    ),
  ],
  [
    "2: an id the client rejects, with the client's message",
    ["groups", "get", "0"],
    null,
    2,
    "civis-api: groups.get: id must be at least 1 (got 0)\n\nRun `civis-api groups get --help` for its arguments.\n",
  ],
  [
    "2: text for an integer",
    ["groups", "list", "--limit", "ten"],
    null,
    2,
    "civis-api: groups.list: limit must be an integer (got string)\n\nRun `civis-api groups list --help` for its arguments.\n",
  ],
  [
    "2: a permission level outside the enum",
    ["groups", "put_shares_users", "1", "2,3", "owner"],
    null,
    2,
    'civis-api: groups.put_shares_users: permission_level must be one of "read", "write", "manage"\n\nRun `civis-api groups put_shares_users --help` for its arguments.\n',
  ],
  [
    "2: an unknown resource",
    ["gruops", "list"],
    null,
    2,
    expect.stringMatching(/^civis-api: unknown resource "gruops"\n/),
  ],
  [
    "2: an unknown method",
    ["groups", "lsit"],
    null,
    2,
    expect.stringMatching(/^civis-api: groups has no method "lsit"\n/),
  ],
  [
    "3: the API refuses (404)",
    ["groups", "get", "999"],
    null,
    3,
    "civis-api: (404) The requested group could not be found. (GET /groups/999)\n",
  ],
  [
    "4: a key the API refuses (401)",
    ["groups", "get", "1"],
    () => ({ ...cli.env, CIVIS_API_KEY: "not-a-key" }),
    4,
    expect.stringMatching(/^civis-api: \(401\) .*\(GET \/groups\/1\)\n$/),
  ],
  [
    "4: no key at all",
    ["groups", "get", "1"],
    () => ({ CIVIS_API_ENDPOINT: cli.env.CIVIS_API_ENDPOINT! }),
    4,
    "civis-api: no API key: set the CIVIS_API_KEY environment variable\n",
  ],
  [
    "5: no server (connection refused)",
    ["groups", "get", "1", "--retries", "0"],
    async () => ({ ...cli.env, CIVIS_API_ENDPOINT: await refusedUrl() }),
    5,
    "civis-api: Connection failed: ECONNREFUSED (GET /groups/1)\n",
  ],
  [
    "5: a timeout",
    ["groups", "get", "1", "--timeout", "100", "--retries", "0"],
    faulty({ latencyMs: 3000 }),
    5,
    "civis-api: Request timed out after 100 ms (1 try) (GET /groups/1)\n",
  ],
  [
    "6: an invalid response (a 200 that is not JSON)",
    ["groups", "get", "1", "--retries", "0"],
    throughNotJson,
    6,
    expect.stringMatching(
      /^civis-api: \(200\) Invalid response: .*\(GET \/groups\/1\)\n$/,
    ),
  ],
  [
    "1: a server error (500)",
    ["groups", "get", "1"],
    faulty({ script: [500] }),
    1,
    expect.stringMatching(/^civis-api: \(500\) .*\(GET \/groups\/1\)\n$/),
  ],
];

describe("exit codes", () => {
  it.each(cases)("%s", async (_, args, env, code, stderr) => {
    cli.emulator.resetRequests();
    const ran = await runInProcess(args, env ? await env() : cli.env);
    expect(ran).toEqual({ code, stdout: "", stderr });
    if (code === 2) expect(cli.emulator.requestCount()).toBe(0);
  });
});

describe("the bin as a process", () => {
  it.each(cases.filter(([title]) => /^(2: an id|3: )/.test(title)))(
    "exits with the code: %s",
    async (_, args, env, code, stderr) => {
      expect(env).toBeNull();
      const ran = await runCli(args, cli.env);
      expect(ran).toEqual({ code, stdout: "", stderr });
    },
  );

  it("a reader that leaves early, as `| head -1` does: exit 0, nothing on stderr, no more pages", async () => {
    // Each page comes 200 ms after the last was asked for: the reader has
    // gone by the second.
    cli.emulator.setFaults({
      latencyMs: 200,
      only: (method, path) => method === "GET" && path === "/groups",
    });
    onTestFinished(() => cli.emulator.setFaults());
    cli.emulator.resetRequests();
    const args = ["groups", "list", "--limit", "1", "--iterator"];
    const child = spawnCli(args, cli.env);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "close")) as [number | null];
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    // The 3 seeded groups, one a page: the second page is asked for before
    // its item finds the reader gone, the third never.
    expect(cli.emulator.requestCount({ operationId: "groups_list" })).toBe(2);
  });
});
