// The soak: a few hundred mixed calls through the chaos proxy at a 30% fault
// rate (seeded, so reruns repeat), each checked at once against the emulator
// read directly, bypassing the proxy. Every call must end with the right
// result or a typed error; no POST may create two objects, no PATCH reach the
// server twice, no iterator lose an item in silence; and no error or log line
// may show the key or a password, one letter long or long. The waits
// (backoff, Retry-After, the gate's probe after a bare 429) are on a fake
// clock; only the per-try timeouts of `slow` answers take real time.
import { inspect } from "node:util";
import { beforeAll, expect, it } from "vitest";
import { mulberry32 } from "../../src/emulator/engine/faults.js";
import {
  CivisError,
  CivisNotFoundError,
  CivisValidationError,
  type LogEntry,
} from "../../src/index.js";
import { ALL_FAULTS } from "../helpers/chaos-proxy.js";
import {
  authenticationError,
  collect,
  keyOf,
  useChaosProxy,
  useEmulator,
  useFakeClock,
} from "./helpers.js";

const CALLS = 300;
// One letter, and one that no message of ours could contain by chance.
const SHORT_PASSWORD = "Ω";
const LONG_PASSWORD = "long-soak-password-3f9a7c1e";

const logs: LogEntry[] = [];
const time = useFakeClock();
const { emu, admin: direct } = useEmulator();
const { proxy, client } = useChaosProxy(
  emu,
  { seed: 20260417, rate: 0.3, slowMs: 1000, maxFaults: 1000 },
  {
    retries: { maxRetries: 6, baseDelayMs: 1, maxDelayMs: 4 },
    sleep: time.sleep,
    // Past this, a `slow` answer (held 1 s) is a timed-out try.
    timeoutMs: 250,
    onLog: (e) => logs.push(e),
  },
);
beforeAll(async () => {
  for (let i = 0; i < 23; i++)
    await direct.permission_sets.post(`soak set ${i}`);
});

it("a few hundred calls at a 30% fault rate: right results or typed errors, nothing doubled, nothing leaked", async () => {
  const errors: unknown[] = [];
  const created = {
    groups: new Map<string, boolean>(),
    jsonValues: new Map<string, boolean>(),
    credentials: new Map<string, boolean>(),
  };
  const patches: string[] = [];

  /** The call's result, or undefined after checking that it failed with a typed error. */
  async function attempt<T>(label: string, call: () => Promise<T>) {
    try {
      return { value: await call() };
    } catch (error) {
      expect(error, `${label}: a typed error`).toBeInstanceOf(CivisError);
      errors.push(error);
      return undefined;
    }
  }

  const own = await direct.groups.post("soak own group");
  const jv = await direct.json_values.post('{"camelKey": {"innerKey": 0}}');
  const sets = (
    await collect(direct.permission_sets.list({ iterator: true, limit: 50 }))
  ).map((s) => s.id);

  const ops: Array<(i: number) => Promise<void>> = [
    async () => {
      const r = await attempt("groups.get", () => client.groups.get(own.id));
      if (r) expect(r.value).toEqual(await direct.groups.get(own.id));
    },
    async (i) => {
      const name = `soak group ${i}`;
      const r = await attempt("groups.post", () => client.groups.post(name));
      created.groups.set(name, r !== undefined);
      if (r) expect(r.value).toEqual(await direct.groups.get(r.value.id));
    },
    async (i) => {
      const description = `soak patch ${i}`;
      patches.push(description);
      const r = await attempt("groups.patch", () =>
        client.groups.patch(own.id, { description }),
      );
      if (r) expect(r.value).toEqual(await direct.groups.get(own.id));
    },
    async (i) => {
      const r = await attempt("groups.put", () =>
        client.groups.put(own.id, `soak put ${i}`),
      );
      if (r) expect(r.value).toEqual(await direct.groups.get(own.id));
    },
    async (i) => {
      const name = `soak value ${i}`;
      const r = await attempt("json_values.post", () =>
        client.json_values.post(`{"camelKey": {"innerKey": ${i}}}`, { name }),
      );
      created.jsonValues.set(name, r !== undefined);
      if (r) expect(r.value).toEqual(await direct.json_values.get(r.value.id));
    },
    async () => {
      const r = await attempt("json_values.get", () =>
        client.json_values.get(jv.id),
      );
      if (r) expect(r.value).toEqual(await direct.json_values.get(jv.id));
    },
    async () => {
      const r = await attempt("permission_sets.list iterator", () =>
        collect(client.permission_sets.list({ iterator: true, limit: 7 })),
      );
      if (r) expect(r.value.map((s) => s.id)).toEqual(sets);
    },
    async () => {
      const query = { limit: 5, order: "name" } as const;
      const r = await attempt("credentials.list", () =>
        client.credentials.list(query),
      );
      if (r) expect(r.value).toEqual(await direct.credentials.list(query));
    },
    async () => {
      const c = await direct.credentials.post("Custom", "soak", LONG_PASSWORD);
      const r = await attempt("credentials.delete", () =>
        client.credentials.delete(c.id),
      );
      if (r) {
        const gone = await direct.credentials
          .get(c.id)
          .catch((e: unknown) => e);
        expect(gone).toBeInstanceOf(CivisNotFoundError);
      }
    },
    async (i) => {
      const name = `soak credential ${i}`;
      const password = i % 2 ? LONG_PASSWORD : SHORT_PASSWORD;
      const r = await attempt("credentials.post", () =>
        client.credentials.post("Custom", "soak", password, { name }),
      );
      created.credentials.set(name, r !== undefined);
      if (r) expect(r.value).toEqual(await direct.credentials.get(r.value.id));
    },
    async (i) => {
      const password = i % 2 ? LONG_PASSWORD : SHORT_PASSWORD;
      const err = await authenticationError(client, emu, password);
      expect(err, "a typed error").toBeInstanceOf(CivisError);
      errors.push(err);
      // Not garbled by redaction, whatever the password.
      if (err instanceof CivisValidationError)
        expect(err.message).toBe(
          "(400) Username or password is incorrect. (POST /credentials/authenticate)",
        );
    },
  ];

  const pick = mulberry32(7);
  for (let i = 0; i < CALLS; i++)
    await ops[Math.floor(pick() * ops.length)]!(i);

  // The chaos happened: about 30% of requests, every kind of fault.
  const faulted = proxy.log.filter((r) => r.fault !== null);
  expect(faulted.length / proxy.log.length).toBeGreaterThan(0.2);
  expect(faulted.length / proxy.log.length).toBeLessThan(0.4);
  expect(new Set(faulted.map((r) => r.fault))).toEqual(new Set(ALL_FAULTS));
  expect(errors.length).toBeGreaterThan(0);

  // No POST created two objects (counted at the emulator); a resolved one created one.
  const state = emu.app.state;
  const count = (records: Iterable<{ name?: string | null }>, name: string) =>
    [...records].filter((r) => r.name === name).length;
  for (const [kind, records] of [
    ["groups", state.groups.values()],
    ["jsonValues", state.jsonValues.values()],
    ["credentials", state.credentials.values()],
  ] as const) {
    const all = [...records];
    for (const [name, resolved] of created[kind]) {
      const n = count(all, name);
      expect(n, `${kind} named ${name}`).toBeLessThanOrEqual(1);
      if (resolved) expect(n, `${kind} named ${name}`).toBe(1);
    }
  }
  // No PATCH reached the server twice.
  const patchBodies = emu.wire
    .filter((w) => w.method === "PATCH")
    .map((w) => (JSON.parse(w.body) as { description: string }).description);
  for (const description of patches)
    expect(
      patchBodies.filter((d) => d === description).length,
    ).toBeLessThanOrEqual(1);

  // One log line per call through the proxy (the iterator's pages are calls each).
  expect(logs.length).toBeGreaterThanOrEqual(CALLS);

  // Nothing shows the key or a password.
  const secrets = [keyOf(emu, 1), LONG_PASSWORD, SHORT_PASSWORD];
  const shown = [
    ...errors.flatMap((e) => [
      (e as Error).message,
      (e as Error).stack ?? "",
      inspect(e, { depth: 10 }),
      JSON.stringify(e),
    ]),
    ...logs.map((entry) => JSON.stringify(entry)),
  ];
  const leaks = shown.filter((text) => secrets.some((s) => text.includes(s)));
  expect(leaks.length, "renderings holding a secret").toBe(0);
}, 120_000);
