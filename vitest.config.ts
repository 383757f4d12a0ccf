import { defineConfig } from "vitest/config";

/**
 * Two projects: the whole suite in UTC, and the date-sensitive suites again under a zone far from
 * Seoul, so that no answer depends on the machine's time zone.
 */
export default defineConfig({
  test: {
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints last.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/**/*.test.ts", "src/cli/main.ts"] },
    projects: [
      {
        extends: true,
        test: {
          name: "utc",
          include: ["src/**/*.test.ts", "test/**/*.test.ts", "test/**/*.test-d.ts"],
          env: { TZ: "UTC" },
        },
      },
      {
        extends: true,
        test: {
          name: "tz-los-angeles",
          include: ["src/timeline/**/*.test.ts", "src/eligibility/**/*.test.ts", "test/**/*.tz.test.ts"],
          env: { TZ: "America/Los_Angeles" },
          typecheck: { enabled: false },
        },
      },
    ],
  },
});
