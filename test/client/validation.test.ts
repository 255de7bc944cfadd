// Bad input is refused before anything is sent: a TypeError or RangeError
// naming the method and the argument, and zero requests at the server. First
// the cases the seeds call out, by hand; then a sweep over every constrained
// argument of every operation, derived from the spec data.
import { describe, expect, it } from "vitest";
import { methods } from "../../generated/methods.js";
import { APIClient } from "../../src/index.js";
import type { ArgInfo, MethodSpec } from "../../src/method-spec.js";
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
    // Regression: sent as GET /groups/1e%2B21.
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
    // Regression: `onResponse: 5` used to fail only after the POST was sent
    // (the group was created, the caller got a TypeError); a string
    // `retries` or `timeoutMs` was silently ignored or misused.
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
// The sweep: every constrained argument of every operation.

/** A value the argument accepts. */
function good(info: ArgInfo): unknown {
  switch (info.type) {
    case "integer":
      return info.min !== undefined && info.min > 1 ? info.min : 1;
    case "boolean":
      return true;
    case "array":
      return [good(info.items ?? { in: info.in, type: "integer" })];
    default:
      if (info.enum) return info.enum[0];
      if (info.json) return "{}";
      if (info.pattern) return "1";
      return "x";
  }
}

/** Values the argument refuses, with the error class expected. */
function bad(info: ArgInfo): Array<[string, unknown, ErrorClass]> {
  const out: Array<[string, unknown, ErrorClass]> = [];
  switch (info.type) {
    case "integer":
      out.push(["a fraction", 1.5, TypeError], ["a string", "1", TypeError]);
      if (info.min !== undefined)
        out.push(["below min", info.min - 1, RangeError]);
      if (info.max !== undefined)
        out.push(["above max", info.max + 1, RangeError]);
      break;
    case "boolean":
      out.push(["a string", "true", TypeError], ["a number", 1, TypeError]);
      break;
    case "array":
      out.push(["not an array", 1, TypeError]);
      if (info.minItems) out.push(["empty", [], RangeError]);
      if (info.items?.type === "integer") {
        out.push(["a string item", ["1"], TypeError]);
        if (info.items.min !== undefined)
          out.push(["an item below min", [info.items.min - 1], RangeError]);
      }
      break;
    default:
      out.push(
        ["a number", 42, TypeError],
        ["a lone surrogate", "a\uD800b", TypeError],
        ["2 MB", "x".repeat(2_000_000), RangeError],
      );
      if (info.minLength) out.push(["empty", "", RangeError]);
      if (info.enum) out.push(["not in the enum", "no-such-value", RangeError]);
      if (info.pattern) out.push(["not matching", "a,b", TypeError]);
      if (info.json) out.push(["invalid JSON", "{", TypeError]);
      if (info.maxBytes)
        out.push(["too long", "1".repeat(info.maxBytes + 1), RangeError]);
  }
  return out;
}

const cases: Array<{
  where: string;
  arg: string;
  what: string;
  argv: unknown[];
  Class: ErrorClass;
}> = [];
const table: Record<string, Record<string, MethodSpec>> = methods;
for (const [resource, entries] of Object.entries(table))
  for (const [method, spec] of Object.entries(entries)) {
    const positional = spec.args;
    for (const [arg, info] of Object.entries(spec.params))
      for (const [what, value, Class] of bad(info)) {
        const args = positional.map((a) =>
          a === arg ? value : good(spec.params[a]!),
        );
        const argv = positional.includes(arg)
          ? args
          : [...args, { [arg]: value }];
        cases.push({ where: `${resource}.${method}`, arg, what, argv, Class });
      }
  }

describe("every constrained argument of every operation", () => {
  it("covers all 74 operations' arguments", () => {
    const ops = new Set(cases.map((c) => c.where));
    const withArgs = Object.values(table)
      .flatMap((entries) => Object.values(entries))
      .filter((spec) => Object.keys(spec.params).length > 0);
    expect(ops.size).toBe(withArgs.length);
    expect(cases.length).toBeGreaterThan(300);
  });

  it.each(cases.map((c) => [`${c.where}: ${c.arg} ${c.what}`, c] as const))(
    "%s",
    async (_, c) => {
      const name = new RegExp(`: ${c.arg}(\\[\\d+\\])? `);
      await refused(c.where, c.argv, c.Class, name);
    },
  );
});
