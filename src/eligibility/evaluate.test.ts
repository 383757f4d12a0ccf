import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo2024 } from "../../test/eligibility.fixtures.js";
import { checkEligibility } from "./checkEligibility.js";
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
    const full = makeIssue("RULE_UNKNOWN", [], "en", "ko", RULE, "info", { expected: "a", received: "b" });
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

describe("shared RULE_UNKNOWN findings", () => {
  const demo2023 = (consortium: readonly unknown[]) => ({
    ...demo2024(),
    year: 2023,
    submittedAt: "2023-05-20T10:00:00+09:00",
    consortium,
  });
  const lead = demo2024().consortium[0];
  const host = demo2024().consortium[1];
  const unknownLeadPath = (r: ReturnType<typeof checkEligibility>) =>
    r.issues.find((i) => i.code === "RULE_UNKNOWN" && i.rule.id.endsWith("/lead-types"))?.path;

  it("point at the lead wherever it stands in the consortium, call after call", () => {
    for (let round = 0; round < 2; round++) {
      expect(unknownLeadPath(checkEligibility(demo2023([lead, host])))).toEqual(["consortium", 0, "type"]);
      expect(unknownLeadPath(checkEligibility(demo2023([host, lead])))).toEqual(["consortium", 1, "type"]);
    }
  });

  it("are the same frozen finding for the same place", () => {
    const a = checkEligibility(demo2023([lead, host])).issues;
    const b = checkEligibility(demo2023([lead, host])).issues;
    const unknownA = a.filter((i) => i.code === "RULE_UNKNOWN");
    expect(unknownA.length).toBeGreaterThan(0);
    expect(unknownA).toEqual(b.filter((i) => i.code === "RULE_UNKNOWN"));
    expect(unknownA[0]).toBe(b.find((i) => i.code === "RULE_UNKNOWN"));
  });
});
