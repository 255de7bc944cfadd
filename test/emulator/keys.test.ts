// Fixed API keys: what the bin reads from a --keys file and from
// CIVIS_EMULATOR_KEY_<id>, and the `keys` option. No message holds a key.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEmulatorApp } from "../../src/emulator/index.js";
import {
  keysFromEnv,
  mergeKeys,
  readKeyFile,
} from "../../src/emulator/model/keys.js";

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return "(no error)";
};
const rule =
  "an API key must be a string of 8 to 256 visible ASCII characters without ':'";

describe("keys", () => {
  it("reads CIVIS_EMULATOR_KEY_<id> and ignores other variables", () => {
    expect(
      keysFromEnv({
        CIVIS_EMULATOR_KEY_1: "key-one-0001",
        CIVIS_EMULATOR_KEY_12: "key-twelve-12",
        CIVIS_API_KEY: "not-ours-at-all",
      }),
    ).toEqual({ 1: "key-one-0001", 12: "key-twelve-12" });
    expect(
      messageOf(() => keysFromEnv({ CIVIS_EMULATOR_KEY_x: "abcdefgh1" })),
    ).toBe("CIVIS_EMULATOR_KEY_x: every name must be a user id (1, 2, ...)");
    for (const bad of [
      "short",
      "with space-1",
      "colon:inside",
      "tab\tinside1",
      "é-accented-key",
    ])
      expect(messageOf(() => keysFromEnv({ CIVIS_EMULATOR_KEY_2: bad }))).toBe(
        `CIVIS_EMULATOR_KEY_2: ${rule}`,
      );
  });

  it("reads a --keys file, and says what is wrong with one without quoting it", () => {
    const dir = mkdtempSync(join(tmpdir(), "civis-keys-"));
    try {
      const file = join(dir, "keys.json");
      writeFileSync(file, '{"1": "key-one-0001", "3": "key-three-03"}');
      expect(readKeyFile(file)).toEqual({
        1: "key-one-0001",
        3: "key-three-03",
      });

      writeFileSync(file, '{"1": "secret-key-cut');
      expect(messageOf(() => readKeyFile(file))).toBe(
        `--keys ${file}: not valid JSON`,
      );
      // Written the wrong way round: the key is where the id should be.
      writeFileSync(file, '{"secret-key-0001": 1}');
      expect(messageOf(() => readKeyFile(file))).toBe(
        `--keys ${file}: every name must be a user id (1, 2, ...)`,
      );
      writeFileSync(file, '["secret-key-0001"]');
      expect(messageOf(() => readKeyFile(file))).toBe(
        `--keys ${file} must be an object of user id to API key`,
      );
      writeFileSync(file, '{"2": 12345678}');
      expect(messageOf(() => readKeyFile(file))).toBe(
        `--keys ${file}, user 2: ${rule}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a user given a key by both the file and the environment", () => {
    expect(
      messageOf(() => mergeKeys({ 1: "aaaaaaaa" }, { 1: "bbbbbbbb" })),
    ).toBe(
      "user 1 is given a key twice: in the --keys file and in CIVIS_EMULATOR_KEY_1",
    );
    expect(mergeKeys({ 1: "aaaaaaaa" }, { 2: "bbbbbbbb" })).toEqual({
      1: "aaaaaaaa",
      2: "bbbbbbbb",
    });
  });

  it("checks the keys option: known users, valid and distinct keys", () => {
    const app = createEmulatorApp({ keys: { 2: "fixed-key-of-ben" } });
    expect(app.users.map((u) => u.apiKey)[1]).toBe("fixed-key-of-ben");
    expect(
      messageOf(() => createEmulatorApp({ keys: { 9: "fixed-key-9" } })),
    ).toBe("keys: there is no user 9");
    expect(messageOf(() => createEmulatorApp({ keys: { 1: "secret" } }))).toBe(
      `keys, user 1: ${rule}`,
    );
    expect(
      messageOf(() =>
        createEmulatorApp({
          keys: { 1: "same-key-twice", 3: "same-key-twice" },
        }),
      ),
    ).toBe("users 1 and 3 have the same API key");
    expect(
      messageOf(() =>
        createEmulatorApp({ keys: "k" as unknown as Record<number, string> }),
      ),
    ).toBe("keys must be an object of user id to API key");
  });
});
