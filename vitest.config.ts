// Two projects, both run by `vitest run` (so by `npm test`): the tests that
// start the TypeScript toolchain or npm itself (tsc on a consumer, npm pack,
// a build, the language service, a spec edit regenerated in a copy of the
// repository) take most of the suite's time; `npm run test:fast` runs the
// rest alone. One worker a core: most files wait on sockets, timers and
// child processes more than they compute. The fast files share their
// workers' module cache (no isolation): importing the client and the
// emulator again for each file was most of their time. So a fast file
// restores what it changes (a global, the environment, the gate's clock).
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const TOOLCHAIN = [
  "test/drill/api-change.test.ts",
  "test/editor/**/*.test.ts",
  "test/package/consumer.test.ts",
  "test/readme.test.ts",
  "test/spec-diff/readme-workflow.test.ts",
];

/** The toolchain files first: the longest, they would otherwise start last. */
class ToolchainFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.project.name === "toolchain";
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

export default defineConfig({
  test: {
    maxWorkers: "100%",
    sequence: { sequencer: ToolchainFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          isolate: false,
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...TOOLCHAIN],
        },
      },
      { extends: true, test: { name: "toolchain", include: TOOLCHAIN } },
    ],
  },
});
