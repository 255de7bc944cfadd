// One test per bug fixed in the client, so none comes back.
import { expect, it } from "vitest";
import { clientFor, useEmulator } from "./helpers.js";

const { emu } = useEmulator();

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
