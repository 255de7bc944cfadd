// The client entry's size budget, measured as
// `npm run bench` measures it. A size, not a time: the same on any machine.
import { expect, it } from "vitest";
import {
  CLIENT_BUDGET_BYTES,
  bundleSize,
} from "../../scripts/bench/bundle-size.js";

it("the client entry, openapi-fetch included, stays within its min+gzip budget", async () => {
  const bytes = await bundleSize('export { APIClient } from "./src/index.js";');
  expect(bytes).toBeLessThanOrEqual(CLIENT_BUDGET_BYTES);
}, 30_000);
