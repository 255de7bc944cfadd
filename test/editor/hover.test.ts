// What an editor shows for the client's methods: hover (quick info) and
// signature help name every parameter and carry the spec's descriptions;
// a misspelt option or a missing argument gives one precise error. Runs the
// TypeScript language service over a consumer file, as an editor does.
import { beforeAll, describe, expect, it } from "vitest";
import { languageService } from "./language-service.js";

const source = `import { APIClient } from "../../src/index.js";
const client = new APIClient({ apiKey: "k" });
export async function f(flag: boolean) {
  await client.groups.put_members(1, 2);
  const g = await client.groups.get(1);
  g.member_count;
  await client.groups.list({ limt: 5 });
  client.groups.list({ iterator: flag });
  for await (const item of client.groups.list({ iterator: true })) item.slug;
  await client.groups.post();
  await client.credentials.post_authenticate("u", "RemoteHostTypes::JDBC", "n", "p");
}
`;
const ls = languageService(source);

describe("the language service over a consumer of the client", () => {
  // The first question builds the program (seconds on a loaded machine): done
  // here, so that no one test pays for it and each can run alone.
  beforeAll(() => {
    ls.errors();
  }, 60_000);

  it("reports only the two mistakes in the file, each precisely", () => {
    expect(ls.errors()).toEqual([
      "Object literal may only specify known properties, but 'limt' does not exist in type 'GroupsListOptions & CallOptions & IteratorOptions & { iterator?: false | undefined; }'. Did you mean to write 'limit'?",
      "Expected 1-2 arguments, but got 0. An argument for 'name' was not provided.",
    ]);
  });

  it.each([
    [
      "client.groups.put_members",
      {
        text: "(method) Groups<CallOptions, IteratorOptions>.put_members(id: number, user_id: number, options?: CallOptions | undefined): Promise<Group>",
        docs: "Add a user to a group\n\n`PUT /groups/{id}/members/{user_id}`",
        tags: [
          "@param id The ID of the group.",
          "@param user_id The ID of the user.",
          "@param options Per-call options.",
        ],
      },
    ],
    [
      "client.groups.list",
      {
        text: "(method) Groups<CallOptions, IteratorOptions>.list<false>(options?: (GroupsListOptions & CallOptions & IteratorOptions & {\n    iterator?: false | undefined;\n}) | undefined): Promise<GroupListItem[]>",
        docs: "List Groups\n\n`GET /groups`",
        tags: [
          "@param options Optional arguments, per-call options, and `iterator: true` for every item of every page, fetched lazily.",
        ],
      },
    ],
    [
      "g.member_count",
      {
        text: "(property) Group.member_count: number | null",
        docs: "The number of active members in this group.",
        tags: [],
      },
    ],
    [
      "item.slug",
      {
        text: "(property) GroupListItem.slug: string | null",
        docs: "The slug for this group.",
        tags: [],
      },
    ],
  ])("hovers %s with its names and the spec's docs", (expression, shown) => {
    expect(ls.hover(expression)).toEqual(shown);
  });

  it.each([
    [
      "client.groups.put_members(1, ",
      {
        signature:
          "put_members(id: number, user_id: number, options?: CallOptions | undefined): Promise<Group>",
        argument: 1,
        parameters: [
          { name: "id", docs: "The ID of the group." },
          { name: "user_id", docs: "The ID of the user." },
          { name: "options", docs: "Per-call options." },
        ],
      },
    ],
    [
      'client.credentials.post_authenticate("u", ',
      {
        signature:
          'post_authenticate(url: string, remote_host_type: "RemoteHostTypes::Bigquery" | "RemoteHostTypes::Bitbucket" | "RemoteHostTypes::GitSSH" | "RemoteHostTypes::Github" | "RemoteHostTypes::GoogleDoc" | "RemoteHostTypes::JDBC" | "RemoteHostTypes::Postgres" | "RemoteHostTypes::Redshift" | "RemoteHostTypes::S3Storage" | "RemoteHostTypes::Salesforce", username: string, password: string, options?: CallOptions | undefined): Promise<AuthenticateResult>',
        argument: 1,
        parameters: [
          { name: "url", docs: "The URL to your host." },
          { name: "remote_host_type", docs: "The type of remote host." },
          { name: "username", docs: "The username for the credential." },
          { name: "password", docs: "The password for the credential." },
          { name: "options", docs: "Per-call options." },
        ],
      },
    ],
  ])(
    "names the arguments after %s in signature help, with their docs",
    (expression, shown) => {
      expect(ls.signatureHelp(expression)).toEqual(shown);
    },
  );
});
