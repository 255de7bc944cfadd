// The command line against hostile data and big or secret values: data is
// shown escaped and measured in terminal columns; any value can come from a
// file or standard input, and what was read is never echoed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderTable } from "../../src/cli/table.js";
import { scripted } from "../helpers/answering-server.js";
import { runCli, runInProcess, useCliEmulator } from "./run-cli.js";

const EVIL = "evil\x1b]0;PWNED\x07\x1b[2J";

const cli = useCliEmulator();
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "civis-api-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("10: no terminal injection; widths in terminal columns", () => {
  const rows = [
    { id: 1, name: EVIL, n: 1 },
    { id: 22, name: "漢字グループ", n: 2 },
    { id: 333, name: "Cafe\u0301 👍 ok", n: 3 },
    { id: 4444, name: "\u202eevil\u009b2J", n: 4 },
  ];

  it("shows control characters escaped, and lines up CJK, emoji and combining marks", () => {
    expect(renderTable("groups", rows, 80)).toBe(
      [
        `id    name${" ".repeat(25)}n`,
        "1     evil\\x1b]0;PWNED\\x07\\x1b[2J  1",
        `22    漢字グループ${" ".repeat(17)}2`,
        `333   Cafe\u0301 👍 ok${" ".repeat(19)}3`,
        `4444  \\u202eevil\\x9b2J${" ".repeat(13)}4`,
        "",
      ].join("\n"),
    );
  });

  it("cuts between characters, never inside one", () => {
    const table = renderTable("groups", rows, 17);
    expect(table).toBe(
      [
        "id    name      n",
        "1     evil\\x1…  1",
        "22    漢字グ…   2",
        "333   Cafe\u0301 👍…  3",
        "4444  \\u202ee…  4",
        "",
      ].join("\n"),
    );
    expect(table).not.toContain("\uFFFD");
    expect(table).not.toMatch(/[\ud800-\udfff]/u); // no half of a pair
  });

  it("prints no control character from data: --table, JSON, and a server's error text", async () => {
    const group = await cli.admin.groups.post(EVIL, {
      description: "\u202eright-to-left\u009b2J",
    });

    const table = await runInProcess(
      ["groups", "list", "--query", "evil", "--table"],
      { ...cli.env, COLUMNS: "200" },
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("evil\\x1b]0;PWNED\\x07\\x1b[2J");

    const json = await runInProcess(
      ["groups", "get", String(group.id)],
      cli.env,
    );
    expect(json.code).toBe(0);
    expect(json.stdout).toContain(
      '"description": "\\u202eright-to-left\\u009b2J"',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      name: EVIL,
      description: "\u202eright-to-left\u009b2J",
    });

    const server = await scripted([
      {
        status: 404,
        body: JSON.stringify({
          error: "not_found",
          errorDescription: `gone ${EVIL} \u202e`,
          code: 404,
        }),
      },
    ]);
    const failed = await runInProcess(["groups", "get", "1"], {
      ...cli.env,
      CIVIS_API_ENDPOINT: server.url,
    });
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain(
      "gone evil\\x1b]0;PWNED\\x07\\x1b[2J \\u202e",
    );
    for (const out of [table, json, failed])
      for (const text of [out.stdout, out.stderr])
        expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });
});

describe("11: values from a file or standard input", () => {
  it("json_values post @big.json: a 200 KB value no command line could carry", async () => {
    const value = {
      rows: Array.from({ length: 4000 }, (_, i) => `row ${i} `.padEnd(48, "x")),
    };
    const text = JSON.stringify(value);
    expect(text.length).toBeGreaterThan(200_000);
    const file = join(dir, "big.json");
    writeFileSync(file, `${text}\n`);
    const ran = await runInProcess(
      ["json_values", "post", `@${file}`, "--name", "big"],
      cli.env,
    );
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const created = JSON.parse(ran.stdout) as { id: number; value: unknown };
    expect(created.value).toEqual(value);
    expect(cli.emulator.app.state.jsonValues.get(created.id)?.value).toEqual(
      value,
    );
  });

  // The bin's own standard input, as a process.
  it("credentials post with the password on standard input (@-), never printed", async () => {
    const password = "correct horse battery staple";
    const ran = await runCli(
      ["credentials", "post", "Custom", "robot", "@-", "--name", "from-stdin"],
      cli.env,
      `${password}\n`,
    );
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const { id } = JSON.parse(ran.stdout) as { id: number };
    // The trailing line break of `echo` is not part of it.
    expect(cli.emulator.app.state.credentials.get(id)?.password).toBe(password);
    expect(ran.stdout).not.toContain(password);
  }, 30_000);

  it("@@ is a literal @; files and stdin mix; each refusal names the argument, never what was read", async () => {
    const literal = await runInProcess(["groups", "post", "@@team"], cli.env);
    expect(literal.code).toBe(0);
    expect(JSON.parse(literal.stdout)).toMatchObject({ name: "@team" });

    const nameFile = join(dir, "name.txt");
    writeFileSync(nameFile, "From a file\r\n\r\n");
    const mixed = await runInProcess(
      ["groups", "post", `@${nameFile}`, "--description", "@-"],
      cli.env,
      "From stdin\n",
    );
    expect(mixed.code).toBe(0);
    expect(JSON.parse(mixed.stdout)).toMatchObject({
      name: "From a file",
      description: "From stdin",
    });

    const secret = "hunter2-hunter2-hunter2";
    const notUtf8 = join(dir, "latin1.txt");
    writeFileSync(notUtf8, Buffer.from([0x73, 0xe9, 0x63, 0x72, 0x65, 0x74]));
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, `not json ${secret}\n`);
    // The first line of stderr; a file's name is shown cut to 40 characters.
    const refusals: Array<[string[], string | undefined, string | RegExp]> = [
      [
        ["groups", "post", "@-", "--description", "@-"],
        "x",
        "civis-api: groups.post: description: standard input (@-) can be read by one value only",
      ],
      [
        ["groups", "post", "@-"],
        undefined,
        "civis-api: groups.post: name: no standard input to read",
      ],
      [
        ["groups", "post", "@"],
        undefined,
        "civis-api: groups.post: name: @ needs a file name (@path), or - for standard input (@-); write @@ for a literal @",
      ],
      [
        ["groups", "post", `@${join(dir, "nope.txt")}`],
        undefined,
        /^civis-api: groups\.post: name: cannot read the file "[^"]+"…?: no such file$/,
      ],
      [
        ["groups", "post", `@${dir}`],
        undefined,
        /^civis-api: groups\.post: name: cannot read the file "[^"]+"…?: a directory$/,
      ],
      [
        ["groups", "post", `@${notUtf8}`],
        undefined,
        /^civis-api: groups\.post: name: the file "[^"]+"…? is not UTF-8 text$/,
      ],
      [
        ["json_values", "post", `@${notJson}`],
        undefined,
        "civis-api: json_values.post: value_str must be valid JSON text",
      ],
    ];
    for (const [args, input, first] of refusals) {
      const ran = await runInProcess(args, cli.env, input);
      expect(ran.code, args.join(" ")).toBe(2);
      const line = ran.stderr.split("\n")[0];
      if (typeof first === "string") expect(line, args.join(" ")).toBe(first);
      else expect(line, args.join(" ")).toMatch(first);
      expect(ran.stderr).not.toContain(secret);
      expect(ran.stderr).not.toContain("s\uFFFDcret");
    }
  });

  it.skipIf(!existsSync("/dev/zero"))(
    "a file that never ends is refused after 16 MiB",
    async () => {
      const ran = await runInProcess(["groups", "post", "@/dev/zero"], cli.env);
      expect(ran.code).toBe(2);
      expect(ran.stderr.split("\n")[0]).toBe(
        'civis-api: groups.post: name: the file "/dev/zero" holds more than 16777216 bytes',
      );
    },
  );
});
