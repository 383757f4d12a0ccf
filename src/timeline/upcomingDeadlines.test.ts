import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { editionYears } from "../programs/index.js";
import { KIND_ORDER } from "./editionCalendar.js";
import { upcomingDeadlines } from "./upcomingDeadlines.js";

/** The code and `details.option` of the refusal, or `"ok"`. */
function refusal(f: () => unknown): unknown {
  try {
    f();
    return "ok";
  } catch (e) {
    return isKcnError(e) ? [e.code, e.details.option] : e;
  }
}

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

  it("orders by the earliest instant a deadline could fall on: a month before a later day in it", () => {
    const list = upcomingDeadlines("2022-05-01T00:00:00+09:00", {
      kinds: ["call-closes", "review"],
      years: [2022],
    });
    const [month, day] = list;
    expect([month?.entry.date, day?.entry.date]).toEqual(["2022-05", "2022-05-20"]);
    // the month's daysLeft counts to its end, the day's to the day: larger, though it may come first
    expect([month?.daysLeft, day?.daysLeft]).toEqual([30, 19]);
    const first = upcomingDeadlines("2022-05-01T00:00:00+09:00", {
      kinds: ["call-closes", "review"],
      years: [2022],
      limit: 1,
    });
    expect(first.map((d) => d.entry.date)).toEqual(["2022-05"]);
  });

  it("can list other kinds and refuses bad options", () => {
    const r = upcomingDeadlines("2021-06-01T00:00:00Z", { kinds: ["results-announced"], years: [2021] });
    expect(r.map((d) => d.entry.date)).toEqual(["2021-06-23"]);
    expect(() => upcomingDeadlines("2021-06-01T00:00:00Z", { limit: -1 })).toThrowError(/limit/);
  });

  it("refuses a misspelt kind, naming the option and the allowed kinds", () => {
    const at = "2024-01-01T00:00:00Z";
    try {
      upcomingDeadlines(at, { kinds: ["call-close" as never] });
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && [e.code, e.details.option, e.details["received"]]).toEqual([
        "INVALID_OPTIONS",
        "kinds",
        '"call-close"',
      ]);
      expect((e as Error).message).toBe(
        `Expected kinds from ${KIND_ORDER.join(", ")}, received "call-close"`,
      );
    }
    // one bad kind among good ones is refused too; every real kind is accepted
    expect(refusal(() => upcomingDeadlines(at, { kinds: ["call-closes", "Call-Closes" as never] }))).toEqual([
      "INVALID_OPTIONS",
      "kinds",
    ]);
    expect(refusal(() => upcomingDeadlines(at, { kinds: [...KIND_ORDER] }))).toBe("ok");
    expect(upcomingDeadlines(at, { kinds: ["call-closes"] }).length).toBeGreaterThan(0);
  });

  it("refuses a year without an edition as findProjects does, a year that is not a number among them", () => {
    const at = "2024-01-01T00:00:00Z";
    try {
      upcomingDeadlines(at, { years: [2024, 2099] });
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && [e.code, e.details["known"]]).toEqual(["UNKNOWN_EDITION", [...editionYears()]]);
    }
    for (const y of ["2024", 2024.5, null, Number.NaN]) {
      expect(refusal(() => upcomingDeadlines(at, { years: [y as never] }))).toEqual([
        "UNKNOWN_EDITION",
        undefined,
      ]);
    }
    expect(refusal(() => upcomingDeadlines(at, { years: [2019] }))).toEqual(["UNKNOWN_EDITION", undefined]);
    expect(refusal(() => upcomingDeadlines(at, { years: [2020, 2026] }))).toBe("ok");
  });

  it("accepts exactly the edition years and the calendar kinds (property)", () => {
    const years = editionYears();
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(...years)),
        fc.oneof(fc.string(), fc.constantFrom(...KIND_ORDER)),
        (year, kind) => {
          const r = refusal(() =>
            upcomingDeadlines("2024-01-01T00:00:00Z", { years: [year], kinds: [kind as never] }),
          );
          const want = !KIND_ORDER.includes(kind as never)
            ? ["INVALID_OPTIONS", "kinds"]
            : years.includes(year)
              ? "ok"
              : ["UNKNOWN_EDITION", undefined];
          expect(r).toEqual(want);
        },
      ),
    );
  });
});
