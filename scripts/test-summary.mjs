// Prints the closing line of the test run, "N passed, N failed", from vitest's JSON report.
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(".vitest-results.json", "utf8"));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(
  `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
if (r.numFailedTests > 0 || r.numTotalTests === 0) process.exitCode = 1;
