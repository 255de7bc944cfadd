// `--help` at each level (a method's help as a literal snapshot) and the
// shell completion scripts, bash's run by bash itself.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnv, root, runInProcess } from "./run-cli.js";

describe("--help", () => {
  it("a method's arguments with the spec's descriptions (snapshot)", async () => {
    const ran = await runInProcess(
      ["groups", "put_shares_users", "--help"],
      {},
    );
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    expect(ran.stdout)
      .toBe(`Usage: civis-api groups put_shares_users <id> <user_ids> <permission_level> [options]

Set the permissions users have on this object

PUT /groups/{id}/shares/users

Arguments:
  <id>                      The ID of the resource that is shared. (integer >=1)
  <user_ids>                An array of one or more user IDs. (integers >=1,
                            comma-separated)
  <permission_level>        Options are "read", "write", or "manage".
                            (read|write|manage)

Options:
  --share_email_body <string>
                            Custom body text for e-mail sent on a share.
  --[no-]send_shared_email  Send email to the recipients of a share.

Output and call:
  --table                   a table for people, fit to the terminal
  --raw                     the body as the API sent it (wire format)
  --timeout <ms>            timeout of each try, in ms (default 60000)
  --retries <n>             most retries on 429, 5xx, network errors; 0 for none
  -h, --help                this help

Flags take dashes for underscores too: --share-email-body.

Any value can be read from a file: @path (trailing line breaks dropped), or @-
for standard input; @@ starts a value with a literal @.
`);
  });

  it("a resource's methods and aliases", async () => {
    const ran = await runInProcess(["groups", "--help"], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      "  put_members               Add a user to a group\n",
    );
    expect(ran.stdout).toContain(
      "Aliases:\n  get_shares                = list_shares\n  get_child_groups          = list_child_groups\n",
    );
  });

  it("resources, environment and exit codes; no key needed", async () => {
    const ran = await runInProcess(["--help"], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      "  credentials               Credentials for remote hosts and services.\n",
    );
    expect(ran.stdout).toContain(
      [
        "Exit codes:",
        "  0   success",
        "  1   the API failed (5xx after retries), or an unexpected error",
        "  2   usage: unknown resource, method or flag, wrong number of arguments, a",
        "      value the client rejects",
        "  3   the API refused the request (4xx other than 401)",
        "  4   authentication: no CIVIS_API_KEY, or the API refused it (401)",
        "  5   network failure or timeout",
        "  6   invalid response: a 2xx body that is not what the API declares, or a",
        "      redirect",
        "",
      ].join("\n"),
    );
    expect(ran.stdout).toContain("CIVIS_API_KEY");
    expect(ran.stdout).toContain("CIVIS_API_ENDPOINT");
  });

  it("no arguments: the help on stderr, exit 2", async () => {
    const ran = await runInProcess([], {});
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^civis-api: no resource given\n\nUsage: /);
  });
});

describe("completion", () => {
  let bin = "";
  beforeAll(() => {
    // `civis-api` on PATH, as an installed package puts it.
    bin = mkdtempSync(join(tmpdir(), "civis-api-completion-"));
    writeFileSync(
      join(bin, "civis-api"),
      `#!/bin/sh\nexec "${process.execPath}" --import tsx "${join(root, "src/cli/bin.ts")}" "$@"\n`,
    );
    chmodSync(join(bin, "civis-api"), 0o755);
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  it("bash: the script sourced, and what bash offers from it", () => {
    const script = `
source <(civis-api completion bash)
words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _civis_api; printf '%s\\n' "\${COMPREPLY[@]}" ---; }
words civis-api gro
words civis-api groups list --order_dir ""
`;
    const ran = spawnSync("bash", ["-c", script], {
      cwd: root,
      env: baseEnv({ PATH: `${bin}:${process.env.PATH ?? ""}` }),
      encoding: "utf8",
    });
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe(
      ["groups", "---", "asc", "desc", "---", ""].join("\n"),
    );
  }, 60_000);

  it.each([
    [["gro"], "groups\n"],
    [["groups", "put_m"], "put_members\n"],
    [["groups", "list", "--order_d"], "--order_dir\n"],
    [["groups", "list", "--order_dir", ""], "asc\ndesc\n"],
    [
      ["groups", "put_shares_users", "--share_email_body", "hi", "1", "2", ""],
      "read\nwrite\nmanage\n",
    ],
    [["completion", ""], "bash\nzsh\n"],
  ])("bash candidates after %j", async (words, candidates) => {
    const ran = await runInProcess(["__complete", "bash", ...words], {});
    expect(ran).toEqual({ code: 0, stdout: candidates, stderr: "" });
  });

  it("zsh: a compdef script; candidates with their descriptions", async () => {
    const script = await runInProcess(["completion", "zsh"], {});
    expect(script.stdout).toMatch(/^#compdef civis-api\n/);
    expect(script.stdout).toContain("_describe");
    const ran = await runInProcess(
      ["__complete", "zsh", "credentials", "post_"],
      {},
    );
    expect(ran.stdout).toBe(
      "post_authenticate:Authenticate against a remote host\npost_temporary:Generate a temporary credential for accessing S3\n",
    );
  });

  it("an unknown shell is a usage error", async () => {
    const ran = await runInProcess(["completion", "fish"], {});
    expect(ran.code).toBe(2);
  });
});
