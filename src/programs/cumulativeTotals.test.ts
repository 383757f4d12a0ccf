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
    // the reason gives the data's count of countries beside the statement's, in both languages
    expect([l?.computedProjects, l?.computedCountries]).toEqual([47, 25]);
    expect(l?.reason.en).toMatch(
      /^The data give 47 projects in 25 countries, the statement 49 projects in 26 countries: /,
    );
    expect(l?.reason.ko).toMatch(/^자료 집계 25개국 47건, 발표 26개국 49건: /);
    expect(cumulativeTotals(2023).lines.at(-1)?.reason).toEqual({
      en: "The data give 41 projects in 23 countries, as stated.",
      ko: "자료 집계 23개국 41건으로 발표와 같습니다.",
    });
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
