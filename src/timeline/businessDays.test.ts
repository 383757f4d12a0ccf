import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { addKoreanBusinessDays } from "./addKoreanBusinessDays.js";
import { isKoreanBusinessDay } from "./isKoreanBusinessDay.js";
import { koreanBusinessDaysBetween } from "./koreanBusinessDaysBetween.js";
import { getKoreanHoliday, KOREAN_HOLIDAY_COVERAGE, koreanHolidaysIn } from "./koreanHolidays.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : "NOT_KCN";
  }
  return undefined;
}

describe("isKoreanBusinessDay", () => {
  it("knows weekends, solar, lunar and substitute holidays", () => {
    expect(isKoreanBusinessDay("2021-09-17")).toBe(true);
    expect(isKoreanBusinessDay("2021-09-18")).toBe(false); // Saturday
    expect(isKoreanBusinessDay("2021-09-20")).toBe(false); // Chuseok eve
    expect(isKoreanBusinessDay("2021-09-21")).toBe(false); // Chuseok
    expect(isKoreanBusinessDay("2021-10-04")).toBe(false); // substitute (National Foundation Day)
    expect(isKoreanBusinessDay("2024-02-12")).toBe(false); // substitute (Seollal)
    expect(isKoreanBusinessDay("2024-04-10")).toBe(false); // election day
    expect(isKoreanBusinessDay("2024-05-01")).toBe(true);
    expect(isKoreanBusinessDay("2024-12-24T09:00")).toBe(true);
  });

  it("reads a Date as its day in Seoul", () => {
    // 2021-09-20T15:00Z is 21 September 00:00 in Seoul (Chuseok); 2021-09-23T14:59Z is still the 23rd.
    expect(isKoreanBusinessDay(new Date("2021-09-22T15:00:00Z"))).toBe(true);
    expect(isKoreanBusinessDay(new Date("2021-09-22T14:59:59Z"))).toBe(false);
  });

  it("throws YEAR_NOT_COVERED outside the table and INVALID_DATE for months", () => {
    expect(code(() => isKoreanBusinessDay("2017-12-29"))).toBe("YEAR_NOT_COVERED");
    expect(code(() => isKoreanBusinessDay("2028-01-03"))).toBe("YEAR_NOT_COVERED");
    expect(code(() => isKoreanBusinessDay("2021-09"))).toBe("INVALID_DATE");
    expect(code(() => isKoreanBusinessDay(new Date(Number.NaN)))).toBe("INVALID_DATE");
    expect(code(() => isKoreanBusinessDay(null as never))).toBe("INVALID_DATE");
  });
});

describe("addKoreanBusinessDays", () => {
  it("skips Chuseok, Seollal and substitute holidays", () => {
    expect(addKoreanBusinessDays("2021-09-17", 1)).toBe("2021-09-23");
    expect(addKoreanBusinessDays("2021-09-23", -1)).toBe("2021-09-17");
    expect(addKoreanBusinessDays("2021-10-01", 1)).toBe("2021-10-05");
    expect(addKoreanBusinessDays("2024-02-08", 1)).toBe("2024-02-13"); // Seollal 9-12 Feb 2024
    expect(addKoreanBusinessDays("2021-09-18", 1)).toBe("2021-09-23"); // from a weekend
    expect(addKoreanBusinessDays("2021-09-21", 0)).toBe("2021-09-21");
    expect(addKoreanBusinessDays("2021-09-17T17:00", 1)).toBe("2021-09-23T17:00");
    expect(addKoreanBusinessDays({ kind: "day", year: 2021, month: 9, day: 17 }, 1)).toEqual({
      kind: "day",
      year: 2021,
      month: 9,
      day: 23,
    });
  });

  it("keeps the Seoul time of day of a Date", () => {
    const d = addKoreanBusinessDays(new Date("2021-09-17T01:30:00Z"), 1);
    expect(d.toISOString()).toBe("2021-09-23T01:30:00.000Z");
  });

  it("refuses answers outside the table and bad amounts", () => {
    expect(code(() => addKoreanBusinessDays("2027-12-30", 5))).toBe("YEAR_NOT_COVERED");
    expect(code(() => addKoreanBusinessDays("2018-01-02", -5))).toBe("YEAR_NOT_COVERED");
    expect(code(() => addKoreanBusinessDays("2021-01-04", 1.5))).toBe("INVALID_INPUT");
    expect(code(() => addKoreanBusinessDays("2021-01-04", Number.NaN))).toBe("INVALID_INPUT");
  });
});

describe("koreanBusinessDaysBetween", () => {
  it("counts across Chuseok", () => {
    expect(koreanBusinessDaysBetween("2021-09-17", "2021-09-24")).toBe(2);
    expect(koreanBusinessDaysBetween("2021-09-24", "2021-09-17")).toBe(-2);
    expect(koreanBusinessDaysBetween("2021-09-17", "2021-09-17")).toBe(0);
    // 2021: 261 weekdays minus 12 weekday holidays
    expect(koreanBusinessDaysBetween("2020-12-31", "2021-12-31")).toBe(249);
  });

  const covered = fc
    .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2026, 11, 31) })
    .map((ms) => new Date(ms));

  it("round-trips with addKoreanBusinessDays (property)", () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: -250, max: 250 }), (date, n) => {
        let moved: Date;
        try {
          moved = addKoreanBusinessDays(date, n);
        } catch (e) {
          expect(isKcnError(e) && e.code).toBe("YEAR_NOT_COVERED");
          return;
        }
        expect(koreanBusinessDaysBetween(date, moved)).toBe(n);
        if (n !== 0) expect(isKoreanBusinessDay(moved)).toBe(true);
      }),
    );
  });

  it("agrees with a day-by-day count (property)", () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 0, max: 60 }), (date, days) => {
        const to = new Date(date.getTime() + days * 86_400_000);
        let count = 0;
        for (let i = 1; i <= days; i++) {
          if (isKoreanBusinessDay(new Date(date.getTime() + i * 86_400_000))) count++;
        }
        expect(koreanBusinessDaysBetween(date, to)).toBe(count);
      }),
    );
  });
});

describe("holidays", () => {
  it("names holidays in both languages", () => {
    expect(getKoreanHoliday("2021-09-21")?.name).toEqual({ en: "Chuseok", ko: "추석" });
    expect(getKoreanHoliday("2021-10-04")?.name.en).toBe("Substitute holiday (National Foundation Day)");
    expect(getKoreanHoliday("2021-09-23")).toBeUndefined();
    expect(koreanHolidaysIn(2021)).toHaveLength(18);
    expect(KOREAN_HOLIDAY_COVERAGE.first).toBeLessThanOrEqual(2020);
    expect(KOREAN_HOLIDAY_COVERAGE.last).toBeGreaterThanOrEqual(2027);
    expect(code(() => koreanHolidaysIn(2030))).toBe("YEAR_NOT_COVERED");
  });
});
