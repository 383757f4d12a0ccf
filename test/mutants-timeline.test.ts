/**
 * Tests that pin documented timeline behaviour which mutation testing showed no other test checked:
 * each `it` names the mutant (a realistic bug) it fails on.
 */
import { describe, expect, it } from "vitest";
import {
  addKoreanBusinessDays,
  callStatusAt,
  isKcnError,
  koreanHolidaysIn,
  milestoneStatusAt,
  milestonesAt,
  overdueMilestones,
  planSchedule,
  scheduleProgress,
  toICalendar,
  toMermaidGantt,
  upcomingDeadlines,
} from "../src/index.js";

/** Paths of the plain objects and arrays reachable from `value` that are not frozen. */
function unfrozen(value: unknown, path = "result", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return here.concat(...Object.entries(value).map(([k, v]) => unfrozen(v, `${path}.${k}`, seen)));
}

/** The KcnError thrown by `f` (code, message and details), or `undefined` when it returns. */
function thrown(
  f: () => unknown,
): { code: string; message: string; details: Record<string, unknown> } | undefined {
  try {
    f();
  } catch (e) {
    if (isKcnError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  return undefined;
}

const nairobi = { id: "2021-ke-nairobi", track: "urban-planning" } as const;

describe("planSchedule", () => {
  it("plans a smart solution planning study for 12 months by default, as every planning track", () => {
    // mutant: only urban planning defaulted to 12 months; solution planning ran to 31 December
    const s = planSchedule({ id: "p", track: "solution-planning" }, { start: "2021-08-02" });
    expect([s.start, s.end, s.durationMonths]).toEqual(["2021-08-02", "2022-08-02", 12]);
    expect(s.milestones.at(-1)?.due).toBe("2022-08-02");
  });

  it("takes a duration of up to 36 months and refuses 37", () => {
    // mutant: the upper bound let 37 months through
    expect(planSchedule(nairobi, { start: "2021-08-02", durationMonths: 36 }).end).toBe("2024-08-02");
    const e = thrown(() => planSchedule(nairobi, { start: "2021-08-02", durationMonths: 37 }));
    expect([e?.code, e?.details["option"]]).toEqual(["INVALID_OPTIONS", "durationMonths"]);
  });

  it("plans a project that starts before the holiday table and ends on its first day without throwing", () => {
    // mutant: moving the end (New Year's Day 2018, a holiday) back to a business day threw
    // YEAR_NOT_COVERED, as no business day of the table comes before it; planSchedule documents no
    // such error, and leaves days outside the table (2017) as they are, whatever day of the week
    const s = planSchedule(nairobi, { start: "2017-10-01", durationMonths: 3 });
    expect([s.start, s.end]).toEqual(["2017-10-01", "2018-01-01"]);
    // 1 October 2017 is a Sunday, outside the table: the kickoff stays on it
    expect(s.milestones[0]?.due).toBe("2017-10-01");
    // no due day falls after the end
    for (const m of s.milestones) expect(m.due <= s.end).toBe(true);
  });
});

describe("addKoreanBusinessDays beyond the holiday table", () => {
  it("says on which side of the table the answer falls", () => {
    // mutant: the message said "after" for an answer before 2018 too
    const before = thrown(() => addKoreanBusinessDays("2018-01-03", -5));
    expect(before?.code).toBe("YEAR_NOT_COVERED");
    expect(before?.message).toMatch(/falls before it$/);
    const after = thrown(() => addKoreanBusinessDays("2027-12-29", 5));
    expect(after?.code).toBe("YEAR_NOT_COVERED");
    expect(after?.message).toMatch(/falls after it$/);
  });
});

describe("toICalendar descriptions", () => {
  const item = { id: "x", label: { en: "Applications close", ko: "신청 마감" }, date: "2021-04-19" } as const;

  it("writes the sources in the calendar's language", () => {
    // mutant: the Korean calendar said "Sources" instead of "출처"
    const withSources = { ...item, sources: ["S33"] };
    expect(toICalendar([withSources], { lang: "ko" })).toContain("\r\nDESCRIPTION:출처: S33\r\n");
    expect(toICalendar([withSources])).toContain("\r\nDESCRIPTION:Sources: S33\r\n");
  });

  it("writes no description for an empty list of sources", () => {
    // mutant: an empty list wrote "DESCRIPTION:Sources: "
    const ics = toICalendar([{ ...item, sources: [] }]);
    expect(ics).not.toContain("DESCRIPTION");
    expect(ics).not.toContain("Sources");
  });

  it("spans a date known only to the year over the whole year, and says so", () => {
    // mutant: only a month got the precision note
    const year = { ...item, date: "2021" } as const;
    const ics = toICalendar([year]);
    expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20220101\r\n");
    expect(ics).toContain("\r\nDESCRIPTION:Date known only to the year\r\n");
    expect(ics).toContain("\r\nX-KCN-PRECISION:year\r\n");
    expect(toICalendar([year], { lang: "ko" })).toContain("\r\nDESCRIPTION:연 단위로만 알려진 날짜\r\n");
  });
});

describe("toMermaidGantt", () => {
  const s = planSchedule(nairobi, { start: "2021-08-02" });

  it("names the sections and the project bar in Korean", () => {
    // mutant: the milestone section stayed "Milestones" in Korean
    expect(toMermaidGantt(s, { lang: "ko" }).split("\n").slice(4, 7)).toEqual([
      "  section 사업",
      "  사업 기간 :active, project, 2021-08-02, 2022-08-02",
      "  section 마일스톤",
    ]);
  });

  it("replaces the characters Mermaid reserves (: ; #) in a title with look-alikes", () => {
    // mutant: a semicolon became "＃"
    expect(toMermaidGantt(s, { title: "K-City: plan; #1" }).split("\n")[1]).toBe(
      "  title K-City∶ plan； ＃1",
    );
  });
});

describe("milestone statuses", () => {
  const s = planSchedule(nairobi, { start: "2021-08-02" });

  it("turns an overdue milestone into missed only when more than 90 days have passed since its due day", () => {
    // mutant: missed already at exactly 90 days. Due 3 February 2022: the 90 days end with 4 May
    // 2022 in Seoul (14:59:59.999 UTC); from 00:00 on 5 May in Seoul it is missed
    const due = { due: "2022-02-03" } as const;
    expect(milestoneStatusAt(due, new Date("2022-05-04T14:59:59.999Z"))).toBe("overdue");
    expect(milestoneStatusAt(due, new Date("2022-05-04T15:00:00.000Z"))).toBe("missed");
  });

  it("counts milestones met late in the share of milestones met", () => {
    // mutant: the share counted only milestones met on time
    const actuals = { kickoff: "2021-08-02", "inception-report": "2021-09-20" };
    const p = scheduleProgress(s, "2022-02-10T00:00:00Z", actuals);
    expect([p.counts.met, p.counts["met-late"]]).toEqual([1, 1]);
    expect(p.share).toBe(2 / 6);
  });

  it("lists missed milestones among the overdue ones", () => {
    // mutant: overdueMilestones kept the overdue ones and dropped the missed. On 1 September 2022,
    // with nothing met, the first four are more than 90 days late; the final report (27 June) and
    // the completion (2 August) are not yet
    const late = overdueMilestones(s, "2022-09-01T00:00:00Z");
    expect(late.map((m) => [m.kind, m.status])).toEqual([
      ["kickoff", "missed"],
      ["inception-report", "missed"],
      ["training-course", "missed"],
      ["interim-report", "missed"],
      ["final-report", "overdue"],
      ["completion", "overdue"],
    ]);
  });

  it("gives no met day for a milestone whose actual day is after asOf", () => {
    // mutant: `met` carried the actual day even though it is not known yet at asOf
    const [kickoff] = milestonesAt(s, "2021-08-10T00:00:00Z", { kickoff: "2021-09-01" });
    expect(kickoff?.status).toBe("overdue");
    expect(kickoff !== undefined && "met" in kickoff).toBe(false);
    const [later] = milestonesAt(s, "2021-09-02T00:00:00Z", { kickoff: "2021-09-01" });
    expect([later?.status, later?.met]).toEqual(["met-late", "2021-09-01"]);
  });
});

describe("callStatusAt for a rolling intake", () => {
  it("counts a proposal for 2024 up to the last instant of 30 April 2024 in Seoul", () => {
    // mutant: the last millisecond of the cutoff day already counted for 2025
    const at = (iso: string) => callStatusAt(2024, "planning", new Date(iso)).countsForEdition;
    expect(at("2024-04-30T14:59:59.999Z")).toBe(2024);
    expect(at("2024-04-30T15:00:00.000Z")).toBe(2025);
  });
});

describe("results are frozen all the way down (CHANGELOG: returned results are frozen)", () => {
  it("freezes the holidays of a year", () => {
    // mutant: koreanHolidaysIn returned an unfrozen array
    const h = koreanHolidaysIn(2021);
    expect(h).toHaveLength(18);
    expect(unfrozen(h)).toEqual([]);
  });

  it("freezes the list of upcoming deadlines", () => {
    // mutant: upcomingDeadlines returned an unfrozen array
    const d = upcomingDeadlines("2026-03-01T00:00:00Z");
    expect(d.map((x) => x.entry.id)).toEqual(["2026/call-closes/overseas-demonstration/2026-03-17"]);
    expect(unfrozen(d)).toEqual([]);
  });

  it("freezes a call status", () => {
    // mutant: callStatusAt returned an unfrozen object
    const c = callStatusAt(2021, "smart-city-planning", "2021-04-19T14:00:00Z");
    expect(c.status).toBe("open");
    expect(unfrozen(c)).toEqual([]);
  });
});
