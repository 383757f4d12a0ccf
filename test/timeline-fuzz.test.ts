import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addKoreanBusinessDays,
  callStatusAt,
  comparePartialDates,
  earliestInstant,
  editionCalendar,
  formatPartialDate,
  getKoreanHoliday,
  isKcnError,
  isKoreanBusinessDay,
  isOnOrAfterOpening,
  isOnOrBeforeDeadline,
  koreanBusinessDaysBetween,
  koreanHolidaysIn,
  latestInstant,
  milestoneStatusAt,
  milestonesAt,
  orderPartialDates,
  overdueMilestones,
  parsePartialDate,
  planSchedule,
  safeParsePartialDate,
  scheduleProgress,
  toICalendar,
  toMermaidGantt,
  toPartialDateString,
  toSeoulDate,
  upcomingDeadlines,
} from "../src/index.js";
import { junk as anyJunk } from "./hostile.js";

/** Anything: primitives, odd and hostile objects, dates (valid and not), and strings that look like dates. */
const junk = fc.oneof(
  anyJunk,
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    "2021",
    "2021-06",
    "2021-06-22",
    "2026-02-10T17:00",
    "2021-04-19T15:00:00Z",
    "2031-01-01",
    "",
  ),
  fc.string(),
);

const CALLS: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ["parsePartialDate", (a) => parsePartialDate(a)],
  ["toPartialDateString", (a) => toPartialDateString(a as never)],
  ["earliestInstant", (a) => earliestInstant(a as never)],
  ["latestInstant", (a) => latestInstant(a as never)],
  ["comparePartialDates", (a, b) => comparePartialDates(a as never, b as never)],
  ["orderPartialDates", (a, b) => orderPartialDates(a as never, b as never)],
  ["formatPartialDate", (a, b) => formatPartialDate(a as never, b as never)],
  ["isOnOrBeforeDeadline", (a, b) => isOnOrBeforeDeadline(a as never, b as never)],
  ["isOnOrAfterOpening", (a, b) => isOnOrAfterOpening(a as never, b as never)],
  ["toSeoulDate", (a) => toSeoulDate(a as never)],
  ["isKoreanBusinessDay", (a) => isKoreanBusinessDay(a as never)],
  ["addKoreanBusinessDays", (a, b) => addKoreanBusinessDays(a as never, b as never)],
  ["koreanBusinessDaysBetween", (a, b) => koreanBusinessDaysBetween(a as never, b as never)],
  ["getKoreanHoliday", (a) => getKoreanHoliday(a as never)],
  ["koreanHolidaysIn", (a) => koreanHolidaysIn(a as never)],
  ["editionCalendar", (a) => editionCalendar(a as never)],
  ["callStatusAt", (a, b, c) => callStatusAt(a as never, b as never, c as never)],
  ["upcomingDeadlines", (a, b) => upcomingDeadlines(a as never, b as never)],
  ["planSchedule", (a, b) => planSchedule(a as never, b as never)],
  ["milestoneStatusAt", (a, b, c) => milestoneStatusAt(a as never, b as never, c as never)],
  ["milestonesAt", (a, b, c) => milestonesAt(a as never, b as never, c as never)],
  ["overdueMilestones", (a, b, c) => overdueMilestones(a as never, b as never, c as never)],
  ["scheduleProgress", (a, b, c) => scheduleProgress(a as never, b as never, c as never)],
  ["toICalendar", (a, b) => toICalendar(a as never, b as never)],
  ["toMermaidGantt", (a, b) => toMermaidGantt(a as never, b as never)],
];

describe("timeline functions on junk input", () => {
  for (const [name, call] of CALLS) {
    it(`${name} answers or throws a KcnError, never a TypeError`, () => {
      fc.assert(
        fc.property(junk, junk, junk, (a, b, c) => {
          try {
            call(a, b, c);
          } catch (e) {
            if (!isKcnError(e)) throw e;
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("safeParsePartialDate never throws", () => {
    fc.assert(
      fc.property(junk, (a) => {
        expect(typeof safeParsePartialDate(a).ok).toBe("boolean");
      }),
    );
  });
});
