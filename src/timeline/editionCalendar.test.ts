import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { EDITION_2024, editionYears } from "../programs/index.js";
import { orderPartialDates } from "./comparePartialDates.js";
import { calendarOf, editionCalendar } from "./editionCalendar.js";

describe("editionCalendar", () => {
  it("is ordered, frozen, with unique ids, for every edition (property over years)", () => {
    for (const year of editionYears()) {
      const cal = editionCalendar(year);
      expect(Object.isFrozen(cal)).toBe(true);
      expect(new Set(cal.map((e) => e.id)).size).toBe(cal.length);
      for (let i = 1; i < cal.length; i++) {
        expect(
          orderPartialDates((cal[i - 1] as { date: string }).date, (cal[i] as { date: string }).date),
        ).toBeLessThanOrEqual(0);
      }
      for (const e of cal) {
        expect(e.year).toBe(year);
        expect(e.label.en.length * e.label.ko.length).toBeGreaterThan(0);
      }
    }
  });

  it("keeps month precision and adds intake windows the events do not list", () => {
    const cal2025 = editionCalendar(2025);
    expect(cal2025.find((e) => e.kind === "track-start")?.precision).toBe("month");
    const cal2022 = editionCalendar(2022);
    // both sub-programs' opening is one edition-wide event, so no duplicate from the intake
    expect(cal2022.filter((e) => e.kind === "call-opens")).toHaveLength(1);
  });

  it("derives each sub-program's intake window from its data when no event lists it", () => {
    // an edition whose events list nothing (as a new edition's data may start): the calendar still
    // has the opening and the close or cutoff of every sub-program, with the intake's sources
    const bare = { ...EDITION_2024, events: [] };
    const cal = calendarOf(bare);
    expect(cal.every((e) => e.origin === "intake")).toBe(true);
    expect(cal.map((e) => [e.subProgramId, e.kind, e.date])).toEqual([
      ["overseas-demonstration", "call-opens", "2024-01-30"],
      ["planning", "call-opens", "2024-01-30"],
      ["overseas-demonstration", "call-closes", "2024-03-19"],
      ["planning", "rolling-cutoff", "2024-04-30"],
    ]);
    const cutoff = cal.find((e) => e.kind === "rolling-cutoff");
    expect(cutoff?.label).toEqual({
      en: "Planning type: cutoff for 2024 (later proposals roll over to 2025)",
      ko: "계획수립형: 2024년 지원 마감 (이후 제안은 2025년으로 이월)",
    });
    expect(cutoff?.sources).toEqual(["S53", "S9", "S39"]);
    expect(cal.find((e) => e.kind === "call-opens" && e.subProgramId === "planning")?.label.en).toBe(
      "Planning type: year-round intake opens",
    );
  });

  it("throws UNKNOWN_EDITION", () => {
    try {
      editionCalendar(2019);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("UNKNOWN_EDITION");
    }
  });
});
