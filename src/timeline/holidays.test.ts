import * as all from "@hyunbinseo/holidays-kr/all";
import { describe, expect, it } from "vitest";
import { FIRST_HOLIDAY_YEAR, HOLIDAY_SOURCE, LAST_HOLIDAY_YEAR } from "./data/holidays.js";
import { holidayRows } from "./holidayTable.js";

const HOLIDAYS = holidayRows();

describe("the generated holiday table", () => {
  it("matches @hyunbinseo/holidays-kr exactly (regenerate with scripts/generate-holidays.ts)", () => {
    const fromPackage: [string, string][] = [];
    for (const preset of Object.values(all) as Record<string, readonly string[]>[]) {
      for (const [date, names] of Object.entries(preset)) fromPackage.push([date, names.join(", ")]);
    }
    fromPackage.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(HOLIDAYS.map(([date, , ko]) => [date, ko])).toEqual(fromPackage);
    expect(HOLIDAY_SOURCE).toMatch(/^@hyunbinseo\/holidays-kr@/);
  });

  it("covers every year the data needs (2020-2027) and is sorted", () => {
    expect(FIRST_HOLIDAY_YEAR).toBeLessThanOrEqual(2020);
    expect(LAST_HOLIDAY_YEAR).toBeGreaterThanOrEqual(2027);
    const dates = HOLIDAYS.map(([date]) => date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
});
