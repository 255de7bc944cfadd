// The forms of X-RateLimit-Reset the gate understands. The gate's behaviour
// is tested against the emulator, in test/client/rate-limit.test.ts.
import { expect, it } from "vitest";
import { resetAtMs } from "../../src/http/gate.js";

const now = Date.parse("2026-04-17T18:21:00.000Z");

it.each([
  [
    "epoch seconds (GitHub)",
    1776450090,
    Date.parse("2026-04-17T18:21:30.000Z"),
  ],
  ["epoch seconds with a fraction", 1776450060.25, now + 250],
  ["epoch milliseconds", 1776450061500, now + 1500],
  ["seconds from now (IETF draft)", 30, now + 30_000],
  ["now", 0, now],
])("%s: %d", (_, value, expected) => {
  expect(resetAtMs(value, now)).toBe(expected);
});
