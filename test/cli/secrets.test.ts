// The API key (and a password typed as an argument) appears nowhere in what
// the command line writes, on success, on every kind of failure, in every
// format.
import { expect, it } from "vitest";
import { runInProcess, useCliEmulator } from "./run-cli.js";

const cli = useCliEmulator();

it("never prints the key or a password", async () => {
  const key = cli.env.CIVIS_API_KEY!;
  const password = "hunter2-hunter2";
  const runs = [
    ["groups", "get", "1"],
    ["groups", "get", "1", "--raw"],
    ["groups", "list", "--table", "--iterator", "--limit", "1"],
    ["groups", "get", "999"],
    ["groups", "get", "0"],
    ["groups", "list", "--bogus"],
    ["credentials", "post", "Custom", "robot", password],
    ["credentials", "list", "--raw"],
    ["credentials", "post", "NoSuchType", "robot", password],
    ["credentials", "post_authenticate", "x", "postgres", "robot", password],
    ["groups", "get", "1", "--timeout", "-1"],
  ];
  const outputs: string[] = [];
  for (const args of runs) {
    const ran = await runInProcess(args, cli.env);
    outputs.push(ran.stdout, ran.stderr);
  }
  // A refused key is not printed either.
  const refused = await runInProcess(["groups", "get", "1"], {
    ...cli.env,
    CIVIS_API_KEY: `${key}-revoked`,
  });
  expect(refused.code).toBe(4);
  outputs.push(refused.stdout, refused.stderr);

  const all = outputs.join("\n");
  expect(all).toContain("robot"); // the runs did print their results
  expect(all).not.toContain(key);
  expect(all).not.toContain(key.slice(0, 16));
  expect(all).not.toContain(password);
});
