// Every method of the generated table, and every alias, is reachable from the
// command line by its reference name (and with dashes): its usage parses,
// the emulator sees the method's own operation, and its help names each of
// its arguments. In-process (main()), over real HTTP.
import { describe, expect, it } from "vitest";
import { methods } from "../../generated/methods.js";
import { aliases } from "../../src/methods/aliases.js";
import {
  routeOf,
  type ArgInfo,
  type MethodSpec,
} from "../../src/methods/method-spec.js";
import { runInProcess, useCliEmulator } from "./run-cli.js";

const table: Record<string, Record<string, MethodSpec>> = methods;
const aliasTable: Record<string, Record<string, string>> = aliases;

/** A value of the argument's kind, as typed on a command line. */
function sample(info: ArgInfo): string {
  if (info.enum) return String(info.enum[0]);
  if (info.type === "array") return `${sample(info.items ?? {})},2`;
  if (info.type === "integer") return "1";
  if (info.type === "boolean") return "false";
  if (info.json) return '{"a":1}';
  return "x";
}

const samples = (spec: MethodSpec) =>
  spec.args.map((a) => sample(spec.params[a]!));

const entries = Object.entries(table).flatMap(([resource, ms]) =>
  Object.keys(ms).map((method) => [resource, method] as const),
);

const cli = useCliEmulator();

/** The operation the emulator routed the last request to. */
const lastOperation = () => cli.emulator.requests.at(-1)?.operationId;

describe("every method of the table", () => {
  it.each(entries)("%s %s: parses and reaches its operation", async (r, m) => {
    const spec = table[r]![m]!;
    const ran = await runInProcess([r, m, ...samples(spec)], cli.env);
    // 0, or the API's refusal of the sample values (no such id...): never usage.
    expect([0, 3], ran.stderr).toContain(ran.code);
    expect(lastOperation()).toBe(`${r}_${m}`);
  });

  it.each(entries)(
    "%s %s: with dashes, --help names every argument",
    async (r, m) => {
      const spec = table[r]![m]!;
      const ran = await runInProcess(
        [r.replaceAll("_", "-"), m.replaceAll("_", "-"), "--help"],
        {},
      );
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain(`Usage: civis-api ${r} ${m}`);
      for (const a of Object.keys(spec.params))
        expect(ran.stdout).toMatch(
          spec.args.includes(a)
            ? `  <${a}>`
            : new RegExp(`  --(\\[no-\\])?${a}\\b`),
        );
      const route = routeOf(r, spec);
      expect(ran.stdout).toContain(`${route.method} ${route.path}`);
    },
  );

  it("one positional too many or too few is a usage error (exit 2) printing the usage", async () => {
    for (const [r, m] of entries) {
      const spec = table[r]![m]!;
      const extra = await runInProcess([r, m, ...samples(spec), "1"], cli.env);
      expect(extra.code).toBe(2);
      expect(extra.stderr).toContain(`Usage: civis-api ${r} ${m}`);
      if (spec.args.length) {
        const short = await runInProcess(
          [r, m, ...samples(spec).slice(1)],
          cli.env,
        );
        expect(short.code).toBe(2);
      }
    }
  });
});

describe("aliases", () => {
  const all = Object.entries(aliasTable).flatMap(([r, as]) =>
    Object.entries(as).map(([alias, target]) => [r, alias, target] as const),
  );

  it.each(all)("%s %s calls %s", async (r, alias, target) => {
    const spec = table[r]![target]!;
    const ran = await runInProcess([r, alias, ...samples(spec)], cli.env);
    expect([0, 3]).toContain(ran.code);
    expect(lastOperation()).toBe(`${r}_${target}`);
  });
});
