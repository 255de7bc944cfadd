// `npm run demo`, the README's first command: it exits 0, covers all five
// resources and prints no secret (emulator keys are 64 hex digits; request ids
// are UUIDs, whose longest hex run is 12).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

it("npm run demo walks through the five resources against the emulator", async () => {
  const env = { ...process.env };
  // Both set would send it to a real server.
  delete env.CIVIS_API_KEY;
  delete env.CIVIS_API_ENDPOINT;
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/demo.ts"],
    { cwd: root, env, encoding: "utf8", timeout: 60_000 },
  );
  for (const heading of [
    "Match targets",
    "JSON values",
    "Permission sets",
    "Groups",
    "Credentials",
    "Errors",
  ])
    expect(stdout).toMatch(new RegExp(`^${heading}$`, "m"));
  expect(stdout).toMatch(
    /CivisNotFoundError: \(404\) .*request id [0-9a-f-]{36}/s,
  );
  expect(stdout).toMatch(/which is now closed\.$/m);
  expect(stdout + stderr).not.toMatch(/[0-9a-f]{20,}/i);
}, 60_000);
