// One test per bug fixed in the client, so none comes back.
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientFor, startTestEmulator, type TestEmulator } from "./helpers.js";

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

it("accepts per-call options given as undefined", async () => {
  const client = clientFor(emu);
  const group = await client.groups.get(1, {
    timeoutMs: undefined,
    retries: undefined,
    signal: undefined,
    onResponse: undefined,
  });
  expect(group.id).toBe(1);
});
