import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { editionYears } from "../programs/index.js";
import { orderPartialDates } from "./comparePartialDates.js";
import { editionCalendar } from "./editionCalendar.js";

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

  it("throws UNKNOWN_EDITION", () => {
    try {
      editionCalendar(2019);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("UNKNOWN_EDITION");
    }
  });
});
