import { defineConfig } from "vitest/config";

/**
 * Three projects: the whole suite in UTC, the date-sensitive suites again under a zone far from
 * Seoul (so that no answer depends on the machine's time zone), and the type tests (`*.test-d.ts`),
 * which are never run: `tsc` checks them, and each `expectTypeOf` or unused `@ts-expect-error` that
 * does not hold fails its test (TypeCheckError).
 *
 * The type-test project sets `typecheck.enabled` itself: Vitest does not pass the CLI's
 * `--typecheck` on to projects.
 */
export default defineConfig({
  test: {
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints last.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/**/*.test.ts", "src/cli/main.ts"] },
    projects: [
      {
        extends: true,
        test: {
          name: "utc",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          env: { TZ: "UTC" },
        },
      },
      {
        extends: true,
        test: {
          name: "tz-los-angeles",
          include: ["src/timeline/**/*.test.ts", "src/eligibility/**/*.test.ts", "test/**/*.tz.test.ts"],
          env: { TZ: "America/Los_Angeles" },
        },
      },
      {
        extends: true,
        test: {
          name: "types",
          // `tsc -p tsconfig.json` checks the whole project, so a type error outside the test files
          // fails the run too (as an unhandled source error).
          typecheck: {
            enabled: true,
            only: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
    ],
  },
});
