import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { editionYears, getEdition } from "../programs/index.js";
import { CALL_STATUS_LABELS, type CallStatusCode, callStatusAt } from "./callStatusAt.js";
import { orderPartialDates } from "./comparePartialDates.js";
import { editionCalendar } from "./editionCalendar.js";
import { upcomingDeadlines } from "./upcomingDeadlines.js";

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

const RANK: Record<CallStatusCode, number> = { forthcoming: 0, open: 1, closed: 2, "results-announced": 3 };

describe("callStatusAt", () => {
  it("follows the 2021 call in Korea time", () => {
    const at = (iso: string) => callStatusAt(2021, "smart-city-planning", iso).status;
    expect(at("2021-02-17T14:59:59Z")).toBe("forthcoming");
    expect(at("2021-02-17T15:00:00Z")).toBe("open");
    expect(at("2021-04-19T14:00:00Z")).toBe("open");
    expect(at("2021-04-19T15:00:00Z")).toBe("closed");
    expect(at("2021-06-21T14:59:59Z")).toBe("closed");
    expect(at("2021-06-21T15:00:00Z")).toBe("results-announced");
    expect(callStatusAt(2021, "smart-city-planning", "2021-05-01T00:00:00Z").label).toEqual(
      CALL_STATUS_LABELS.closed,
    );
  });

  it("never goes backwards as asOf moves forward (property)", () => {
    const subs = editionYears().flatMap((y) => getEdition(y).subPrograms.map((s) => [y, s.id] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...subs),
        fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        ([year, id], t, dt) => {
          const a = callStatusAt(year, id, new Date(t));
          const b = callStatusAt(year, id, new Date(t + dt));
          expect(RANK[b.status]).toBeGreaterThanOrEqual(RANK[a.status]);
          if (a.countsForEdition !== undefined && b.countsForEdition !== undefined) {
            expect(b.countsForEdition).toBeGreaterThanOrEqual(a.countsForEdition);
          }
        },
      ),
    );
  });

  it("throws for unknown sub-programs and bad instants", () => {
    expect(() => callStatusAt(2021, "nope", "2021-01-01T00:00:00Z")).toThrowError();
    expect(() => callStatusAt(2021, "smart-city-planning", "2021-01-01")).toThrowError(/asOf/);
  });
});

describe("upcomingDeadlines", () => {
  it("lists deadlines not yet past, soonest first", () => {
    const list = upcomingDeadlines("2024-03-19T14:59:59Z", { years: [2024] });
    expect(list.map((d) => d.entry.id)).toEqual([
      "2024/call-closes/overseas-demonstration/2024-03-19",
      "2024/rolling-cutoff/planning/2024-04-30",
    ]);
    expect(list[0]?.daysLeft).toBe(0);
    expect(list[0]?.businessDaysLeft).toBe(0);
    expect(upcomingDeadlines("2024-03-19T15:00:00Z", { years: [2024] })).toHaveLength(1);
    expect(upcomingDeadlines("2024-01-01T00:00:00Z", { limit: 1 })).toHaveLength(1);
    expect(upcomingDeadlines("2024-01-01T00:00:00Z", { withinDays: 30 })).toHaveLength(0);
    expect(upcomingDeadlines("2030-01-01T00:00:00Z")).toHaveLength(0);
  });

  it("can list other kinds and refuses bad options", () => {
    const r = upcomingDeadlines("2021-06-01T00:00:00Z", { kinds: ["results-announced"], years: [2021] });
    expect(r.map((d) => d.entry.date)).toEqual(["2021-06-22"]);
    expect(() => upcomingDeadlines("2021-06-01T00:00:00Z", { limit: -1 })).toThrowError(/limit/);
  });
});
