import { describe, expect, it } from "vitest";
import { CUMULATIVE_STATEMENTS, cumulativeTotals } from "./cumulativeTotals.js";
import { editionYears } from "./listEditions.js";

describe("cumulativeTotals", () => {
  it("counts projects and distinct countries through a year", () => {
    expect([cumulativeTotals(2020).projects, cumulativeTotals(2020).countries.length]).toEqual([12, 11]);
    expect([cumulativeTotals(2022).projects, cumulativeTotals(2022).countries.length]).toEqual([33, 21]);
    expect(cumulativeTotals(2023).complete).toBe(true);
    expect(cumulativeTotals(2024).complete).toBe(false);
  });

  it("lists only the statements up to the year, each with a verdict and a bilingual reason", () => {
    expect(cumulativeTotals(2021).lines.map((l) => l.statement.throughYear)).toEqual([2020, 2021]);
    const l = cumulativeTotals(2024).lines.at(-1);
    expect(l?.verdict).toBe("does-not-match");
    expect(l?.gaps.map((g) => g.en)).toEqual([
      "2024 Planning type: 2 of 2 selected projects not known (count inferred)",
    ]);
    expect(l?.reason.ko).toContain("2024년 계획수립형: 선정 2건 중 2건 미확인");
  });

  it("never decreases as the year grows", () => {
    let prev = 0;
    for (const y of editionYears()) {
      const t = cumulativeTotals(y);
      expect(t.projects).toBeGreaterThanOrEqual(prev);
      prev = t.projects;
    }
  });

  it("states MOLIT's totals in order", () => {
    expect(CUMULATIVE_STATEMENTS.map((s) => s.asOf)).toEqual(
      [...CUMULATIVE_STATEMENTS.map((s) => s.asOf)].sort(),
    );
    expect(() => cumulativeTotals(2019)).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDITION" }));
  });
});
