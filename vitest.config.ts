import { defineConfig } from "vitest/config";

// In CI a JSON report is written too, so that .ci/run can print one plain
// "N passed, N failed" line.
export default defineConfig({
  test: {
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: ".vitest-report.json" }]]
      : ["default"],
  },
});
