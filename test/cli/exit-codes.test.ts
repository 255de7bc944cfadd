// Every exit code of the bin, each with the library's message on stderr and
// nothing on stdout: usage 2, API 4xx 3, auth 4, network or timeout 5,
// invalid response 6, and 1 for a 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChaosProxy } from "../helpers/chaos-proxy.js";
import { refusedUrl } from "../helpers/loopback.js";
import { runCli, startCliEmulator, type CliEmulator } from "./run-cli.js";

let cli: CliEmulator;
beforeAll(async () => {
  cli = await startCliEmulator();
});
afterAll(() => cli.close());

describe("exit codes", () => {
  it("2: an unknown flag prints the method's usage; nothing is sent", async () => {
    cli.emulator.resetRequests();
    const ran = await runCli(["groups", "list", "--lmit", "5"], cli.env);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(
      /^civis-api: groups\.list: unknown flag --lmit\n\nUsage: civis-api groups list \[options\]\n/,
    );
    expect(ran.stderr).toContain("  --limit <integer>");
    expect(cli.emulator.requestCount()).toBe(0);
  });

  it("2: a wrong count of positionals", async () => {
    const ran = await runCli(["groups", "put_members", "3"], cli.env);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^civis-api: groups\.put_members takes 2 arguments \(id, user_id\); got 1\n\nUsage: civis-api groups put_members <id> <user_id> \[options\]\n/,
    );
  });

  it("2: a value the client rejects, with the client's message; nothing is sent", async () => {
    cli.emulator.resetRequests();
    const zero = await runCli(["groups", "get", "0"], cli.env);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe(
      "civis-api: groups.get: id must be at least 1 (got 0)\n\nRun `civis-api groups get --help` for its arguments.\n",
    );
    const text = await runCli(["groups", "list", "--limit", "ten"], cli.env);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(
      "civis-api: groups.list: limit must be an integer (got string)\n",
    );
    const level = await runCli(
      ["groups", "put_shares_users", "1", "2,3", "owner"],
      cli.env,
    );
    expect(level.code).toBe(2);
    expect(level.stderr).toContain(
      'civis-api: groups.put_shares_users: permission_level must be one of "read", "write", "manage"\n',
    );
    expect(cli.emulator.requestCount()).toBe(0);
  });

  it("2: an unknown resource or method", async () => {
    const resource = await runCli(["gruops", "list"], cli.env);
    expect(resource.code).toBe(2);
    expect(resource.stderr).toMatch(/^civis-api: unknown resource "gruops"\n/);
    const method = await runCli(["groups", "lsit"], cli.env);
    expect(method.code).toBe(2);
    expect(method.stderr).toMatch(/^civis-api: groups has no method "lsit"\n/);
  });

  it("3: the API refuses (404)", async () => {
    const ran = await runCli(["groups", "get", "999"], cli.env);
    expect(ran).toEqual({
      code: 3,
      stdout: "",
      stderr:
        "civis-api: (404) The requested group could not be found. (GET /groups/999)\n",
    });
  });

  it("4: a key the API refuses (401), or none at all", async () => {
    const wrong = await runCli(["groups", "get", "1"], {
      ...cli.env,
      CIVIS_API_KEY: "not-a-key",
    });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toMatch(
      /^civis-api: \(401\) .*\(GET \/groups\/1\)\n$/,
    );
    const none = await runCli(["groups", "get", "1"], {
      CIVIS_API_ENDPOINT: cli.env.CIVIS_API_ENDPOINT!,
    });
    expect(none).toEqual({
      code: 4,
      stdout: "",
      stderr:
        "civis-api: no API key: set the CIVIS_API_KEY environment variable\n",
    });
  });

  it("5: no server (connection refused)", async () => {
    const ran = await runCli(["groups", "get", "1", "--retries", "0"], {
      ...cli.env,
      CIVIS_API_ENDPOINT: await refusedUrl(),
    });
    expect(ran.code).toBe(5);
    expect(ran.stderr).toBe(
      "civis-api: Connection failed: ECONNREFUSED (GET /groups/1)\n",
    );
  });

  it("5: a timeout", async () => {
    cli.emulator.setFaults({ latencyMs: 3000 });
    try {
      const ran = await runCli(
        ["groups", "get", "1", "--timeout", "100", "--retries", "0"],
        cli.env,
      );
      expect(ran.code).toBe(5);
      expect(ran.stderr).toBe(
        "civis-api: Request timed out after 100 ms (1 try) (GET /groups/1)\n",
      );
    } finally {
      cli.emulator.setFaults();
    }
  });

  it("6: an invalid response (a 200 that is not JSON)", async () => {
    const proxy = await startChaosProxy({ target: cli.emulator.url });
    proxy.script(["not-json"]);
    try {
      const ran = await runCli(["groups", "get", "1", "--retries", "0"], {
        ...cli.env,
        CIVIS_API_ENDPOINT: proxy.url,
      });
      expect(ran.code).toBe(6);
      expect(ran.stdout).toBe("");
      expect(ran.stderr).toMatch(
        /^civis-api: \(200\) Invalid response: .*\(GET \/groups\/1\)\n$/,
      );
    } finally {
      await proxy.close();
    }
  });

  it("1: a server error (500)", async () => {
    cli.emulator.setFaults({ script: [500] });
    try {
      const ran = await runCli(["groups", "get", "1"], cli.env);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toMatch(
        /^civis-api: \(500\) .*\(GET \/groups\/1\)\n$/,
      );
    } finally {
      cli.emulator.setFaults();
    }
  });
});
