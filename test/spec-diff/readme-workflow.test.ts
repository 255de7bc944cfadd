// README.md "When the API changes", followed literally: in a copy of the
// repository (a git repository of its own), against an emulator whose API has
// moved on (a new query parameter, a value added to an enum in words, a new
// operation), each command of the section's sh block runs in order with
// CIVIS_API_KEY and CIVIS_API_ENDPOINT set; the comment line is the reading.
// `npm test` is not run: it is the suite that runs this test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import { loadSpec } from "../../src/emulator/engine/load-spec.js";
import {
  copyRepo,
  repoRoot as root,
  run,
  type Ran,
} from "../helpers/repo-copy.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## When the API changes"),
  readme.indexOf("\n## ", readme.indexOf("## When the API changes") + 1),
);
const steps = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "")
  .split("\n")
  .filter((line) => line.trim() !== "");

/** Replaces the one occurrence of `from` in the spec's text. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`not found once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// The API's changes, written into a copy of the spec the emulator serves.
function moved(spec: string): string {
  let out = replaceOnce(
    spec,
    [
      "          description: Return credentials whose name contains this string.",
      "          schema: { type: string }",
      "",
    ].join("\n"),
    [
      "          description: Return credentials whose name contains this string.",
      "          schema: { type: string }",
      "        - name: state",
      "          in: query",
      "          description: Return only credentials for this U.S. state.",
      "          schema: { type: string }",
      "",
    ].join("\n"),
  );
  out = replaceOnce(
    out,
    [
      '          description: "The field on which to order the result set. Defaults to name. Must be one of: name, created_at."',
      "          schema:",
      "            type: string",
      "            enum: [name, created_at]",
    ].join("\n"),
    [
      '          description: "The field on which to order the result set. Defaults to name. Must be one of: name, updated_at, created_at."',
      "          schema:",
      "            type: string",
      "            enum: [name, updated_at, created_at]",
    ].join("\n"),
  );
  return replaceOnce(
    out,
    "  /match_targets/{id}/shares:\n",
    [
      "  /match_targets/{id}/clone:",
      "    parameters:",
      '      - $ref: "#/components/parameters/Id"',
      "    post:",
      "      operationId: match_targets_post_clone",
      "      tags: [match_targets]",
      "      summary: Clone a match target",
      "      responses:",
      '        "201": { $ref: "#/components/responses/MatchTargetCreated" }',
      "  /match_targets/{id}/shares:",
      "",
    ].join("\n"),
  );
}

// The repository as a maintainer has it (dependencies shared), committed.
let work: string;
let removeWork = () => {};
const elsewhere = mkdtempSync(join(tmpdir(), "civis-moved-"));
const git = {
  GIT_AUTHOR_NAME: "Maintainer",
  GIT_AUTHOR_EMAIL: "maintainer@example.com",
  GIT_COMMITTER_NAME: "Maintainer",
  GIT_COMMITTER_EMAIL: "maintainer@example.com",
};
beforeAll(async () => {
  ({ dir: work, remove: removeWork } = await copyRepo("civis-api-change-"));
  for (const line of [
    "git init -q",
    "git add -A",
    "git commit -q -m 'As it was'",
  ])
    await sh(line, work, { ...process.env, ...git });
}, 60_000);
afterAll(() => {
  removeWork();
  rmSync(elsewhere, { recursive: true, force: true });
});

interface Result extends Ran {
  step: string;
}

const sh = (line: string, cwd: string, env: NodeJS.ProcessEnv) =>
  run("sh", ["-c", line], { cwd, env, timeout: 120_000 });

it("README: diff against the live API, read, apply, generate, commit", async () => {
  expect(steps[0]).toMatch(/^npm run spec:diff -- --live\s/);
  expect(steps.filter((s) => s.startsWith("#"))).toHaveLength(1);
  expect(steps.filter((s) => /^npm .*--apply\b/.test(s))).toHaveLength(1);
  expect(steps.at(-2)).toMatch(/^npm test\b/);
  expect(steps.at(-1)).toMatch(/^git add -A && git commit /);

  const spec = readFileSync(join(root, "spec/openapi.yaml"), "utf8");
  const movedSpec = join(elsewhere, "moved.yaml");
  writeFileSync(movedSpec, moved(spec));
  const emulator = await startEmulator({ port: 0, spec: loadSpec(movedSpec) });
  const env = {
    ...process.env,
    ...git,
    CIVIS_API_ENDPOINT: emulator.url,
    CIVIS_API_KEY: emulator.users[0]!.apiKey,
  };

  const results: Result[] = [];
  let after: Result;
  try {
    for (const line of steps) {
      const step = line.replace(/\s+#.*$/, "").trim();
      if (step.startsWith("#") || step === "npm test") continue;
      const run = await sh(step, work, env);
      results.push({ step, ...run });
      if (run.code !== 0 && results.length > 1)
        throw new Error(`${step} failed (${run.code}): ${run.stderr}`);
    }
    after = { step: "after", ...(await sh(steps[0]!, work, env)) };
  } finally {
    await emulator.close();
  }

  // 1: the report names each change and what to do.
  const [report, apply] = results;
  expect(report!.code).toBe(1);
  expect(report!.stdout).toContain(
    [
      "  POST /match_targets/{id}/clone (match_targets_post_clone)",
      "    drift    new there (civis-python calls it client.match_targets.post_clone): add it to the spec as match_targets_post_clone",
    ].join("\n"),
  );
  expect(report!.stdout).toContain(
    "    drift    query parameter `order` accepts `updated_at` there: add it to the enum\n",
  );
  expect(report!.stdout).toContain(
    "    drift    query parameter `state` (string) is new there: add it to the spec\n",
  );
  // 3: all three taken in, nothing left.
  expect(apply!.step).toMatch(/--apply$/);
  expect(apply!.code).toBe(0);
  expect(apply!.stdout).toMatch(
    /^Applied to spec\/openapi\.yaml \(3 changes\):$/m,
  );
  expect(apply!.stdout).toMatch(/^0 drift, /m);
  expect(results.filter((r) => r.code !== 0)).toEqual([report]);
  // After it all, the live API and the spec agree.
  expect(after!.code).toBe(0);
  expect(after!.stdout).toMatch(/^No drift: spec\/openapi\.yaml matches/m);

  // The commit holds the spec, the generated files and the method table.
  const { stdout: committed } = await sh(
    "git show --name-only --format=%s HEAD",
    work,
    env,
  );
  expect(committed.split("\n").filter(Boolean).sort()).toEqual([
    "README.md",
    "Take in the API's changes",
    "generated/cli-help.ts",
    "generated/client-types.ts",
    "generated/methods.ts",
    "generated/schema.d.ts",
    "spec/openapi.yaml",
  ]);
  const table = readFileSync(join(work, "README.md"), "utf8");
  expect(table).toMatch(/\| `credentials\.list` .*`name`, `state`, `limit`/);
  expect(table).toMatch(
    /\| `match_targets\.post_clone` +\| `client\.match_targets\.post_clone\(id\)`/,
  );
}, 240_000);
