// Bad input is refused before anything is sent: a TypeError or RangeError
// naming the method and the argument, and zero requests at the server. First
// the cases the seeds call out, one by one; then every constrained argument of
// every method, in tables by kind of constraint, written out from the seeds
// (so that a constraint the generator dropped fails its row).
import { describe, expect, it } from "vitest";
import { APIClient } from "../../src/index.js";
import { creatableCredentialTypes } from "../helpers/credential-types.js";
import { iterationError, rejectionOf, useEmulator } from "./helpers.js";

const { emu, admin: client } = useEmulator();
/** The same client, untyped: what a plain-JS caller can do. */
const loose = client as unknown as Record<
  string,
  Record<string, (...args: unknown[]) => unknown>
>;

type ErrorClass = typeof TypeError | typeof RangeError;

/** Calls `resource.method(...args)` and checks the error and that nothing was sent. */
async function refused(
  where: string,
  args: unknown[],
  Class: ErrorClass,
  names: RegExp,
): Promise<Error> {
  const [resource, method] = where.split(".") as [string, string];
  const result = loose[resource]![method]!(...args);
  const err = (await rejectionOf(result)) as Error;
  const label = `${where}(${args.map((a) => typeof a).join(", ")})`;
  expect(err, label).toBeInstanceOf(Class);
  expect(err.message).toContain(where);
  expect(err.message).toMatch(names);
  expect(emu.requestCount()).toBe(0);
  return err;
}

describe("the constraints the seeds name", () => {
  it.each([
    [0, RangeError],
    [-1, RangeError],
    [1.5, TypeError],
    ["1", TypeError],
    [Number.NaN, TypeError],
    [Number.POSITIVE_INFINITY, TypeError],
    [null, TypeError],
    [1n, TypeError],
    // Else sent as GET /groups/1e%2B21: its text is "1e+21".
    [1e21, TypeError],
    [2 ** 53 + 2, TypeError],
  ] as const)(
    "ids are positive integers: groups.get(%s)",
    async (id, Class) => {
      await refused("groups.get", [id], Class, /\bid\b/);
    },
  );

  it.each([
    ["groups.put_members", [1, 0], RangeError, /user_id/],
    [
      "groups.put_shares_users",
      [1, [2, -3], "read"],
      RangeError,
      /user_ids\[1\]/,
    ],
    [
      "match_targets.put_shares_groups",
      [1, ["2"], "read"],
      TypeError,
      /group_ids\[0\]/,
    ],
    ["json_values.put_shares_users", [1, [], "read"], RangeError, /user_ids/],
    [
      "credentials.list_dependencies",
      [1, { user_id: 0 }],
      RangeError,
      /user_id/,
    ],
    [
      "groups.put_shares_users",
      [1, [2], "admin"],
      RangeError,
      /permission_level.*"read", "write", "manage"/,
    ],
    [
      "permission_sets.put_resources_shares_groups",
      [1, "r", [2], "READ"],
      RangeError,
      /permission_level/,
    ],
    ["groups.list", [{ order_dir: "up" }], RangeError, /order_dir/],
    ["credentials.list", [{ order: "password" }], RangeError, /order/],
    ["permission_sets.list", [{ archived: "yes" }], RangeError, /archived/],
    ["groups.list", [{ permission: "owner" }], RangeError, /permission/],
    ["credentials.post", ["Password", "u", "p"], RangeError, /\btype\b/],
    ["groups.get", [], TypeError, /\bid is required/],
    ["groups.put", [1], TypeError, /name is required/],
    ["credentials.post", ["Custom", "user"], TypeError, /password is required/],
    [
      "json_values.put_transfer",
      [1, 2],
      TypeError,
      /include_dependencies is required/,
    ],
    [
      "permission_sets.get_resources",
      [1, undefined],
      TypeError,
      /name is required/,
    ],
    ["match_targets.post", [""], RangeError, /name.*empty/],
    ["permission_sets.get_resources", [1, ""], RangeError, /name/],
  ] as const)("%s%j: refused", async (where, args, Class, names) => {
    await refused(where, [...args], Class, names);
  });

  it("limit maxima: permission_sets.list 50, groups.list 1000, list_resources 1000, credentials 1000", async () => {
    await refused(
      "permission_sets.list",
      [{ limit: 51 }],
      RangeError,
      /limit.*50/,
    );
    await refused("groups.list", [{ limit: 1001 }], RangeError, /limit.*1000/);
    await refused(
      "permission_sets.list_resources",
      [1, { limit: 1001 }],
      RangeError,
      /limit/,
    );
    await refused("credentials.list", [{ limit: 1001 }], RangeError, /limit/);
    await refused("groups.list", [{ limit: 0 }], RangeError, /limit/);
    await refused("groups.list", [{ page_num: 0 }], RangeError, /page_num/);
    // The maxima themselves are sent.
    await client.permission_sets.list({ limit: 50 });
    await client.groups.list({ limit: 1000 });
    expect(emu.requestCount()).toBe(2);
  });

  it("limit maxima hold for iterators too (the error comes with the first next())", async () => {
    const err = await iterationError(
      client.permission_sets.list({ iterator: true, limit: 51 }),
    );
    expect(err).toBeInstanceOf(RangeError);
    expect((err as Error).message).toMatch(/permission_sets\.list: limit/);
    expect(emu.requestCount()).toBe(0);
  });

  it("duration is 900..129600", async () => {
    await refused(
      "credentials.post_temporary",
      [1, { duration: 899 }],
      RangeError,
      /duration.*900/,
    );
    await refused(
      "credentials.post_temporary",
      [1, { duration: 129601 }],
      RangeError,
      /duration.*129600/,
    );
    await refused(
      "credentials.post_temporary",
      [1, { duration: 3600.5 }],
      TypeError,
      /duration/,
    );
    const s3 = await client.credentials.post(
      "Amazon Web Services S3",
      "AKIA",
      "secret",
    );
    await client.credentials.post_temporary(s3.id, { duration: 900 });
    await client.credentials.post_temporary(s3.id, { duration: 129600 });
  });

  it("value_str: valid JSON of at most 1,000,000 bytes", async () => {
    await refused("json_values.post", ["{"], TypeError, /value_str.*JSON/);
    await refused("json_values.post", [""], TypeError, /value_str/);
    await refused("json_values.post", ["undefined"], TypeError, /value_str/);
    await refused(
      "json_values.patch",
      [1, { value_str: "{'single': 1}" }],
      TypeError,
      /value_str/,
    );
    await refused(
      "json_values.post",
      [{ a: 1 }],
      TypeError,
      /value_str.*string/,
    );
    const tooBig = `"${"a".repeat(999_999)}"`; // 1,000,001 bytes
    await refused(
      "json_values.post",
      [tooBig],
      RangeError,
      /value_str.*1000000/,
    );
    // Bytes, not characters: 500,000 two-byte characters are 1,000,002 bytes.
    const wide = `"${"é".repeat(500_000)}"`;
    expect(wide.length).toBeLessThan(1_000_000);
    await refused("json_values.post", [wide], RangeError, /value_str.*bytes/);
    // Exactly 1,000,000 bytes is sent, and accepted.
    const atLimit = `"${"é".repeat(499_999)}"`;
    expect(new TextEncoder().encode(atLimit).length).toBe(1_000_000);
    const jv = await client.json_values.post(atLimit);
    expect((jv.value as string).length).toBe(499_999);
  });

  it("unknown option keys, misplaced arguments, extra arguments", async () => {
    await refused(
      "groups.post",
      ["Team", { descripton: "typo" }],
      TypeError,
      /unknown option "descripton"/,
    );
    // camelCase is not the seed's name.
    await refused(
      "credentials.post",
      ["Custom", "u", "p", { remoteHostId: 1 }],
      TypeError,
      /unknown option "remoteHostId"/,
    );
    // A positional argument is not an option.
    await refused(
      "groups.get",
      [1, { id: 2 }],
      TypeError,
      /unknown option "id"/,
    );
    // iterator only exists on paginated lists.
    await refused(
      "match_targets.list",
      [{ iterator: true }],
      TypeError,
      /unknown option "iterator"/,
    );
    await refused(
      "groups.get",
      [1, {}, "extra"],
      TypeError,
      /takes 1 argument/,
    );
    await refused(
      "groups.get",
      [1, "not options"],
      TypeError,
      /options must be an object/,
    );
    await refused(
      "groups.get",
      [1, [1]],
      TypeError,
      /options must be an object/,
    );
  });

  it("per-call options of the wrong kind (plain JS)", async () => {
    // Checked before sending: an `onResponse: 5` found only after the POST
    // leaves the group created and the caller with a TypeError; a string
    // `retries` or `timeoutMs` would be ignored or misused.
    await refused(
      "groups.post",
      ["Sent once?", { onResponse: 5 }],
      TypeError,
      /"onResponse" must be a function/,
    );
    await refused("groups.get", [1, { signal: {} }], TypeError, /"signal"/);
    await refused(
      "groups.get",
      [1, { timeoutMs: "5" }],
      TypeError,
      /"timeoutMs"/,
    );
    await refused("groups.get", [1, { retries: "3" }], TypeError, /"retries"/);
    await refused("groups.list", [{ iterator: 1 }], TypeError, /"iterator"/);
    // Right kind, out of range: a RangeError from the transport, still unsent.
    const r = (await rejectionOf(
      client.groups.get(1, { retries: -1 }),
    )) as Error;
    expect(r).toBeInstanceOf(RangeError);
    const t = (await rejectionOf(
      client.groups.get(1, { timeoutMs: 0 }),
    )) as Error;
    expect(t).toBeInstanceOf(RangeError);
    expect(emu.requestCount()).toBe(0);
  });

  it("wrong types", async () => {
    await refused("groups.post", [42], TypeError, /name.*string/);
    await refused(
      "match_targets.put_archive",
      [1, "true"],
      TypeError,
      /status.*boolean/,
    );
    await refused(
      "json_values.put_transfer",
      [1, 2, 1],
      TypeError,
      /include_dependencies.*boolean/,
    );
    await refused(
      "groups.list",
      [{ user_ids: 2 }],
      TypeError,
      /user_ids.*array/,
    );
    await refused(
      "groups.post",
      ["g", { role_ids: [1.5] }],
      TypeError,
      /role_ids\[0\]/,
    );
    await refused(
      "groups.post",
      ["g", { description: null }],
      TypeError,
      /description/,
    );
    await refused("credentials.list", [{ users: "1, 2" }], TypeError, /users/);
    await refused(
      "permission_sets.list",
      [{ author: [1, 2] }],
      TypeError,
      /author/,
    );
  });

  it("does not echo string values that may be secrets", async () => {
    const secret = "hunter2-is-my-password";
    const err = await refused(
      "credentials.post",
      ["Custom", "u", { secret }],
      TypeError,
      /password/,
    );
    expect(err.message).not.toContain(secret);
    const err2 = await refused(
      "credentials.post_authenticate",
      ["", "RemoteHostTypes::Postgres", "u", secret],
      RangeError,
      /url/,
    );
    expect(err2.message).not.toContain(secret);
  });
});

describe("bad input at every argument location, nothing sent", () => {
  const lone = "a\uD800b";
  const huge = "x".repeat(2_000_000);

  it("lone surrogates in a path, a query and a body: a TypeError naming the argument", async () => {
    for (const [where, args, name] of [
      [
        "permission_sets.get_resources",
        [1, lone],
        /: name must be well-formed Unicode/,
      ],
      ["groups.list", [{ query: lone }], /: query must be well-formed Unicode/],
      [
        "groups.post",
        ["g", { description: lone }],
        /: description must be well-formed/,
      ],
      [
        "credentials.post",
        ["Custom", "u", `pw${lone}`],
        /: password must be well-formed/,
      ],
    ] as const) {
      const err = await refused(where, [...args], TypeError, name);
      expect(err.message).not.toContain("pw");
    }
  });

  it("2 MB values in a path, a query and a body: a RangeError, the value not echoed", async () => {
    for (const [where, args, name] of [
      [
        "permission_sets.get_resources",
        [1, huge],
        /: name must be at most 1000000 bytes/,
      ],
      [
        "groups.list",
        [{ query: huge }],
        /: query must be at most 1000000 bytes/,
      ],
      ["credentials.post", ["Custom", "u", huge], /: password must be at most/],
      ["json_values.post", [`"${huge}"`], /: value_str must be at most/],
    ] as const) {
      const err = await refused(where, [...args], RangeError, name);
      expect(err.message.length).toBeLessThan(200);
    }
  });

  it("unknown keys in the per-call retries, or in the client's options: a TypeError", async () => {
    await refused(
      "groups.get",
      [1, { retries: { maxRetrys: 5 } }],
      TypeError,
      /retries: unknown option "maxRetrys"/,
    );
    const options = { apiKey: "k", baseUrl: emu.url };
    expect(
      () => new APIClient({ ...options, retries: { maxRetrys: 5 } } as never),
    ).toThrow(/retries: unknown option "maxRetrys"/);
    expect(() => new APIClient({ ...options, timeout: 5 } as never)).toThrow(
      /unknown option "timeout"/,
    );
    expect(() => new APIClient({ ...options, apiKey: `k${lone}` })).toThrow(
      TypeError,
    );
    expect(emu.requestCount()).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Every constrained argument of every method, by kind of constraint. Each
// table is written from the seeds (and, where the seeds say nothing, from the
// spec's documented limits), never read from the generated method table.

// Every resource has the five share methods; three of them also have
// list_dependencies and put_transfer. A table names each family's arguments
// once, for every resource that has it.
const SHARING = [
  "match_targets",
  "json_values",
  "permission_sets",
  "groups",
  "credentials",
] as const;
const TRANSFERRING = ["json_values", "permission_sets", "credentials"];

/** `entries` of each of `resources`, keyed "resource.method". */
function inEach<T>(
  resources: readonly string[],
  entries: Record<string, T>,
): Record<string, T> {
  return Object.fromEntries(
    resources.flatMap((resource) =>
      Object.entries(entries).map(([method, value]) => [
        `${resource}.${method}`,
        value,
      ]),
    ),
  );
}

/**
 * Each method's positional arguments, in the seed's order, with a value it
 * accepts: a bad value replaces one of them, or goes in the options object.
 */
const POSITIONAL: Record<string, Record<string, unknown>> = {
  "match_targets.list": {},
  "match_targets.post": { name: "m" },
  "match_targets.get": { id: 1 },
  "match_targets.patch": { id: 1 },
  "match_targets.put_archive": { id: 1, status: true },
  "json_values.post": { value_str: "{}" },
  "json_values.get": { id: 1 },
  "json_values.patch": { id: 1 },
  "permission_sets.list": {},
  "permission_sets.post": { name: "p" },
  "permission_sets.get": { id: 1 },
  "permission_sets.put": { id: 1, name: "p" },
  "permission_sets.patch": { id: 1 },
  "permission_sets.put_archive": { id: 1, status: true },
  "permission_sets.list_users_permissions": { id: 1, user_id: 2 },
  "permission_sets.list_resources": { id: 1 },
  "permission_sets.post_resources": { id: 1, name: "r" },
  "permission_sets.get_resources": { id: 1, name: "r" },
  "permission_sets.patch_resources": { id: 1, name: "r" },
  "permission_sets.delete_resources": { id: 1, name: "r" },
  "permission_sets.list_resources_shares": { id: 1, name: "r" },
  "permission_sets.put_resources_shares_users": {
    id: 1,
    name: "r",
    user_ids: [2],
    permission_level: "read",
  },
  "permission_sets.delete_resources_shares_users": {
    id: 1,
    name: "r",
    user_id: 2,
  },
  "permission_sets.put_resources_shares_groups": {
    id: 1,
    name: "r",
    group_ids: [2],
    permission_level: "read",
  },
  "permission_sets.delete_resources_shares_groups": {
    id: 1,
    name: "r",
    group_id: 2,
  },
  "groups.list": {},
  "groups.post": { name: "g" },
  "groups.get": { id: 1 },
  "groups.put": { id: 1, name: "g" },
  "groups.patch": { id: 1 },
  "groups.delete": { id: 1 },
  "groups.list_child_groups": { id: 1 },
  "groups.put_members": { id: 1, user_id: 2 },
  "groups.delete_members": { id: 1, user_id: 2 },
  "credentials.list": {},
  "credentials.post": { type: "Custom", username: "u", password: "p" },
  "credentials.list_types": {},
  "credentials.post_authenticate": {
    url: "db.example.test",
    remote_host_type: "RemoteHostTypes::Postgres",
    username: "u",
    password: "p",
  },
  "credentials.get": { id: 1 },
  "credentials.put": { id: 1, type: "Custom", username: "u", password: "p" },
  "credentials.patch": { id: 1 },
  "credentials.delete": { id: 1 },
  "credentials.post_temporary": { id: 1 },
  ...inEach(SHARING, {
    list_shares: { id: 1 },
    put_shares_users: { id: 1, user_ids: [2], permission_level: "read" },
    delete_shares_users: { id: 1, user_id: 2 },
    put_shares_groups: { id: 1, group_ids: [2], permission_level: "read" },
    delete_shares_groups: { id: 1, group_id: 2 },
  }),
  ...inEach(TRANSFERRING, {
    list_dependencies: { id: 1 },
    put_transfer: { id: 1, user_id: 2, include_dependencies: true },
  }),
};

/** The arguments of `where` with `value` as `arg` (positional or an option). */
function argsWith(where: string, arg: string, value: unknown): unknown[] {
  const positional = POSITIONAL[where];
  if (!positional) throw new Error(`${where} is not in POSITIONAL`);
  if (arg in positional)
    return Object.entries(positional).map(([name, good]) =>
      name === arg ? value : good,
    );
  return [...Object.values(positional), { [arg]: value }];
}

type Table = Record<string, readonly string[]>;
type Bad = ReadonlyArray<readonly [what: string, value: unknown, ErrorClass]>;

/** One test per method of `table`: each of its arguments refuses each bad value. */
function refusesAll(table: Table, bad: Bad) {
  it.each(Object.entries(table))("%s %j", async (where, args) => {
    for (const arg of args)
      for (const [what, value, Class] of bad) {
        await refused(
          where,
          argsWith(where, arg, value),
          Class,
          new RegExp(`: ${arg}(\\[\\d+\\])? `),
        ).catch((e: Error) => {
          e.message = `${where} ${arg} ${what}: ${e.message}`;
          throw e;
        });
      }
  });
}

describe("ids are positive integers", () => {
  refusesAll(
    {
      "match_targets.get": ["id"],
      "match_targets.patch": ["id"],
      "match_targets.put_archive": ["id"],
      "json_values.get": ["id"],
      "json_values.patch": ["id"],
      "permission_sets.get": ["id"],
      "permission_sets.put": ["id"],
      "permission_sets.patch": ["id"],
      "permission_sets.put_archive": ["id"],
      "permission_sets.list_users_permissions": ["id", "user_id"],
      "permission_sets.list_resources": ["id"],
      "permission_sets.post_resources": ["id"],
      "permission_sets.get_resources": ["id"],
      "permission_sets.patch_resources": ["id"],
      "permission_sets.delete_resources": ["id"],
      "permission_sets.list_resources_shares": ["id"],
      "permission_sets.put_resources_shares_users": ["id"],
      "permission_sets.delete_resources_shares_users": ["id", "user_id"],
      "permission_sets.put_resources_shares_groups": ["id"],
      "permission_sets.delete_resources_shares_groups": ["id", "group_id"],
      "groups.list": ["organization_id"],
      "groups.post": ["organization_id"],
      "groups.get": ["id"],
      "groups.put": ["id", "organization_id"],
      "groups.patch": ["id", "organization_id"],
      "groups.delete": ["id"],
      "groups.list_child_groups": ["id"],
      "groups.put_members": ["id", "user_id"],
      "groups.delete_members": ["id", "user_id"],
      "credentials.list": ["remote_host_id"],
      "credentials.post": ["remote_host_id", "user_id"],
      "credentials.get": ["id"],
      "credentials.put": ["id", "remote_host_id", "user_id"],
      "credentials.patch": ["id", "remote_host_id", "user_id"],
      "credentials.delete": ["id"],
      "credentials.post_temporary": ["id"],
      ...inEach(SHARING, {
        list_shares: ["id"],
        put_shares_users: ["id"],
        delete_shares_users: ["id", "user_id"],
        put_shares_groups: ["id"],
        delete_shares_groups: ["id", "group_id"],
      }),
      ...inEach(TRANSFERRING, {
        list_dependencies: ["id", "user_id"],
        put_transfer: ["id", "user_id"],
      }),
    },
    [
      ["zero", 0, RangeError],
      ["negative", -1, RangeError],
      ["a fraction", 1.5, TypeError],
      ["a string", "1", TypeError],
    ],
  );
});

describe("lists of ids: an array of positive integers, never empty when shared with", () => {
  const shared = {
    "permission_sets.put_resources_shares_users": ["user_ids"],
    "permission_sets.put_resources_shares_groups": ["group_ids"],
    ...inEach(SHARING, {
      put_shares_users: ["user_ids"],
      put_shares_groups: ["group_ids"],
    }),
  };
  const listOfIds: Bad = [
    ["not an array", 2, TypeError],
    ["an item zero", [2, 0], RangeError],
    ["a string item", ["2"], TypeError],
  ];
  refusesAll(shared, [["empty", [], RangeError], ...listOfIds]);
  refusesAll({ "groups.list": ["user_ids"] }, listOfIds);
  // The seeds give role ids as List[int]; the spec sets no minimum on them.
  refusesAll(
    {
      "groups.post": ["role_ids"],
      "groups.put": ["role_ids"],
      "groups.patch": ["role_ids"],
    },
    [
      ["not an array", 2, TypeError],
      ["a fraction item", [1.5], TypeError],
    ],
  );
});

describe("comma-separated ids are digits and commas only", () => {
  refusesAll(
    { "permission_sets.list": ["author"], "credentials.list": ["users"] },
    [
      ["letters", "a,b", TypeError],
      ["spaces", "1, 2", TypeError],
      ["a trailing comma", "1,", TypeError],
      ["an array", [1, 2], TypeError],
    ],
  );
});

describe("enums: a value the seed does not list is a RangeError naming the ones it does", () => {
  const levels = ["read", "write", "manage"];
  const orderDir = ["asc", "desc"];
  const remoteHostTypes = [
    "RemoteHostTypes::Bigquery",
    "RemoteHostTypes::Bitbucket",
    "RemoteHostTypes::GitSSH",
    "RemoteHostTypes::Github",
    "RemoteHostTypes::GoogleDoc",
    "RemoteHostTypes::JDBC",
    "RemoteHostTypes::Postgres",
    "RemoteHostTypes::Redshift",
    "RemoteHostTypes::S3Storage",
    "RemoteHostTypes::Salesforce",
  ];
  it.each([
    ["permission_sets.list", "archived", ["true", "false", "all"]],
    ["permission_sets.list", "order", ["updated_at", "name", "created_at"]],
    ["permission_sets.list", "order_dir", orderDir],
    [
      "permission_sets.list_resources",
      "order",
      ["name", "id", "updated_at", "created_at"],
    ],
    ["permission_sets.list_resources", "order_dir", orderDir],
    ["permission_sets.put_resources_shares_users", "permission_level", levels],
    ["permission_sets.put_resources_shares_groups", "permission_level", levels],
    ["groups.list", "permission", levels],
    ["groups.list", "order", ["name", "created_at"]],
    ["groups.list", "order_dir", orderDir],
    ["credentials.list", "order", ["updated_at", "created_at", "name"]],
    ["credentials.list", "order_dir", orderDir],
    ["credentials.post", "type", creatableCredentialTypes],
    ["credentials.put", "type", creatableCredentialTypes],
    ["credentials.patch", "type", creatableCredentialTypes],
    ["credentials.post_authenticate", "remote_host_type", remoteHostTypes],
    ...SHARING.flatMap((resource) => [
      [`${resource}.put_shares_users`, "permission_level", levels] as const,
      [`${resource}.put_shares_groups`, "permission_level", levels] as const,
    ]),
  ] as const)("%s: %s", async (where, arg, allowed) => {
    const err = await refused(
      where,
      argsWith(where, arg, "no-such-value"),
      RangeError,
      new RegExp(`: ${arg} `),
    );
    expect(err.message).toBe(
      `${where}: ${arg} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
    );
  });
});

describe("limit maxima per list, and pages from 1", () => {
  it.each([
    ["permission_sets.list", 50],
    ["permission_sets.list_resources", 1000],
    ["groups.list", 1000],
    ["credentials.list", 1000],
  ] as const)("%s: limit 1..%d, page_num from 1", async (where, max) => {
    const limit = (await refused(
      where,
      argsWith(where, "limit", max + 1),
      RangeError,
      /: limit /,
    )) as Error;
    expect(limit.message).toBe(
      `${where}: limit must be at most ${max} (got ${max + 1})`,
    );
    await refused(where, argsWith(where, "limit", 0), RangeError, /: limit /);
    await refused(
      where,
      argsWith(where, "page_num", 0),
      RangeError,
      /: page_num /,
    );
  });
});

describe("booleans are booleans", () => {
  refusesAll(
    {
      "match_targets.post": ["archived"],
      "match_targets.patch": ["archived"],
      "match_targets.put_archive": ["status"],
      "permission_sets.put_archive": ["status"],
      "permission_sets.put_resources_shares_users": ["send_shared_email"],
      "permission_sets.put_resources_shares_groups": ["send_shared_email"],
      "groups.list": ["include_members"],
      "groups.post": ["default_otp_required_for_login"],
      "groups.put": ["default_otp_required_for_login"],
      "groups.patch": ["default_otp_required_for_login"],
      "credentials.list": ["default", "system_credentials"],
      "credentials.post": ["system_credential", "default", "oauth"],
      "credentials.put": ["system_credential", "default", "oauth"],
      "credentials.patch": ["system_credential", "default", "oauth"],
      ...inEach(SHARING, {
        put_shares_users: ["send_shared_email"],
        put_shares_groups: ["send_shared_email"],
      }),
      ...inEach(TRANSFERRING, {
        put_transfer: ["include_dependencies", "send_email"],
      }),
    },
    [
      ["a string", "true", TypeError],
      ["a number", 1, TypeError],
    ],
  );
});

describe("strings are strings; names and the like are not empty", () => {
  const share = ["share_email_body"];
  refusesAll(
    {
      "match_targets.post": ["name", "target_file_name"],
      "match_targets.patch": ["name", "target_file_name"],
      "json_values.post": ["value_str", "name"],
      "json_values.patch": ["name", "value_str"],
      "permission_sets.post": ["name", "description"],
      "permission_sets.put": ["name", "description"],
      "permission_sets.patch": ["name", "description"],
      "permission_sets.post_resources": ["name", "description"],
      "permission_sets.get_resources": ["name"],
      "permission_sets.patch_resources": ["name", "description"],
      "permission_sets.delete_resources": ["name"],
      "permission_sets.list_resources_shares": ["name"],
      "permission_sets.put_resources_shares_users": ["name", ...share],
      "permission_sets.delete_resources_shares_users": ["name"],
      "permission_sets.put_resources_shares_groups": ["name", ...share],
      "permission_sets.delete_resources_shares_groups": ["name"],
      "groups.list": ["query"],
      ...Object.fromEntries(
        ["groups.post", "groups.put", "groups.patch"].map((where) => [
          where,
          [
            "name",
            "description",
            "slug",
            "default_time_zone",
            "default_jobs_label",
            "default_notebooks_label",
            "default_services_label",
          ],
        ]),
      ),
      "credentials.list": ["type", "name"],
      ...Object.fromEntries(
        ["credentials.post", "credentials.put", "credentials.patch"].map(
          (where) => [
            where,
            ["name", "description", "username", "password", "state"],
          ],
        ),
      ),
      "credentials.post_authenticate": ["url", "username", "password"],
      ...inEach(SHARING, {
        put_shares_users: share,
        put_shares_groups: share,
      }),
      ...inEach(TRANSFERRING, { put_transfer: ["email_body"] }),
    },
    [
      ["a number", 42, TypeError],
      ["null", null, TypeError],
    ],
  );
  refusesAll(
    {
      "match_targets.post": ["name"],
      "match_targets.patch": ["name"],
      "permission_sets.post": ["name"],
      "permission_sets.put": ["name"],
      "permission_sets.patch": ["name"],
      "permission_sets.post_resources": ["name"],
      "permission_sets.get_resources": ["name"],
      "permission_sets.patch_resources": ["name"],
      "permission_sets.delete_resources": ["name"],
      "permission_sets.list_resources_shares": ["name"],
      "permission_sets.put_resources_shares_users": ["name"],
      "permission_sets.delete_resources_shares_users": ["name"],
      "permission_sets.put_resources_shares_groups": ["name"],
      "permission_sets.delete_resources_shares_groups": ["name"],
      "groups.post": ["name"],
      "groups.put": ["name"],
      "groups.patch": ["name"],
      "credentials.list": ["type"],
      "credentials.post_authenticate": ["url"],
    },
    [["empty", "", RangeError]],
  );
});

describe("value_str is JSON text of at most 1,000,000 bytes", () => {
  refusesAll(
    { "json_values.post": ["value_str"], "json_values.patch": ["value_str"] },
    [
      ["invalid JSON", "{", TypeError],
      ["1,000,001 bytes", `"${"a".repeat(999_999)}"`, RangeError],
    ],
  );
});

describe("required arguments", () => {
  it.each(
    Object.entries(POSITIONAL).filter(([, p]) => Object.keys(p).length > 0),
  )("%s: each positional argument is required", async (where, positional) => {
    for (const arg of Object.keys(positional))
      await refused(
        where,
        argsWith(where, arg, undefined),
        TypeError,
        new RegExp(`: ${arg} is required`),
      );
  });
});

describe("the tables", () => {
  it("name every method of the client, and nothing else", () => {
    const offline = new APIClient({
      apiKey: "k",
      baseUrl: "https://api.example.test",
    });
    // Every resource shares: SHARING names them all.
    const calls = SHARING.flatMap((resource) =>
      Object.keys(offline[resource]).map((m) => `${resource}.${m}`),
    );
    // Aliases are the only calls beyond the reference's names.
    expect(calls.filter((c) => !(c in POSITIONAL)).sort()).toEqual([
      "credentials.get_shares",
      "groups.get_child_groups",
      "groups.get_shares",
      "json_values.get_shares",
      "match_targets.get_shares",
      "permission_sets.get_resources_shares",
      "permission_sets.get_shares",
      "permission_sets.get_users_permissions",
    ]);
    expect(Object.keys(POSITIONAL).filter((c) => !calls.includes(c))).toEqual(
      [],
    );
  });
});
