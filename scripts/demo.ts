// `npm run demo`: civis-api doing real work, one readable line per call.
// By default it starts the emulator in-process on a free port and acts as its
// first user, sharing and transferring to the second. With CIVIS_API_KEY and
// CIVIS_API_ENDPOINT both set it talks to that server instead, touches only
// objects it creates, skips what it could not undo (transfers, shares unless
// CIVIS_DEMO_SHARE_USER_ID names a user) and deletes or archives what it
// made. It never prints an API key, a password or a
// temporary credential.
import { randomBytes } from "node:crypto";
import {
  APIClient,
  CivisAPIError,
  CivisNotFoundError,
  type MethodResult,
  type ResponseMeta,
} from "../src/index.js";
import { startEmulator, type RunningEmulator } from "../src/emulator/index.js";

type Shares = MethodResult<"groups", "list_shares">;
type Person = { id: number; name: string };

const line = (method: string, text: string) =>
  console.log(`  ${method.padEnd(28)} ${text}`);
const heading = (text: string) => console.log(`\n${text}`);
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** "owners: ada; readers: ben" from a `list_shares` result. */
function sharesSummary(shares: Shares): string {
  const parts: string[] = [];
  for (const level of ["owners", "writers", "readers"] as const) {
    const names = shares.flatMap((s) => [
      ...s[level].users.map((u) => u.name),
      ...s[level].groups.map((g) => `group ${g.name}`),
    ]);
    if (names.length) parts.push(`${level}: ${[...new Set(names)].join(", ")}`);
  }
  return parts.join("; ") || "nobody";
}

/** Counts the pages (requests) an iterator fetched, through `onResponse`. */
function pageCounter() {
  let pages = 0;
  return {
    onResponse: (_meta: ResponseMeta) => void pages++,
    get pages() {
      return pages;
    },
  };
}

async function main(): Promise<void> {
  const env = process.env;
  const remote = Boolean(env.CIVIS_API_KEY && env.CIVIS_API_ENDPOINT);
  let emulator: RunningEmulator | undefined;
  let client: APIClient;
  let other: Person | undefined; // the user we share with and transfer to
  let otherClient: APIClient | undefined; // only on the emulator
  const cleanup: (() => Promise<string>)[] = [];

  if (remote) {
    client = new APIClient();
    const shareWith = Number(env.CIVIS_DEMO_SHARE_USER_ID);
    if (Number.isInteger(shareWith) && shareWith > 0)
      other = { id: shareWith, name: `user ${shareWith}` };
    console.log(
      `civis-api demo against ${client.baseUrl} (CIVIS_API_ENDPOINT); it touches only objects it creates`,
    );
  } else {
    emulator = await startEmulator({ port: 0 });
    const [me, them] = emulator.users;
    if (!me || !them) {
      await emulator.close();
      throw new Error("the emulator seeded fewer than 2 users");
    }
    client = new APIClient({ apiKey: me.apiKey, baseUrl: emulator.url });
    otherClient = new APIClient({ apiKey: them.apiKey, baseUrl: emulator.url });
    other = { id: them.id, name: them.name };
    console.log(
      `civis-api demo against the local emulator at ${emulator.url}, as ${me.name} (user ${me.id}); ${them.name} (user ${them.id}) is the other user`,
    );
    if (env.CIVIS_API_KEY || env.CIVIS_API_ENDPOINT)
      console.log(
        "  (set both CIVIS_API_KEY and CIVIS_API_ENDPOINT to run against a real server)",
      );
  }
  // Names the demo's objects so that, on a real server, they are recognisably ours.
  const prefix = remote ? `civis-api demo ${Date.now().toString(36)}` : "Demo";

  try {
    // ---------------------------------------------------------------- Match targets
    heading("Match targets");
    const target = await client.match_targets.post(`${prefix} voter file`, {
      target_file_name: "voters.csv",
    });
    cleanup.push(async () => {
      await client.match_targets.put_archive(target.id, true);
      return `archived match target #${target.id}`;
    });
    line(
      "post",
      `created match target #${target.id} "${target.name}" -> ${target.target_file_name}`,
    );
    const patchedTarget = await client.match_targets.patch(target.id, {
      target_file_name: "voters-2026.csv",
    });
    line("patch", `target file is now ${patchedTarget.target_file_name}`);
    const targets = await client.match_targets.list();
    line(
      "list",
      `${plural(targets.length, "match target")} visible, #${target.id} among them: ${targets.some((t) => t.id === target.id)}`,
    );
    if (other) {
      await client.match_targets.put_shares_users(
        target.id,
        [other.id],
        "read",
      );
      line("put_shares_users", `${other.name} may now read #${target.id}`);
      line(
        "list_shares",
        sharesSummary(await client.match_targets.list_shares(target.id)),
      );
    }
    const archivedTarget = await client.match_targets.put_archive(
      target.id,
      true,
    );
    line("put_archive", `#${target.id} archived: ${archivedTarget.archived}`);

    // ---------------------------------------------------------------- JSON values
    heading("JSON values");
    // The value's keys are user data: they come back exactly as written.
    const value = await client.json_values.post(
      JSON.stringify({ region: "Midwest", turnoutGoal: 0.62 }),
      { name: `${prefix} settings` },
    );
    line(
      "post",
      `created JSON value #${value.id} "${value.name}" = ${JSON.stringify(value.value)}`,
    );
    const fetched = await client.json_values.get(value.id);
    line(
      "get",
      `keys kept as written: ${Object.keys(fetched.value as object).join(", ")}`,
    );
    const patchedValue = await client.json_values.patch(value.id, {
      value_str: JSON.stringify({ region: "Midwest", turnoutGoal: 0.65 }),
    });
    line("patch", `value is now ${JSON.stringify(patchedValue.value)}`);
    const deps = await client.json_values.list_dependencies(value.id);
    line(
      "list_dependencies",
      plural(deps.length, "dependency", "dependencies"),
    );
    if (other) {
      await client.json_values.put_shares_users(value.id, [other.id], "write");
      line("put_shares_users", `${other.name} may now edit #${value.id}`);
    }
    if (other && otherClient) {
      const moved = await client.json_values.put_transfer(
        value.id,
        other.id,
        false,
      );
      line(
        "put_transfer",
        `#${value.id} transferred to ${other.name} (${plural(moved.dependencies.length, "dependency", "dependencies")} moved along)`,
      );
      line(
        "list_shares",
        sharesSummary(await otherClient.json_values.list_shares(value.id)),
      );
    } else {
      line(
        "put_transfer",
        "skipped on a real server (it would give the value away)",
      );
    }

    // ---------------------------------------------------------------- Permission sets
    heading("Permission sets");
    const set = await client.permission_sets.post(`${prefix} permissions`, {
      description: "Who may see the reports",
    });
    cleanup.push(async () => {
      await client.permission_sets.put_archive(set.id, true);
      return `archived permission set #${set.id}`;
    });
    line(
      "post",
      `created permission set #${set.id} "${set.name}", author ${set.author.username}`,
    );
    for (const name of ["reports", "dashboards", "exports"]) {
      await client.permission_sets.post_resources(set.id, name, {
        description: `Access to ${name}`,
      });
      cleanup.push(async () => {
        await client.permission_sets.delete_resources(set.id, name);
        return `deleted resource "${name}" of permission set #${set.id}`;
      });
    }
    line("post_resources", "added resources reports, dashboards, exports");
    const resourcePages = pageCounter();
    const resourceNames: string[] = [];
    for await (const r of client.permission_sets.list_resources(set.id, {
      iterator: true,
      limit: 2,
      onResponse: resourcePages.onResponse,
    }))
      resourceNames.push(r.name);
    line(
      "list_resources",
      `{ iterator: true, limit: 2 }: ${resourceNames.join(", ")} in ${plural(resourcePages.pages, "page")}`,
    );
    const patchedSet = await client.permission_sets.patch(set.id, {
      description: "Who may see and export the reports",
    });
    line("patch", `description: "${patchedSet.description}"`);
    if (other) {
      await client.permission_sets.put_resources_shares_users(
        set.id,
        "reports",
        [other.id],
        "read",
      );
      line("put_resources_shares_users", `${other.name} may read "reports"`);
      const perms = await client.permission_sets.list_users_permissions(
        set.id,
        other.id,
      );
      const granted = perms
        .filter((p) => p.read || p.write || p.manage)
        .map(
          (p) =>
            `${p.resource_name} (${p.manage ? "manage" : p.write ? "write" : "read"})`,
        );
      line(
        "list_users_permissions",
        `${other.name}: ${granted.join(", ") || "nothing"}`,
      );
      await client.permission_sets.put_shares_users(set.id, [other.id], "read");
      line(
        "list_shares",
        sharesSummary(await client.permission_sets.list_shares(set.id)),
      );
    }
    const archivedSet = await client.permission_sets.put_archive(set.id, true);
    line("put_archive", `#${set.id} archived: ${archivedSet.archived}`);

    // ---------------------------------------------------------------- Groups
    heading("Groups");
    const liveGroups = new Set<number>(); // ours and not yet deleted
    cleanup.push(async () => {
      for (const id of liveGroups) await client.groups.delete(id);
      return `deleted ${plural(liveGroups.size, "group")}`;
    });
    {
      const teams = [];
      for (const n of [1, 2, 3, 4, 5]) {
        const team = await client.groups.post(`${prefix} team ${n}`);
        liveGroups.add(team.id);
        teams.push(team);
      }
      const team = teams[0]!;
      line(
        "post",
        `created ${plural(teams.length, "group")}, #${teams.map((t) => t.id).join(", #")}`,
      );
      const pages = pageCounter();
      const names: string[] = [];
      for await (const g of client.groups.list({
        iterator: true,
        query: `${prefix} team`,
        limit: 2,
        onResponse: pages.onResponse,
      }))
        names.push(g.name);
      line(
        "list",
        `{ iterator: true, limit: 2 }: ${plural(names.length, "group")} in ${plural(pages.pages, "page")}, no extra request`,
      );
      const patched = await client.groups.patch(team.id, {
        description: "Field organizers",
      });
      line("patch", `#${team.id} description: "${patched.description}"`);
      if (other) {
        const withMember = await client.groups.put_members(team.id, other.id);
        line(
          "put_members",
          `${other.name} joined #${team.id}; ${plural(withMember.member_count ?? 0, "member")}`,
        );
        await client.groups.put_shares_users(team.id, [other.id], "manage");
        line("put_shares_users", `${other.name} may now manage #${team.id}`);
        line(
          "list_shares",
          sharesSummary(await client.groups.list_shares(team.id)),
        );
      }
      const got = await client.groups.get(team.id);
      line(
        "get",
        `#${got.id} "${got.name}": ${got.members.map((m) => m.username).join(", ") || "no members"}`,
      );
      for (const t of teams) {
        await client.groups.delete(t.id);
        liveGroups.delete(t.id);
      }
      line("delete", `deleted ${plural(teams.length, "group")} (204, no body)`);
    }

    // ---------------------------------------------------------------- Credentials
    heading("Credentials");
    const live = new Set<number>(); // ours and not yet deleted
    cleanup.push(async () => {
      for (const id of live) await client.credentials.delete(id);
      return `deleted ${plural(live.size, "credential")}`;
    });
    const { types } = await client.credentials.list_types();
    line(
      "list_types",
      `${plural(types.length, "type")}: ${types.slice(0, 4).join(", ")}, ...`,
    );
    // A made-up secret, sent once and never printed (the API never returns it).
    const secret = randomBytes(18).toString("base64url");
    const s3 = await client.credentials.post(
      "Amazon Web Services S3",
      "demo-access-key-id",
      secret,
      { name: `${prefix} S3` },
    );
    live.add(s3.id);
    line("post", `created credential #${s3.id} "${s3.name}" (${s3.type})`);
    const got = await client.credentials.get(s3.id);
    line(
      "get",
      `#${got.id} owned by ${got.owner}; password in the response: ${"password" in got}`,
    );
    const temporary = await client.credentials.post_temporary(s3.id, {
      duration: 900,
    });
    const issued = Object.keys(temporary).filter(
      (k) =>
        typeof (temporary as unknown as Record<string, unknown>)[k] ===
        "string",
    );
    line(
      "post_temporary",
      `15-minute S3 credential issued (${issued.join(", ")}; not shown)`,
    );
    const patchedCred = await client.credentials.patch(s3.id, {
      description: "Demo bucket",
    });
    line("patch", `#${s3.id} description: "${patchedCred.description}"`);

    const mine = new Set([s3.id]);
    for (const n of [1, 2]) {
      const c = await client.credentials.post(
        "Custom",
        `demo-user-${n}`,
        secret,
        {
          name: `${prefix} custom ${n}`,
        },
      );
      mine.add(c.id);
      live.add(c.id);
    }
    // Newest first by default, so ours come on the first pages; stop once found.
    const credPages = pageCounter();
    let found = 0;
    for await (const c of client.credentials.list({
      iterator: true,
      limit: 2,
      onResponse: credPages.onResponse,
    }))
      if (mine.has(c.id) && ++found === mine.size) break;
    line(
      "list",
      `{ iterator: true, limit: 2 }: found all ${mine.size} of ours in ${plural(credPages.pages, "page")}`,
    );
    if (other && otherClient) {
      await client.credentials.put_shares_users(s3.id, [other.id], "read");
      line("put_shares_users", `${other.name} may now use #${s3.id}`);
      line(
        "list_shares",
        sharesSummary(await client.credentials.list_shares(s3.id)),
      );
      const last = [...mine].at(-1)!;
      await client.credentials.put_transfer(last, other.id, false);
      live.delete(last);
      const theirs = await otherClient.credentials.get(last);
      line("put_transfer", `#${last} now owned by ${theirs.owner}`);
    }

    // ---------------------------------------------------------------- An error
    heading("Errors");
    await client.credentials.delete(s3.id);
    live.delete(s3.id);
    line("delete", `deleted credential #${s3.id} (204, no body)`);
    try {
      await client.credentials.get(s3.id);
      throw new Error(`credential #${s3.id} still exists after delete`);
    } catch (error) {
      if (!(error instanceof CivisNotFoundError)) throw error;
      line("get", `${error.name}: ${error.message}`);
      line(
        "",
        `status ${error.status}, error "${error.error}", request id ${error.requestId}`,
      );
    }
  } finally {
    if (remote && cleanup.length) {
      heading("Cleaning up");
      for (const undo of cleanup.reverse()) {
        try {
          line("", await undo());
        } catch (error) {
          line(
            "",
            `could not undo a step: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    if (emulator) {
      const requests = emulator.requestCount();
      await emulator.close();
      console.log(
        `\nDone: ${plural(requests, "request")} to the emulator, which is now closed.`,
      );
    }
  }
}

main().catch((error: unknown) => {
  // Our errors never hold the key; anything else is summarised, not dumped.
  const text =
    error instanceof CivisAPIError || error instanceof Error
      ? error.message
      : String(error);
  console.error(`\ndemo failed: ${text}`);
  process.exitCode = 1;
});
