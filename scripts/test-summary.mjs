// Prints the closing line of the test run, "N passed, N failed", from vitest's JSON report.
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(".vitest-results.json", "utf8"));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
// A file that fails outside any test (it does not load, or a type error outside an `it`) fails the
// run without adding a failed test: it is counted apart, so that the line never says "0 failed" of a
// failed run.
const failedFiles = r.numFailedTestSuites ?? 0;
console.log(
  `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}${
    r.success === false && r.numFailedTests === 0
      ? ` (the run failed: ${failedFiles} failed file(s) or suite(s))`
      : ""
  }`,
);
if (r.numFailedTests > 0 || r.numTotalTests === 0 || r.success === false) process.exitCode = 1;
