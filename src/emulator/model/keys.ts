// Fixed API keys for the emulator's users, so that an app's `.env` survives a
// restart: `keys` in the options, which the bin fills from a `--keys` file
// (`{"1": "key-of-user-1", ...}`) and `CIVIS_EMULATOR_KEY_<id>` variables.
// No message here ever contains a key.
import { EmulatorSetupError, readSetupFile } from "./setup-error.js";

// Visible ASCII but ':', which would end the user name of HTTP Basic auth;
// at least 8 characters, so that clients treat it as a secret to redact.
const KEY = /^[\x21-\x39\x3b-\x7e]{8,256}$/;

/** User id -> API key. */
export type KeyTable = Record<number, string>;

const ENV_PREFIX = "CIVIS_EMULATOR_KEY_";

/** Checks one key; `where` names its source in the error. */
function checkKey(key: unknown, where: string): string {
  if (typeof key !== "string" || !KEY.test(key))
    throw new EmulatorSetupError(
      `${where}: an API key must be a string of 8 to 256 visible ASCII characters without ':'`,
    );
  return key;
}

// The name is not quoted: a file written the wrong way round has keys there.
function userId(raw: string, where: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(raw))
    throw new EmulatorSetupError(
      `${where}: every name must be a user id (1, 2, ...)`,
    );
  return Number(raw);
}

/** Checks a key table given in the options (ids as numbers or strings). */
export function checkKeyTable(table: unknown, where = "keys"): KeyTable {
  if (typeof table !== "object" || table === null || Array.isArray(table))
    throw new EmulatorSetupError(
      `${where} must be an object of user id to API key`,
    );
  const keys: KeyTable = {};
  for (const [id, key] of Object.entries(table))
    keys[userId(id, where)] = checkKey(key, `${where}, user ${id}`);
  return keys;
}

/** The keys of a `--keys` file: a JSON object of user id to API key. */
export function readKeyFile(path: string): KeyTable {
  const text = readSetupFile("--keys", path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message would quote the file, keys and all.
    throw new EmulatorSetupError(`--keys ${path}: not valid JSON`);
  }
  return checkKeyTable(data, `--keys ${path}`);
}

/** The keys of `CIVIS_EMULATOR_KEY_<id>` variables. */
export function keysFromEnv(env: NodeJS.ProcessEnv): KeyTable {
  const keys: KeyTable = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || value === undefined) continue;
    const id = userId(name.slice(ENV_PREFIX.length), name);
    keys[id] = checkKey(value, name);
  }
  return keys;
}

/** Both sources together; a user given a key by both is refused. */
export function mergeKeys(file: KeyTable, env: KeyTable): KeyTable {
  for (const id of Object.keys(env))
    if (id in file)
      throw new EmulatorSetupError(
        `user ${id} is given a key twice: in the --keys file and in ${ENV_PREFIX}${id}`,
      );
  return { ...file, ...env };
}
