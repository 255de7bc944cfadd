// Every response key arrives snake_case, declared in the spec or not, except
// inside opaque values (a JSON value's `value`). A stubbed fetch plays a
// server that sends fields the spec does not name yet.
import { describe, expect, it } from "vitest";
import { clientAnswering } from "./stub-client.js";

describe("response keys", () => {
  it("converts fields the spec does not declare, at any depth", async () => {
    const client = clientAnswering({
      id: 7,
      name: "Analysts",
      memberCount: 2,
      someNewField: {
        innerCamelKey: [{ deepKeyHere: 1, alreadySnake_ok: true }],
        externalURL: "https://example.test",
        HTTPStatusCode: 200,
        md5Hash: "x",
      },
      members: [{ id: 1, userName: "ada", newMemberFlag: false }],
      already_snake: null,
    });
    const group = await client.groups.get(7);
    expect(group).toEqual({
      id: 7,
      name: "Analysts",
      member_count: 2,
      some_new_field: {
        inner_camel_key: [{ deep_key_here: 1, already_snake_ok: true }],
        external_url: "https://example.test",
        http_status_code: 200,
        md5_hash: "x",
      },
      members: [{ id: 1, user_name: "ada", new_member_flag: false }],
      already_snake: null,
    });
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
