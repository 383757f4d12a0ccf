import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EligibilityIssue, EligibilitySeverity } from "./eligibilityIssue.js";
import { makeIssue, sortIssues } from "./evaluate.js";

const RULE = Object.freeze({ id: "test", sources: Object.freeze([]) });
const issue = (severity: EligibilitySeverity, n: number): EligibilityIssue =>
  makeIssue("RULE_UNKNOWN", [n], `finding ${n}`, `항목 ${n}`, RULE, severity);

describe("sortIssues", () => {
  it("puts errors first, then warnings, then infos, keeping the order within each (property)", () => {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom<EligibilitySeverity>("error", "warning", "info")), (sevs) => {
        const issues = sevs.map((s, i) => issue(s, i));
        const expected = [...issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
        const sorted = sortIssues([...issues]);
        expect(sorted).toEqual(expected);
        expect(Object.isFrozen(sorted)).toBe(true);
      }),
    );
  });

  it("makes issues with the optional expected and received only when given", () => {
    const bare = makeIssue("FUNDING_OUT_OF_RANGE", ["requestedFunding"], "en", "ko", RULE);
    expect(bare.severity).toBe("error");
    expect("expected" in bare || "received" in bare).toBe(false);
    const full = makeIssue("X", [], "en", "ko", RULE, "info", { expected: "a", received: "b" });
    expect(Object.keys(full)).toEqual([
      "code",
      "path",
      "message",
      "severity",
      "rule",
      "expected",
      "received",
    ]);
  });
});
