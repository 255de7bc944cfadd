// `npm run demo`: civis-api doing real work, one readable line per call.
// By default it starts the emulator in-process on a free port and acts as its
// first user, sharing and transferring to the second. With CIVIS_API_KEY and
// CIVIS_API_ENDPOINT both set it talks to that server instead, touches only
// objects it creates, skips what it could not undo (transfers, shares unless
// CIVIS_DEMO_SHARE_USER_ID names a user) and deletes or archives what it
// made. It never prints an API key, a password or a
// temporary credential.
import { randomBytes } from "node:crypto";
import { APIClient, CivisNotFoundError } from "../src/index.js";
import { startEmulator } from "../src/emulator/index.js";

type Shares = Awaited<ReturnType<APIClient["groups"]["list_shares"]>>;
type Level = "read" | "write" | "manage";
type Person = { id: number; name: string };

/** What every section gets: who acts, with whom it shares, how to undo. */
interface Demo {
  client: APIClient;
  remote: boolean;
  /** Names our objects, so that on a real server they are recognisably ours. */
  prefix: string;
  /** The user we share with and transfer to, if any. */
  other?: Person;
  /** The other user's own client: on the emulator only. */
  otherClient?: APIClient;
  /** Registers how to undo a step on a real server; call the result once it needs no undoing. */
  undo(step: () => Promise<string>): () => void;
}

/** The one printer: a heading per section, then one line per call. */
const print = {
  heading: (text: string) => console.log(`\n${text}`),
  line: (method: string, text: string) =>
    console.log(`  ${method.padEnd(28)} ${text}`),
};

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

/** The shares family every resource has, as the demo uses it. */
interface Shareable {
  put_shares_users(id: number, users: number[], level: Level): Promise<unknown>;
  list_shares(id: number): Promise<Shares>;
}

/** `put_shares_users` for the other user, then who has access now. */
async function share(
  resource: Shareable,
  id: number,
  other: Person,
  level: Level,
  may: string,
): Promise<void> {
  await resource.put_shares_users(id, [other.id], level);
  print.line("put_shares_users", `${other.name} may now ${may} #${id}`);
  print.line("list_shares", sharesSummary(await resource.list_shares(id)));
}

/** Registers archiving `id` as the undo of its creation: these resources have no delete. */
function archiveOnUndo(
  undo: Demo["undo"],
  resource: { put_archive(id: number, status: boolean): Promise<unknown> },
  id: number,
  what: string,
): () => void {
  return undo(async () => {
    await resource.put_archive(id, true);
    return `archived ${what} #${id}`;
  });
}

/**
 * Walks a `list(..., { iterator: true })` until it ends or `enough` says so,
 * counting the pages (requests) it fetched through `onResponse`.
 */
async function walk<T>(
  list: (onResponse: () => void) => AsyncIterable<T>,
  enough: (seen: T[]) => boolean = () => false,
): Promise<{ items: T[]; pages: number }> {
  let pages = 0;
  const items: T[] = [];
  for await (const item of list(() => void pages++)) {
    items.push(item);
    if (enough(items)) break; // break stops paging
  }
  return { items, pages };
}

async function matchTargets({ client, other, prefix, undo }: Demo) {
  const target = await client.match_targets.post(`${prefix} voter file`, {
    target_file_name: "voters.csv",
  });
  const undone = archiveOnUndo(
    undo,
    client.match_targets,
    target.id,
    "match target",
  );
  print.line(
    "post",
    `created match target #${target.id} "${target.name}" -> ${target.target_file_name}`,
  );
  const patched = await client.match_targets.patch(target.id, {
    target_file_name: "voters-2026.csv",
  });
  print.line("patch", `target file is now ${patched.target_file_name}`);
  const targets = await client.match_targets.list();
  print.line(
    "list",
    `${plural(targets.length, "match target")} visible, #${target.id} among them: ${targets.some((t) => t.id === target.id)}`,
  );
  if (other)
    await share(client.match_targets, target.id, other, "read", "read");
  const archived = await client.match_targets.put_archive(target.id, true);
  undone();
  print.line("put_archive", `#${target.id} archived: ${archived.archived}`);
}

async function jsonValues({ client, other, otherClient, prefix }: Demo) {
  // The value's keys are user data: they come back exactly as written.
  const value = await client.json_values.post(
    JSON.stringify({ region: "Midwest", turnoutGoal: 0.62 }),
    { name: `${prefix} settings` },
  );
  print.line(
    "post",
    `created JSON value #${value.id} "${value.name}" = ${JSON.stringify(value.value)}`,
  );
  const fetched = await client.json_values.get(value.id);
  print.line(
    "get",
    `keys kept as written: ${Object.keys(fetched.value as object).join(", ")}`,
  );
  const patched = await client.json_values.patch(value.id, {
    value_str: JSON.stringify({ region: "Midwest", turnoutGoal: 0.65 }),
  });
  print.line("patch", `value is now ${JSON.stringify(patched.value)}`);
  const deps = await client.json_values.list_dependencies(value.id);
  print.line(
    "list_dependencies",
    plural(deps.length, "dependency", "dependencies"),
  );
  if (other) {
    await client.json_values.put_shares_users(value.id, [other.id], "write");
    print.line("put_shares_users", `${other.name} may now edit #${value.id}`);
  }
  if (!other || !otherClient) {
    print.line(
      "put_transfer",
      "skipped on a real server (it would give the value away)",
    );
    return;
  }
  const moved = await client.json_values.put_transfer(
    value.id,
    other.id,
    false,
  );
  print.line(
    "put_transfer",
    `#${value.id} transferred to ${other.name} (${plural(moved.dependencies.length, "dependency", "dependencies")} moved along)`,
  );
  print.line(
    "list_shares",
    sharesSummary(await otherClient.json_values.list_shares(value.id)),
  );
}

async function permissionSets({ client, other, prefix, undo }: Demo) {
  const set = await client.permission_sets.post(`${prefix} permissions`, {
    description: "Who may see the reports",
  });
  const undone = archiveOnUndo(
    undo,
    client.permission_sets,
    set.id,
    "permission set",
  );
  print.line(
    "post",
    `created permission set #${set.id} "${set.name}", author ${set.author.username}`,
  );
  for (const name of ["reports", "dashboards", "exports"]) {
    await client.permission_sets.post_resources(set.id, name, {
      description: `Access to ${name}`,
    });
    undo(async () => {
      await client.permission_sets.delete_resources(set.id, name);
      return `deleted resource "${name}" of permission set #${set.id}`;
    });
  }
  print.line("post_resources", "added resources reports, dashboards, exports");
  const resources = await walk((onResponse) =>
    client.permission_sets.list_resources(set.id, {
      iterator: true,
      limit: 2,
      onResponse,
    }),
  );
  print.line(
    "list_resources",
    `{ iterator: true, limit: 2 }: ${resources.items.map((r) => r.name).join(", ")} in ${plural(resources.pages, "page")}`,
  );
  const patched = await client.permission_sets.patch(set.id, {
    description: "Who may see and export the reports",
  });
  print.line("patch", `description: "${patched.description}"`);
  if (other) {
    await client.permission_sets.put_resources_shares_users(
      set.id,
      "reports",
      [other.id],
      "read",
    );
    print.line(
      "put_resources_shares_users",
      `${other.name} may read "reports"`,
    );
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
    print.line(
      "list_users_permissions",
      `${other.name}: ${granted.join(", ") || "nothing"}`,
    );
    await share(client.permission_sets, set.id, other, "read", "see");
  }
  // Printed as sent: recorded servers say a boolean, the reference a string.
  const archived = await client.permission_sets.put_archive(set.id, true);
  undone();
  print.line("put_archive", `#${set.id} archived: ${archived.archived}`);
}

async function groups({ client, other, prefix, undo }: Demo) {
  const teams = [];
  for (const n of [1, 2, 3, 4, 5]) {
    const created = await client.groups.post(`${prefix} team ${n}`);
    const undone = undo(async () => {
      await client.groups.delete(created.id);
      return `deleted group #${created.id}`;
    });
    teams.push({ ...created, undone });
  }
  const team = teams[0]!;
  print.line(
    "post",
    `created ${plural(teams.length, "group")}, #${teams.map((t) => t.id).join(", #")}`,
  );
  const listed = await walk((onResponse) =>
    client.groups.list({
      iterator: true,
      query: `${prefix} team`,
      limit: 2,
      onResponse,
    }),
  );
  print.line(
    "list",
    `{ iterator: true, limit: 2 }: ${plural(listed.items.length, "group")} in ${plural(listed.pages, "page")}, no extra request`,
  );
  const patched = await client.groups.patch(team.id, {
    description: "Field organizers",
  });
  print.line("patch", `#${team.id} description: "${patched.description}"`);
  if (other) {
    const joined = await client.groups.put_members(team.id, other.id);
    print.line(
      "put_members",
      `${other.name} joined #${team.id}; ${plural(joined.member_count ?? 0, "member")}`,
    );
    await share(client.groups, team.id, other, "manage", "manage");
  }
  const got = await client.groups.get(team.id);
  print.line(
    "get",
    `#${got.id} "${got.name}": ${got.members.map((m) => m.username).join(", ") || "no members"}`,
  );
  for (const t of teams) {
    await client.groups.delete(t.id);
    t.undone();
  }
  print.line(
    "delete",
    `deleted ${plural(teams.length, "group")} (204, no body)`,
  );
}

/**
 * Posts a credential with a made-up secret (sent once, never printed; the API
 * never returns it) and registers its deletion; returns it and what `undo` returned.
 */
async function newCredential(
  { client, prefix, undo }: Demo,
  type: Parameters<APIClient["credentials"]["post"]>[0],
  name: string,
) {
  const secret = randomBytes(18).toString("base64url");
  const made = await client.credentials.post(type, "demo-user", secret, {
    name: `${prefix} ${name}`,
  });
  const undone = undo(async () => {
    await client.credentials.delete(made.id);
    return `deleted credential #${made.id}`;
  });
  return [made, undone] as const;
}

async function credentials(demo: Demo) {
  const { client, other, otherClient } = demo;
  const { types } = await client.credentials.list_types();
  print.line(
    "list_types",
    `${plural(types.length, "type")}: ${types.slice(0, 4).join(", ")}, ...`,
  );
  const [s3] = await newCredential(demo, "Amazon Web Services S3", "S3");
  print.line("post", `created credential #${s3.id} "${s3.name}" (${s3.type})`);
  const got = await client.credentials.get(s3.id);
  print.line(
    "get",
    `#${got.id} owned by ${got.owner}; password in the response: ${"password" in got}`,
  );
  const temporary = await client.credentials.post_temporary(s3.id, {
    duration: 900,
  });
  const issued = Object.entries(temporary).filter(
    ([, v]) => typeof v === "string",
  );
  print.line(
    "post_temporary",
    `15-minute S3 credential issued (${issued.map(([k]) => k).join(", ")}; not shown)`,
  );
  const patched = await client.credentials.patch(s3.id, {
    description: "Demo bucket",
  });
  print.line("patch", `#${s3.id} description: "${patched.description}"`);

  const mine = new Set([s3.id]);
  let last = s3.id;
  for (const n of [1, 2]) {
    const [custom] = await newCredential(demo, "Custom", `custom ${n}`);
    mine.add(custom.id);
    last = custom.id;
  }
  // Newest first by default, so ours come on the first pages; stop once found.
  const found = await walk(
    (onResponse) =>
      client.credentials.list({ iterator: true, limit: 2, onResponse }),
    (seen) => seen.filter((c) => mine.has(c.id)).length === mine.size,
  );
  print.line(
    "list",
    `{ iterator: true, limit: 2 }: found all ${mine.size} of ours in ${plural(found.pages, "page")}`,
  );
  if (other && otherClient) {
    await share(client.credentials, s3.id, other, "read", "use");
    await client.credentials.put_transfer(last, other.id, false);
    const theirs = await otherClient.credentials.get(last);
    print.line("put_transfer", `#${last} now owned by ${theirs.owner}`);
  }
}

async function errors(demo: Demo) {
  const { client } = demo;
  const [doomed, undone] = await newCredential(demo, "Custom", "to delete");
  await client.credentials.delete(doomed.id);
  undone();
  print.line("delete", `deleted credential #${doomed.id} (204, no body)`);
  try {
    await client.credentials.get(doomed.id);
    throw new Error(`credential #${doomed.id} still exists after delete`);
  } catch (error) {
    if (!(error instanceof CivisNotFoundError)) throw error;
    print.line("get", `${error.name}: ${error.message}`);
    print.line(
      "",
      `status ${error.status}, error "${error.error}", request id ${error.requestId}`,
    );
  }
}

const sections: [string, (demo: Demo) => Promise<void>][] = [
  ["Match targets", matchTargets],
  ["JSON values", jsonValues],
  ["Permission sets", permissionSets],
  ["Groups", groups],
  ["Credentials", credentials],
  ["Errors", errors],
];

type Connection = { demo: Omit<Demo, "undo">; close(): Promise<void> };

/** A real server when both variables are set, otherwise an emulator here. */
async function connect(): Promise<Connection> {
  const env = process.env;
  if (env.CIVIS_API_KEY && env.CIVIS_API_ENDPOINT) {
    const client = new APIClient();
    const shareWith = Number(env.CIVIS_DEMO_SHARE_USER_ID);
    const other =
      Number.isInteger(shareWith) && shareWith > 0
        ? { id: shareWith, name: `user ${shareWith}` }
        : undefined;
    console.log(
      `civis-api demo against ${client.baseUrl} (CIVIS_API_ENDPOINT); it touches only objects it creates`,
    );
    const prefix = `civis-api demo ${Date.now().toString(36)}`;
    return {
      demo: { client, remote: true, prefix, other },
      close: async () => {},
    };
  }
  const emulator = await startEmulator({ port: 0 });
  const [me, them] = emulator.users;
  if (!me || !them) {
    await emulator.close();
    throw new Error("the emulator seeded fewer than 2 users");
  }
  console.log(
    `civis-api demo against the local emulator at ${emulator.url}, as ${me.name} (user ${me.id}); ${them.name} (user ${them.id}) is the other user`,
  );
  if (env.CIVIS_API_KEY || env.CIVIS_API_ENDPOINT)
    console.log(
      "  (set both CIVIS_API_KEY and CIVIS_API_ENDPOINT to run against a real server)",
    );
  const demo = {
    client: new APIClient({ apiKey: me.apiKey, baseUrl: emulator.url }),
    otherClient: new APIClient({ apiKey: them.apiKey, baseUrl: emulator.url }),
    other: { id: them.id, name: them.name },
    remote: false,
    prefix: "Demo",
  };
  return {
    demo,
    async close() {
      const requests = emulator.requestCount();
      await emulator.close();
      console.log(
        `\nDone: ${plural(requests, "request")} to the emulator, which is now closed.`,
      );
    },
  };
}

async function main(): Promise<void> {
  const connection = await connect();
  // Only a real server keeps what the demo made; the emulator's state goes with it.
  const steps = new Set<() => Promise<string>>();
  const undo: Demo["undo"] = (step) => {
    if (connection.demo.remote) steps.add(step);
    return () => void steps.delete(step);
  };
  const demo = { ...connection.demo, undo };
  try {
    for (const [title, section] of sections) {
      print.heading(title);
      await section(demo);
    }
  } finally {
    if (steps.size) print.heading("Cleaning up");
    for (const undo of [...steps].reverse()) {
      try {
        print.line("", await undo());
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        print.line("", `could not undo a step: ${text}`);
      }
    }
    await connection.close();
  }
}

main().catch((error: unknown) => {
  // Our errors never hold the key; anything else is summarised, not dumped.
  const text = error instanceof Error ? error.message : String(error);
  console.error(`\ndemo failed: ${text}`);
  process.exitCode = 1;
});
