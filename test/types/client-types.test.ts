// Compile-time checks of the wrappers' names, arguments and results; tsc
// (`npm run typecheck`) fails if any of them stops holding. The calls live
// in a function that never runs.
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../../generated/schema.js";
import {
  APIClient,
  type CallOptions,
  type MethodResult,
} from "../../src/index.js";

// Never sends anything: the calls below only exist for the compiler.
const client = new APIClient({
  apiKey: "unused",
  baseUrl: "http://127.0.0.1:9",
});

describe("wrapper types", () => {
  it("derive names, arguments and results from the spec", () => {
    expectTypeOf(client.groups.get).parameters.toEqualTypeOf<
      [id: number, options?: CallOptions]
    >();
    expectTypeOf<MethodResult<"groups", "get">>().toHaveProperty(
      "member_count",
    );
    expectTypeOf<
      MethodResult<"groups", "get">["members"][number]
    >().toHaveProperty("primary_group_id");
    expectTypeOf<
      MethodResult<"credentials", "get">["remote_host_id"]
    >().toEqualTypeOf<number | null>();
    expectTypeOf<MethodResult<"match_targets", "list">>().toEqualTypeOf<
      MethodResult<"match_targets", "get">[]
    >();
    expectTypeOf<MethodResult<"json_values", "get">["value"]>().toBeUnknown();
    expectTypeOf<MethodResult<"groups", "delete_members">>().toBeVoid();
    expectTypeOf<
      MethodResult<
        "permission_sets",
        "list_shares"
      >[number]["total_user_shares"]
    >().toBeNumber();
    expectTypeOf<
      MethodResult<
        "credentials",
        "put_transfer"
      >["dependencies"][number]["fco_type"]
    >().toBeString();
    expectTypeOf(client.groups.get_child_groups).toEqualTypeOf(
      client.groups.list_child_groups,
    );
  });

  it("follow the recorded wire where it differs from the reference", () => {
    expectTypeOf<
      MethodResult<"permission_sets", "get">["archived"]
    >().toEqualTypeOf<boolean>();
    expectTypeOf<
      MethodResult<"credentials", "post_authenticate">
    >().toEqualTypeOf<{ success: boolean }>();
    // Whatever form the server sends, the wrapper resolves the documented one.
    expectTypeOf<MethodResult<"credentials", "list_types">>().toEqualTypeOf<{
      types: string[];
    }>();
    expectTypeOf<
      MethodResult<"groups", "list">[number]["members"]
    >().toEqualTypeOf<MethodResult<"permission_sets", "get">["author"][]>();
    expectTypeOf<MethodResult<"groups", "delete">>().toBeVoid();
    expectTypeOf(client.groups.delete).parameters.toEqualTypeOf<
      [id: number, options?: CallOptions]
    >();
    // client.raw sees every form the wire may carry.
    type RawTypes =
      paths["/credentials/types"]["get"]["responses"][200]["content"]["application/json"];
    expectTypeOf<string[]>().toMatchTypeOf<RawTypes>();
    expectTypeOf<{ types: string[] }[]>().toMatchTypeOf<RawTypes>();
    expectTypeOf<{ types: string[] }>().toMatchTypeOf<RawTypes>();
  });

  it("rejects wrong names and argument types at compile time", () => {
    async function neverCalled() {
      await client.groups.post("Analysts", { description: "Team" });
      await client.groups.put_shares_users(1, [2], "read");
      await client.json_values.put_transfer(1, 2, true, { send_email: false });
      await client.credentials.post_temporary(3, { duration: 900 });
      await client.groups.list({
        user_ids: [1, 2],
        limit: 10,
        signal: undefined,
      });
      const page: MethodResult<"groups", "list"> = await client.groups.list();
      for await (const g of client.groups.list({ iterator: true })) {
        expectTypeOf(g.member_count).toEqualTypeOf<number | null>();
      }
      void page;
      // A boolean known only at run time: either form.
      const flag = Math.random() > 0.5;
      expectTypeOf(client.groups.list({ iterator: flag })).toEqualTypeOf<
        | AsyncIterableIterator<MethodResult<"groups", "list">[number]>
        | Promise<MethodResult<"groups", "list">>
      >();
      // @ts-expect-error misspelt option
      await client.groups.post("Analysts", { descripton: "Team" });
      // @ts-expect-error a permission level that does not exist
      await client.groups.put_shares_users(1, [2], "admin");
      // @ts-expect-error id is a number
      await client.groups.get("1");
      // @ts-expect-error required argument missing
      await client.json_values.put_transfer(1, 2);
      // @ts-expect-error no such method
      await client.groups.list_members(1);
      // @ts-expect-error match_targets.list is not paginated
      client.match_targets.list({ iterator: true });
      // @ts-expect-error results use the seed's snake_case names
      (await client.groups.get(1)).memberCount;
    }
    expectTypeOf(neverCalled).toBeFunction();
  });
});
