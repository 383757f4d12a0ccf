/**
 * Property tests for the timeline invariants of issue 6 that the unit suites do not already prove:
 * business-day arithmetic beyond the add-then-count round trip (count-then-add, composition,
 * additivity, antisymmetry), honest partial-date comparison, partial dates in JSON, milestone status
 * with actual dates, upcoming deadlines as asOf moves, schedules with a budget. Runs under TZ=UTC and
 * TZ=America/Los_Angeles (a .tz.test.ts file).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krw } from "../src/money/index.js";
import { editionYears } from "../src/programs/index.js";
import {
  addKoreanBusinessDays,
  comparePartialDates,
  earliestInstant,
  formatPartialDate,
  isKoreanBusinessDay,
  KOREAN_HOLIDAY_COVERAGE,
  koreanBusinessDaysBetween,
  latestInstant,
  MILESTONE_STATUSES,
  type MilestoneStatus,
  milestoneStatusAt,
  orderPartialDates,
  PartialDateSchema,
  PartialDateStringSchema,
  parsePartialDate,
  planSchedule,
  toPartialDateString,
  upcomingDeadlines,
} from "../src/timeline/index.js";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Days well inside the holiday table, so that moves of a few hundred business days stay covered. */
const dayArb = fc
  .integer({
    min: Date.UTC(KOREAN_HOLIDAY_COVERAGE.first + 1, 0, 1),
    max: Date.UTC(KOREAN_HOLIDAY_COVERAGE.last - 1, 11, 31),
  })
  .map((ms) => iso(ms - (ms % DAY)));
const businessDayArb = dayArb.filter((d) => isKoreanBusinessDay(d));
const n = fc.integer({ min: -120, max: 120 });

describe("Korean business days", () => {
  it("count then add round-trips: from a business day, adding the count to any business day lands on it", () => {
    fc.assert(
      fc.property(businessDayArb, businessDayArb, (a, b) => {
        expect(addKoreanBusinessDays(a, koreanBusinessDaysBetween(a, b))).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it("adding composes: add(add(d, x), y) == add(d, x + y) for steps of the same sign, and add(add(b, x), -x) == b from a business day", () => {
    fc.assert(
      fc.property(dayArb, businessDayArb, n, n, (d, b, x, y) => {
        if (Math.sign(x) * Math.sign(y) >= 0)
          expect(addKoreanBusinessDays(addKoreanBusinessDays(d, x), y)).toBe(addKoreanBusinessDays(d, x + y));
        expect(addKoreanBusinessDays(addKoreanBusinessDays(b, x), -x)).toBe(b);
        // moving forward never goes back, moving back never goes forward
        const moved = addKoreanBusinessDays(d, x);
        if (x > 0) expect(moved > d).toBe(true);
        if (x < 0) expect(moved < d).toBe(true);
        if (x === 0) expect(moved).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it("counting is additive over ordered days, antisymmetric between business days, and zero on the same day", () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, businessDayArb, businessDayArb, (p, q, r, a, b) => {
        const [x, y, z] = [p, q, r].sort();
        expect(koreanBusinessDaysBetween(x!, y!) + koreanBusinessDaysBetween(y!, z!)).toBe(
          koreanBusinessDaysBetween(x!, z!),
        );
        expect(koreanBusinessDaysBetween(x!, z!)).toBeGreaterThanOrEqual(0);
        expect(koreanBusinessDaysBetween(p, p)).toBe(0);
        expect(koreanBusinessDaysBetween(a, b) + koreanBusinessDaysBetween(b, a)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("gives a Date the same answers as its Seoul day, whatever its time of day", () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: DAY - 1 }), n, (d, offset, x) => {
        // the Seoul day d runs from d 00:00 +09:00 = (d - 1) 15:00Z for 24 hours
        const date = new Date(Date.parse(`${d}T00:00:00+09:00`) + offset);
        expect(isKoreanBusinessDay(date)).toBe(isKoreanBusinessDay(d));
        const moved = addKoreanBusinessDays(date, x);
        expect(iso(moved.getTime() + 9 * 3_600_000)).toBe(addKoreanBusinessDays(d, x));
        expect(moved.getTime() - date.getTime()).toBe(
          Date.parse(addKoreanBusinessDays(d, x)) - Date.parse(d),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** Real partial dates of every precision, leap days and month ends included. */
const partialArb = fc
  .tuple(
    fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2028, 11, 31) }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom(4, 7, 10, 16),
  )
  .map(([ms, h, mi, len]) =>
    `${iso(ms)}T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`.slice(0, len),
  );

describe("partial dates", () => {
  it("compare honestly: overlaps exactly when their spans in Korea time intersect; before and after are antisymmetric and transitive", () => {
    fc.assert(
      fc.property(partialArb, partialArb, partialArb, (a, b, c) => {
        const [a0, a1, b0, b1] = [
          earliestInstant(a),
          latestInstant(a),
          earliestInstant(b),
          latestInstant(b),
        ].map((d) => d.getTime());
        const rel = comparePartialDates(a, b);
        expect(rel).toBe(a1! < b0! ? "before" : b1! < a0! ? "after" : "overlaps");
        expect(comparePartialDates(b, a)).toBe(
          rel === "before" ? "after" : rel === "after" ? "before" : "overlaps",
        );
        if (rel === "before" && comparePartialDates(b, c) === "before")
          expect(comparePartialDates(a, c)).toBe("before");
        // orderPartialDates is a total order consistent with "before"
        expect(Math.sign(orderPartialDates(a, b)) + Math.sign(orderPartialDates(b, a))).toBe(0);
        if (rel === "before") expect(orderPartialDates(a, b)).toBeLessThan(0);
        if (orderPartialDates(a, b) === 0) expect(a).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trip losslessly through JSON: text form, object form, PartialDateSchema and PartialDateStringSchema", () => {
    fc.assert(
      fc.property(partialArb, (text) => {
        const d = parsePartialDate(text);
        const asText = JSON.parse(JSON.stringify({ at: toPartialDateString(d) })) as { at: string };
        expect(asText.at).toBe(text);
        expect(PartialDateSchema.parse(asText.at)).toEqual(d);
        expect(PartialDateStringSchema.parse(asText.at)).toBe(text);
        const asObject = JSON.parse(JSON.stringify(d)) as unknown;
        expect(parsePartialDate(asObject)).toEqual(d);
        expect(toPartialDateString(parsePartialDate(asObject))).toBe(text);
        // formatting names the year in both languages
        const year = text.slice(0, 4);
        expect(formatPartialDate(text, "en")).toContain(year);
        expect(formatPartialDate(text, "ko")).toContain(year);
      }),
      { numRuns: 500 },
    );
  });
});

describe("status as asOf moves forward", () => {
  const rank: Record<MilestoneStatus, number> = {
    scheduled: 0,
    overdue: 1,
    missed: 2,
    met: 3,
    "met-late": 3,
  };
  /** The OCDS 1.2 milestone status of each status, as docs/timelines.md gives it. */
  const OCDS: Record<MilestoneStatus, string> = {
    scheduled: "scheduled",
    met: "met",
    "met-late": "met",
    overdue: "notMet",
    missed: "notMet",
  };
  it("a milestone's status never goes backwards, with or without an actual date; once met it stays met", () => {
    const t = fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2024, 0, 1) });
    fc.assert(
      fc.property(
        partialArb.filter((d) => d.length >= 7 && d.length <= 10),
        fc.option(partialArb.filter((d) => d.length <= 10)),
        t,
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.integer({ min: 0, max: 120 }),
        (due, actual, t0, dt, grace) => {
          const at = (ms: number) =>
            milestoneStatusAt({ due }, new Date(ms), actual ?? undefined, { missedAfterDays: grace });
          const a = at(t0);
          const b = at(t0 + dt);
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
          if (rank[a] === 3) expect(b).toBe(a);
          expect([MILESTONE_STATUSES[a].ocds, MILESTONE_STATUSES[b].ocds]).toEqual([OCDS[a], OCDS[b]]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("upcoming deadlines only shrink as asOf moves forward, are ordered, ahead of asOf, and honour limit and withinDays", () => {
    const years = editionYears();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2019, 6, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 400 }),
        (t, dt, limit, within) => {
          const early = upcomingDeadlines(new Date(t));
          const late = upcomingDeadlines(new Date(t + dt));
          const earlyIds = new Set(early.map((d) => d.entry.id));
          for (const d of late) expect(earlyIds.has(d.entry.id)).toBe(true);
          for (let i = 1; i < early.length; i++)
            expect(orderPartialDates(early[i - 1]!.entry.date, early[i]!.entry.date)).toBeLessThanOrEqual(0);
          for (const d of early) {
            expect(Date.parse(d.closesAt)).toBeGreaterThanOrEqual(t);
            expect(d.daysLeft).toBeGreaterThanOrEqual(0);
            expect(years).toContain(d.entry.year);
          }
          expect(upcomingDeadlines(new Date(t), { limit })).toEqual(early.slice(0, limit));
          expect(upcomingDeadlines(new Date(t), { withinDays: within })).toEqual(
            early.filter((d) => d.daysLeft <= within),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("schedules", () => {
  it("split the budget exactly over the milestones, in due order, for any start, duration and budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2025, 11, 31) }),
        fc.integer({ min: 1, max: 30 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom("urban-planning" as const, "solution-planning" as const),
        (ms, months, budget, track) => {
          const s = planSchedule(
            { id: "p", track },
            { start: iso(ms), durationMonths: months, budget: krw(budget) },
          );
          const paid = s.milestones.reduce((sum, m) => sum + (m.payment?.amount ?? 0n), 0n);
          expect(paid).toBe(budget);
          expect(s.budget?.amount).toBe(budget);
          for (const m of s.milestones) expect((m.payment?.amount ?? 0n) >= 0n).toBe(true);
          for (let i = 1; i < s.milestones.length; i++)
            expect(s.milestones[i - 1]!.due <= s.milestones[i]!.due).toBe(true);
          expect(s.start <= s.end).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
