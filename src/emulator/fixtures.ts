// Fixtures: the objects an emulator starts with, and returns to on reset.
// Every entry is replayed as the API requests a client would send, as the
// entry's owner, through the same routing, validation and handlers as any
// other request, so a fixture can hold nothing the API would refuse. The
// sections are replayed in the order below; members and permission-set
// resources come with their object, and shares after every object exists
// (so any object may be shared with any fixture group).
import { parse } from "yaml";
import type { EmulatorSpec } from "./engine/load-spec.js";
import type { OperationId, RequestOf } from "./resources/operation-handler.js";
import { EmulatorSetupError, readSetupFile } from "./model/setup-error.js";
import type { EmulatorUser } from "./model/state.js";

/** A body of `PUT .../shares/users` or `PUT .../shares/groups`. */
type FixtureShare =
  RequestOf<"groups_put_shares_users"> | RequestOf<"groups_put_shares_groups">;

/** What any fixture object may carry besides the API's request body. */
interface FixtureObject {
  /** The id the emulator must give it: checked, so that tests may rely on it. */
  id?: number;
  /** The user who creates it, and so owns it; default: the first user. */
  owner?: number;
  /** Shares, as the bodies of `PUT .../shares/users` or `.../shares/groups`. */
  shares?: FixtureShare[];
}

/** A user of the fixtures; its API key comes from `keys`, or is random. */
export interface FixtureUser {
  id: number;
  username?: string;
  name?: string;
  email?: string;
  initials?: string;
  admin?: boolean;
}

/**
 * The objects an emulator starts with. Each entry is the request body of the
 * resource's `post` (snake_case, as the API takes it) plus `id`, `owner` and
 * `shares`; groups take `members` (user ids), permission sets `resources`,
 * and a JSON value may give `value` (any JSON) instead of `value_str`.
 */
export interface EmulatorFixtures {
  /** Replace the seeded users (1 admin, 2, 3); seeded groups stay. */
  users?: FixtureUser[];
  groups?: Array<
    RequestOf<"groups_post"> & FixtureObject & { members?: number[] }
  >;
  credentials?: Array<RequestOf<"credentials_post"> & FixtureObject>;
  permission_sets?: Array<
    RequestOf<"permission_sets_post"> &
      FixtureObject & {
        resources?: Array<
          RequestOf<"permission_sets_post_resources"> &
            Pick<FixtureObject, "shares">
        >;
      }
  >;
  match_targets?: Array<RequestOf<"match_targets_post"> & FixtureObject>;
  json_values?: Array<
    Omit<RequestOf<"json_values_post">, "value_str"> &
      FixtureObject & { value_str?: string; value?: unknown }
  >;
}

type Entry = Record<string, unknown>;

/** Each section's operations and the keys its entries add to the body. */
const SECTIONS = {
  groups: { create: "groups_post", own: ["members"] },
  credentials: { create: "credentials_post", own: [] },
  permission_sets: { create: "permission_sets_post", own: ["resources"] },
  match_targets: { create: "match_targets_post", own: [] },
  json_values: { create: "json_values_post", own: ["value"] },
} as const satisfies Record<
  string,
  { create: OperationId; own: readonly string[] }
>;
type Section = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as Section[];
const COMMON = ["id", "owner", "shares"];

/** Fixtures after their shape was checked. */
export interface CheckedFixtures {
  users: Array<Partial<EmulatorUser>> | undefined;
  sections: Array<[Section, Entry[]]>;
}

const fail = (at: string, message: string): never => {
  throw new EmulatorSetupError(`fixtures: ${at}: ${message}`);
};
const isEntry = (v: unknown): v is Entry =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number =>
  typeof v === "number" && Number.isSafeInteger(v) && v > 0;

function list(value: unknown, at: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(at, "must be a list");
  return value as unknown[];
}

function checkShares(value: unknown, at: string): void {
  list(value, at).forEach((share, k) => {
    if (!isEntry(share)) fail(`${at}[${k}]`, "must be an object");
    const s = share as Entry;
    if ("user_ids" in s === "group_ids" in s)
      fail(`${at}[${k}]`, "needs either user_ids or group_ids");
  });
}

function checkEntry(section: Section, entry: unknown, at: string): Entry {
  if (!isEntry(entry)) return fail(at, "must be an object");
  if (entry.id !== undefined && !isId(entry.id))
    fail(`${at}.id`, "must be a positive integer");
  if (entry.owner !== undefined && !isId(entry.owner))
    fail(`${at}.owner`, "must be a user id");
  checkShares(entry.shares, `${at}.shares`);
  if (section === "groups")
    list(entry.members, `${at}.members`).forEach((m, k) => {
      if (!isId(m)) fail(`${at}.members[${k}]`, "must be a user id");
    });
  if (section === "permission_sets")
    list(entry.resources, `${at}.resources`).forEach((r, k) => {
      const where = `${at}.resources[${k}]`;
      if (!isEntry(r)) return fail(where, "must be an object");
      checkShares(r.shares, `${where}.shares`);
    });
  if (section === "json_values" && "value" in entry && "value_str" in entry)
    fail(at, "gives both value and value_str");
  return entry;
}

// Printed by the bin at start, so no control characters.
const text = (max: number) => (v: unknown) =>
  typeof v === "string" &&
  v.length > 0 &&
  v.length <= max &&
  !/[\u0000-\u001f\u007f-\u009f]/.test(v);
const USER_FIELDS: Record<string, [(v: unknown) => boolean, string]> = {
  id: [isId, "must be a positive integer"],
  username: [
    (v) => typeof v === "string" && /^[A-Za-z0-9._@+-]{1,64}$/.test(v),
    "must be 1 to 64 letters, digits or ._@+-",
  ],
  name: [text(200), "must be a line of text"],
  email: [text(200), "must be a line of text"],
  initials: [text(8), "must be a short line of text"],
  admin: [(v) => typeof v === "boolean", "must be true or false"],
};

function checkUsers(value: unknown): Array<Partial<EmulatorUser>> {
  const seen = new Set<number>();
  const users = list(value, "users").map((user, i) => {
    const at = `users[${i}]`;
    if (!isEntry(user)) return fail(at, "must be an object");
    for (const [key, v] of Object.entries(user)) {
      const rule = USER_FIELDS[key];
      if (!rule)
        fail(
          `${at}.${key.slice(0, 40)}`,
          key === "apiKey" || key === "api_key"
            ? "keys are not fixtures: give them with keys (--keys or CIVIS_EMULATOR_KEY_<id>)"
            : `unknown field (a user has ${Object.keys(USER_FIELDS).join(", ")})`,
        );
      else if (!rule[0](v)) fail(`${at}.${key}`, rule[1]);
    }
    if (user.id === undefined) fail(`${at}.id`, "is required");
    const id = user.id as number;
    if (seen.has(id)) fail(`${at}.id`, `user ${id} is listed twice`);
    seen.add(id);
    return { ...user, id } as Partial<EmulatorUser>;
  });
  if (users.length === 0) fail("users", "must list at least one user");
  return users;
}

/** Checks the shape of fixtures (not their content: the API does that). */
export function checkFixtures(input: unknown): CheckedFixtures {
  if (!isEntry(input))
    throw new EmulatorSetupError(
      `fixtures must be an object with any of: users, ${SECTION_NAMES.join(", ")}`,
    );
  for (const key of Object.keys(input))
    if (key !== "users" && !(SECTION_NAMES as string[]).includes(key))
      fail(
        key.slice(0, 40),
        `unknown section (expected users, ${SECTION_NAMES.join(", ")})`,
      );
  return {
    users:
      input.users === undefined || input.users === null
        ? undefined
        : checkUsers(input.users),
    sections: SECTION_NAMES.map((section) => [
      section,
      list(input[section], section).map((entry, i) =>
        checkEntry(section, entry, `${section}[${i}]`),
      ),
    ]),
  };
}

/** Reads a fixture file, JSON or YAML (YAML reads JSON too), and checks its shape. */
export function readFixtureFile(path: string): EmulatorFixtures {
  const source = readSetupFile("--fixtures", path);
  let data: unknown;
  try {
    data = parse(source, { uniqueKeys: true });
  } catch (error) {
    // The first line says what and where; the rest would quote the file,
    // which may hold credential passwords.
    const first = (error instanceof Error ? error.message : "").split("\n")[0];
    throw new EmulatorSetupError(
      `--fixtures ${path}: not valid JSON or YAML: ${first}`,
    );
  }
  checkFixtures(data);
  return data as EmulatorFixtures;
}

/** How the replay reaches the API: an app's handler and the users' keys. */
export interface ReplayTarget {
  spec: EmulatorSpec;
  handle(request: Request): Promise<Response>;
  users: readonly EmulatorUser[];
}

/** Creates the fixtures' objects through `target.handle`, in order. */
export async function replayFixtures(
  fixtures: CheckedFixtures,
  target: ReplayTarget,
): Promise<void> {
  const keys = new Map(target.users.map((u) => [u.id, u.apiKey]));
  const firstUser = target.users[0]?.id ?? 1;

  // One API call; a refusal names the entry (and the field the API named).
  const send = async (
    at: string,
    as: number,
    operationId: OperationId,
    path: Record<string, string | number>,
    body?: Entry,
    renamed: Record<string, string> = {},
  ): Promise<{ id?: unknown }> => {
    const op = target.spec.byOperationId.get(operationId);
    if (!op) return fail(at, `the spec has no ${operationId}`);
    // URL parsing resolves "." and ".." segments, even encoded: such a name
    // would reach another object.
    for (const value of Object.values(path))
      if (value === "." || value === "..")
        fail(at, `a name of "${value}" cannot be reached by a URL`);
    const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name])),
    );
    const response = await target.handle(
      new Request(`http://fixtures.invalid${url}`, {
        method: op.method,
        headers: {
          Authorization: `Bearer ${keys.get(as) ?? ""}`,
          "Content-Type": "application/json",
        },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    const answer = (await response.json().catch(() => ({}))) as {
      id?: unknown;
      error?: string;
      errorDescription?: string;
    };
    if (response.ok) return answer;
    const description = answer.errorDescription ?? answer.error ?? "";
    const field = /^(?:Invalid|Unknown) parameter: (\w+)/.exec(
      description,
    )?.[1];
    const suffix =
      field && body && field in body ? `.${renamed[field] ?? field}` : "";
    return fail(
      `${at}${suffix}`,
      `${op.method} ${op.path} answered ${response.status}: ${description}`,
    );
  };
  const expectId = (at: string, wanted: unknown, got: unknown) => {
    if (wanted !== undefined && wanted !== got)
      fail(
        `${at}.id`,
        `the emulator gave this object id ${String(got)}, not ${String(wanted)} (ids are handed out in order, after the seeded ones)`,
      );
  };
  const owner = (entry: Entry, at: string): number => {
    const id = (entry.owner as number | undefined) ?? firstUser;
    if (!keys.has(id)) fail(`${at}.owner`, `there is no user ${id}`);
    return id;
  };

  const shares: Array<() => Promise<unknown>> = [];
  const queueShares = (
    entry: Entry,
    at: string,
    as: number,
    prefix: string,
    path: Record<string, string | number>,
  ) =>
    list(entry.shares, `${at}.shares`).forEach((share, k) => {
      const body = share as Entry;
      const to = "user_ids" in body ? "users" : "groups";
      shares.push(() =>
        send(
          `${at}.shares[${k}]`,
          as,
          `${prefix}shares_${to}` as OperationId,
          path,
          body,
        ),
      );
    });

  for (const [section, entries] of fixtures.sections) {
    const rule = SECTIONS[section];
    for (const [i, entry] of entries.entries()) {
      const at = `${section}[${i}]`;
      const as = owner(entry, at);
      const body: Entry = {};
      const own: readonly string[] = rule.own;
      for (const [key, value] of Object.entries(entry))
        if (!COMMON.includes(key) && !own.includes(key)) body[key] = value;
      const renamed: Record<string, string> = {};
      if ("value" in entry) {
        body.value_str = JSON.stringify(entry.value);
        renamed.value_str = "value";
      }
      const created = await send(at, as, rule.create, {}, body, renamed);
      expectId(at, entry.id, created.id);
      const id = created.id as number;
      queueShares(entry, at, as, `${section}_put_`, { id });
      for (const [k, member] of list(entry.members, "").entries())
        await send(`${at}.members[${k}]`, as, "groups_put_members", {
          id,
          user_id: member as number,
        });
      for (const [k, resource] of list(entry.resources, "").entries()) {
        const where = `${at}.resources[${k}]`;
        const { shares: _, ...fields } = resource as Entry;
        await send(where, as, "permission_sets_post_resources", { id }, fields);
        queueShares(
          resource as Entry,
          where,
          as,
          "permission_sets_put_resources_",
          { id, name: String(fields.name) },
        );
      }
    }
  }
  for (const share of shares) await share();
}
