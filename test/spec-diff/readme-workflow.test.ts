// README.md "When the API changes", followed literally: in a copy of the
// repository, against an emulator whose API has moved on (it has one query
// parameter more than our spec), each command of the section's sh block runs
// in order with CIVIS_API_KEY and CIVIS_API_ENDPOINT set, and the manual step
// (the comment line) makes the edit the report asks for. `npm test` is not
// run: it is the suite that runs this test.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import { loadSpec } from "../../src/emulator/spec.js";
import { copyRepo, repoRoot as root } from "../helpers/repo-copy.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## When the API changes"),
  readme.indexOf("\n## ", readme.indexOf("## When the API changes") + 1),
);
const steps = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "")
  .split("\n")
  .filter((line) => line.trim() !== "");

// The API's change: credentials.list takes a `state` filter.
const anchor = [
  "          description: Return credentials whose name contains this string.",
  "          schema: { type: string }",
  "",
].join("\n");
const moved = (spec: string) =>
  spec.replace(
    anchor,
    anchor +
      [
        "        - name: state",
        "          in: query",
        "          description: Return only credentials for this U.S. state.",
        "          schema: { type: string }",
        "",
      ].join("\n"),
  );

// The repository as a maintainer has it (dependencies shared).
let work: string;
let removeWork = () => {};
beforeAll(async () => {
  ({ dir: work, remove: removeWork } = await copyRepo("civis-api-change-"));
});
afterAll(() => removeWork());

interface Result {
  step: string;
  code: number;
  stdout: string;
}

function npm(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      args,
      { cwd, env, encoding: "utf8", timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? Number(error.code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

it("README: diff against the live API, edit the spec, generate, diff again", async () => {
  expect(steps[0]).toMatch(/^npm run spec:diff -- --live\b/);
  expect(steps.filter((s) => s.startsWith("#"))).toHaveLength(1);
  expect(steps.at(-1)).toMatch(/^npm test\b/);

  const spec = readFileSync(join(root, "spec/openapi.yaml"), "utf8");
  expect(moved(spec)).not.toBe(spec);
  const movedSpec = join(work, "moved.yaml");
  writeFileSync(movedSpec, moved(spec));
  const emulator = await startEmulator({ port: 0, spec: loadSpec(movedSpec) });

  const env = {
    ...process.env,
    CIVIS_API_ENDPOINT: emulator.url,
    CIVIS_API_KEY: emulator.users[0]!.apiKey,
  };
  const generatedBefore = readFileSync(
    join(work, "generated/methods.ts"),
    "utf8",
  );

  const results: Result[] = [];
  try {
    for (const line of steps) {
      const step = line.replace(/\s+#.*$/, "").trim();
      if (step.startsWith("#")) {
        // The manual step: the edit the report asks for.
        const file = join(work, "spec/openapi.yaml");
        writeFileSync(file, moved(readFileSync(file, "utf8")));
        continue;
      }
      if (step === "npm test") continue;
      const [command, ...args] = step.split(/\s+/);
      expect(command).toBe("npm");
      const run = await npm(args, work, env);
      results.push({ step, code: run.code, stdout: run.stdout });
      if (run.code !== 0 && results.length > 1)
        throw new Error(`${step} failed (${run.code}): ${run.stderr}`);
    }
  } finally {
    await emulator.close();
  }

  const diffs = results.filter((r) => r.step.startsWith("npm run spec:diff"));
  expect(diffs).toHaveLength(2);
  // 1: the report names the change and what to do.
  expect(diffs[0]!.code).toBe(1);
  expect(diffs[0]!.stdout).toContain(
    [
      "  GET /credentials (credentials_list)",
      "    drift    query parameter `state` (string) is new there: add it to the spec",
    ].join("\n"),
  );
  // 6: nothing left.
  expect(diffs[1]!.code).toBe(0);
  expect(diffs[1]!.stdout).toMatch(/^0 drift, /m);
  expect(results.filter((r) => r.code !== 0)).toEqual([diffs[0]]);
  // The edit reached the generated data and the method table.
  const generatedAfter = readFileSync(
    join(work, "generated/methods.ts"),
    "utf8",
  );
  expect(generatedAfter).not.toBe(generatedBefore);
  expect(readFileSync(join(work, "README.md"), "utf8")).toMatch(
    /\| `credentials\.list` .*`name`, `state`, `limit`/,
  );
}, 180_000);
