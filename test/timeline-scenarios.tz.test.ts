/**
 * Scenarios replaying real editions; runs under TZ=UTC and TZ=America/Los_Angeles.
 */
import { describe, expect, it } from "vitest";
import {
  addKoreanBusinessDays,
  callStatusAt,
  comparePartialDates,
  editionCalendar,
  getEdition,
  getKoreanHoliday,
  isKoreanBusinessDay,
  koreanBusinessDaysBetween,
  upcomingDeadlines,
} from "../src/index.js";

describe("2021: the calendar from the seed and the facts", () => {
  const cal = editionCalendar(2021);

  it("lists call, results, appropriation, executors and track starts in order, with precision", () => {
    expect(cal.map((e) => [e.kind, e.date, e.precision])).toEqual([
      ["call-announced", "2021-02-17", "day"],
      ["call-opens", "2021-02-18", "day"],
      ["call-closes", "2021-04-19", "day"],
      ["appropriation", "2021-06", "month"],
      ["results-announced", "2021-06-23", "day"],
      ["executor-selected", "2021-07", "month"],
      ["track-start", "2021-07", "month"],
      ["track-start", "2021-08", "month"],
      ["track-start", "2021-08", "month"],
    ]);
    // seed: demonstrations start in July, planning in August
    expect(cal.find((e) => e.track === "solution-demonstration")?.date).toBe("2021-07");
    expect(cal.filter((e) => e.kind === "track-start" && e.date === "2021-08").map((e) => e.track)).toEqual([
      "urban-planning",
      "solution-planning",
    ]);
    expect(cal.find((e) => e.kind === "results-announced")?.sources).toContain("S16");
  });

  it("is honest about 'June 2021': appropriation overlaps the results day and precedes July", () => {
    expect(comparePartialDates("2021-06", "2021-06-22")).toBe("overlaps");
    expect(comparePartialDates("2021-06", "2021-07-01")).toBe("before");
  });

  it("closes the call at midnight Seoul time on 19 April", () => {
    for (const sp of getEdition(2021).subPrograms) {
      expect(callStatusAt(2021, sp.id, new Date("2021-04-19T14:00:00Z")).status).toBe("open");
      expect(callStatusAt(2021, sp.id, new Date("2021-04-19T15:00:00Z")).status).toBe("closed");
      // Los Angeles wall clock: 19 April 2021 08:00 PDT is 20 April 00:00 in Seoul
      expect(callStatusAt(2021, sp.id, "2021-04-19T08:00:00-07:00").status).toBe("closed");
    }
  });
});

describe("2024: rolling intake around 30 April and 1 May, Seoul time", () => {
  it("counts a proposal for 2024 until the end of 30 April in Seoul, then for 2025", () => {
    const before = callStatusAt(2024, "planning", "2024-04-30T23:59:59+09:00");
    expect(before).toMatchObject({ status: "open", intake: "rolling", countsForEdition: 2024 });
    const after = callStatusAt(2024, "planning", "2024-05-01T00:00:00+09:00");
    // year-round intake: still open after the cutoff, for the next edition
    expect(after).toMatchObject({ status: "open", countsForEdition: 2025 });
    // Still 30 April in Los Angeles, already 1 May in Seoul
    expect(callStatusAt(2024, "planning", "2024-04-30T09:00:00-07:00").countsForEdition).toBe(2025);
  });

  it("shows the cutoff as an upcoming deadline until it passes", () => {
    const ids = (at: string) => upcomingDeadlines(at, { years: [2024] }).map((d) => d.entry.kind);
    expect(ids("2024-04-30T14:59:59.999Z")).toEqual(["rolling-cutoff"]);
    expect(ids("2024-04-30T15:00:00Z")).toEqual([]);
  });

  it("knows the demonstration call had closed and its results were out by then", () => {
    expect(callStatusAt(2024, "overseas-demonstration", "2024-04-30T12:00:00Z").status).toBe(
      "results-announced",
    );
  });
});

describe("business days across Seollal, Chuseok and substitute holidays", () => {
  it("Seollal 2024 (9-11 Feb with a substitute holiday on Monday 12 Feb)", () => {
    expect(getKoreanHoliday("2024-02-12")?.name.ko).toBe("대체공휴일(설날)");
    expect(addKoreanBusinessDays("2024-02-08", 1)).toBe("2024-02-13");
    expect(koreanBusinessDaysBetween("2024-02-08", "2024-02-13")).toBe(1);
  });

  it("Chuseok 2021 (20-22 Sep) and the substitute holidays of 4 and 11 October 2021", () => {
    expect(addKoreanBusinessDays("2021-09-17", 1)).toBe("2021-09-23");
    expect(addKoreanBusinessDays("2021-10-01", 1)).toBe("2021-10-05");
    expect(addKoreanBusinessDays("2021-10-08", 1)).toBe("2021-10-12");
    expect(isKoreanBusinessDay("2021-10-11")).toBe(false);
    expect(koreanBusinessDaysBetween("2021-09-17", "2021-10-12")).toBe(12);
  });

  it("reads a Date by its Seoul day whatever the machine's zone", () => {
    // 2021-09-20T15:00Z = 21 Sep 00:00 KST (Chuseok); the same instant is still 20 Sep in Los Angeles.
    expect(isKoreanBusinessDay(new Date("2021-09-20T15:00:00Z"))).toBe(false);
    expect(addKoreanBusinessDays(new Date("2021-09-17T03:00:00Z"), 1).toISOString()).toBe(
      "2021-09-23T03:00:00.000Z",
    );
  });
});
