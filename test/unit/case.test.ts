// Every response key arrives snake_case, declared in the spec or not, except
// inside opaque values (a JSON value's `value`). A stubbed fetch plays a
// server that sends fields the spec does not name yet.
import { describe, expect, it, vi } from "vitest";
import { clientAnswering } from "./stub-client.js";

/** Each wire key the tests send, with the key the client must return for it. */
const snake = {
  memberCount: "member_count",
  someNewField: "some_new_field",
  innerCamelKey: "inner_camel_key",
  deepKeyHere: "deep_key_here",
  alreadySnake_ok: "already_snake_ok",
  externalURL: "external_url",
  HTTPStatusCode: "http_status_code",
  md5Hash: "md5_hash",
  userName: "user_name",
  newMemberFlag: "new_member_flag",
  createdAt: "created_at",
  totalMemberCount: "total_member_count",
  lastLoginAt: "last_login_at",
  'quote"AndSlash\\Key': 'quote"_and_slash\\_key',
  "lineSep\u2028Key": "line_sep\u2028key",
  "123numberFirst": "123number_first",
} as const;

/** Keys as the server sends them (`onWire`) or as the client returns them. */
type Keys = (wire: keyof typeof snake) => string;
const onWire: Keys = (key) => key;
const returned: Keys = (key) => snake[key];

describe("response keys", () => {
  /** A group with fields the spec does not declare, at every depth. */
  const group = (k: Keys) => ({
    id: 7,
    name: "Analysts",
    [k("memberCount")]: 2,
    [k("someNewField")]: {
      [k("innerCamelKey")]: [
        { [k("deepKeyHere")]: 1, [k("alreadySnake_ok")]: true },
      ],
      [k("externalURL")]: "https://example.test",
      [k("HTTPStatusCode")]: 200,
      [k("md5Hash")]: "x",
    },
    members: [{ id: 1, [k("userName")]: "ada", [k("newMemberFlag")]: false }],
    already_snake: null,
  });

  it("converts fields the spec does not declare, at any depth", async () => {
    const client = clientAnswering(group(onWire));
    expect(await client.groups.get(7)).toEqual(group(returned));
  });

  it("leaves the keys inside a JSON value's value alone, and converts the rest", async () => {
    const client = clientAnswering({
      id: 3,
      name: "config",
      value: { someKey: { innerKey: [{ deepKey: 1 }] } },
      valueMeta: { storedAt: "2026-01-01T00:00:00.000Z" },
    });
    expect(await client.json_values.get(3)).toEqual({
      id: 3,
      name: "config",
      value: { someKey: { innerKey: [{ deepKey: 1 }] } },
      value_meta: { stored_at: "2026-01-01T00:00:00.000Z" },
    });
  });

  it("keeps a __proto__ key as data, in any letter case", async () => {
    const client = clientAnswering(
      JSON.parse(
        '{"id": 1, "__proto__": {"polluted": true}, "extra": {"__PROTO__": {"polluted": true}}}',
      ),
    );
    const got = (await client.groups.get(1)) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.hasOwn(got, "__proto__")).toBe(true);
    const extra = got["extra"] as Record<string, unknown>;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.hasOwn(extra, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("still converts when a server sends more distinct keys than are cached", async () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) wide[`fieldNumber${i}`] = i;
    const client = clientAnswering({ id: 1, wide });
    const got = (await client.groups.get(1)) as unknown as {
      wide: Record<string, number>;
    };
    expect(Object.keys(got.wide)).toHaveLength(5000);
    expect(got.wide["field_number0"]).toBe(0);
    expect(got.wide["field_number4999"]).toBe(4999);
    expect(Object.keys(got.wide).filter((k) => /[A-Z]/.test(k))).toEqual([]);
  });
});

// Lists of 8 or more items convert through a converter compiled per key
// sequence; items that differ from the first take the general walk. Both
// must give what one item at a time gives.
describe("lists", () => {
  /** One list item, with keys that need care when compiled into code. */
  const item = (id: number, k: Keys) => ({
    id,
    [k("createdAt")]: "2026-04-17T18:21:01.000Z",
    [k("totalMemberCount")]: id * 2,
    members: [{ id: 1, [k("userName")]: "ada", [k("lastLoginAt")]: null }],
    [k('quote"AndSlash\\Key')]: "a",
    [k("lineSep\u2028Key")]: "b",
    [k("123numberFirst")]: "c",
  });
  const wire = (id: number) => item(id, onWire);
  const converted = (id: number) => item(id, returned);

  it("items that share their keys, and items that do not, convert alike", async () => {
    const items: unknown[] = Array.from({ length: 10 }, (_, i) => wire(i + 1));
    // Another order, a missing key, an extra key, a nested object for null.
    const { id: _, ...noId } = wire(4);
    items[3] = { ...noId, id: 4 };
    delete (items[5] as Record<string, unknown>)["createdAt"];
    (items[7] as Record<string, unknown>)["extraFieldHere"] = { innerKey: 1 };
    (items[8] as Record<string, unknown>)["createdAt"] = { atTime: 1 };
    const got = (await clientAnswering(items).groups.list()) as unknown[];

    const want: unknown[] = Array.from({ length: 10 }, (_, i) =>
      converted(i + 1),
    );
    delete (want[5] as Record<string, unknown>)["created_at"];
    (want[7] as Record<string, unknown>)["extra_field_here"] = { inner_key: 1 };
    (want[8] as Record<string, unknown>)["created_at"] = { at_time: 1 };
    expect(got).toEqual(want);
    // Key order follows the wire's, item by item: item 4 sent its id last.
    const afterId = [
      "created_at",
      "total_member_count",
      "members",
      'quote"_and_slash\\_key',
      "line_sep\u2028key",
      "123number_first",
    ];
    expect(Object.keys(got[0]!)).toEqual(["id", ...afterId]);
    expect(Object.keys(got[3]!)).toEqual([...afterId, "id"]);
  });

  it("a __proto__ key in every item stays data", async () => {
    const items = JSON.parse(
      `[${Array(9).fill('{"id": 1, "__proto__": {"polluted": true}}').join(",")}]`,
    ) as unknown[];
    const got = (await clientAnswering(
      items,
    ).groups.list()) as unknown as Record<string, unknown>[];
    for (const g of got) {
      expect(Object.getPrototypeOf(g)).toBe(Object.prototype);
      expect(Object.hasOwn(g, "__proto__")).toBe(true);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("where the runtime forbids compiling code (a strict CSP), the same result", async () => {
    function NoCompiling(): never {
      throw new EvalError("Code generation from strings disallowed");
    }
    NoCompiling.prototype = Function.prototype;
    // Keys no other test uses, so that no converter is cached for them.
    const items = Array.from({ length: 8 }, (_, i) => ({
      cspItemId: i,
      cspNested: { innerCspKey: [i] },
    }));
    vi.stubGlobal("Function", NoCompiling);
    try {
      const got = await clientAnswering(items).groups.list();
      expect(got).toEqual(
        Array.from({ length: 8 }, (_, i) => ({
          csp_item_id: i,
          csp_nested: { inner_csp_key: [i] },
        })),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
