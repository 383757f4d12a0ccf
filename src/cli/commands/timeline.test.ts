import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-03-01T00:00:00Z") };
const run = (...argv: string[]) => runCli(argv, ctx);

describe("kcity timeline", () => {
  it("prints the 2021 calendar with month precision kept", () => {
    const out = run("timeline", "2021");
    expect(out.exitCode).toBe(0);
    // the closing day rests on a machine translation only (the reference's contradiction 2): it says so
    expect(out.stdout).toContain("19 April 2021     Applications close  (S33, machine-translated)\n");
    expect(out.stdout).toContain("18 February 2021  Applications open  (S5, S51)\n");
    expect(run("timeline", "2021", "--lang", "ko").stdout).toContain("신청 마감  (S33, 기계 번역)\n");
    // the seed announced the start as a plan
    expect(out.stdout).toContain(
      "July 2021         Demonstrations start (planned)  [smart-solution-demonstration]",
    );
    expect(run("timeline", "2021", "--lang", "ko").stdout).toContain("2021년 6월");
  });

  it("prints JSON and iCalendar", () => {
    const js = JSON.parse(run("timeline", "2021", "--json").stdout);
    expect(js.year).toBe(2021);
    expect(js.entries[2]).toMatchObject({ kind: "call-closes", date: "2021-04-19", precision: "day" });
    const ics = run("timeline", "2024", "--ics").stdout;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const comp = new ICAL.Component(ICAL.parse(ics));
    expect(comp.getAllSubcomponents("vevent").length).toBe(
      JSON.parse(run("timeline", "2024", "--json").stdout).entries.length,
    );
    expect(comp.getFirstPropertyValue("x-wr-calname")).toBe("K-City Network 2024");
  });

  it("exits 2 for an unknown or malformed year", () => {
    expect(run("timeline", "2019").exitCode).toBe(2);
    expect(run("timeline", "twenty").exitCode).toBe(2);
    expect(run("timeline").exitCode).toBe(2);
    // the same reading of <year> as kcity edition: the known years, not "NaN"
    expect(run("timeline").stderr).toBe(
      "kcity: INVALID_OPTIONS: Invalid options. Expected <year>, an edition year (2020, 2021, 2022, 2023, 2024, 2025, 2026)\n",
    );
    expect(run("timeline", "2024", "2025").stderr).toContain('received also "2025"');
  });
});

describe("kcity status", () => {
  it("derives the status on a day in Seoul", () => {
    const out = run("status", "2024", "--on", "2024-04-30");
    // one day is "1 day", and the dates line up
    const soon = run("deadlines", "--on", "2026-03-16");
    expect(soon.stdout).toContain("(1 day left, 1 business day)");
    // "counts for 2025" only while 2025 is not over
    expect(run("status", "2024", "--on", "2025-12-31").stdout).toContain(
      "(a proposal made then counts for 2025)",
    );
    expect(run("status", "2024", "--on", "2027-06-01").stdout).not.toContain("counts for");
    // --json with --ics: the calendar as a JSON string
    const ics = JSON.parse(run("timeline", "2021", "--ics", "--json").stdout);
    expect(ics.year).toBe(2021);
    expect(ics.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // a Seoul time with seconds; a refusal lists what --on takes, in English as in Korean
    expect(run("status", "2024", "--on", "2024-04-30T18:00:30").stdout.split("\n")[0]).toBe(
      "As of 2024-04-30 18:00 KST",
    );
    expect(run("status", "--on", "tomorrow").stderr).toContain(
      'Expected --on to be a day in Korea (YYYY-MM-DD), a Seoul time (YYYY-MM-DDTHH:MM) or an ISO 8601 date-time with an offset, received "tomorrow"',
    );
    // a date that does not exist says why, in the user's language
    expect(run("status", "--on", "2025-02-30").stderr).toMatch(
      /received "2025-02-30": Day 30 does not exist in 2025-02 \(it has 28 days\)\n$/,
    );
    expect(run("status", "--on", "2024-13-01", "--lang", "ko").stderr).toMatch(
      /받은 값 "2024-13-01": 13월은 없습니다\(01~12월\)\n$/,
    );
    expect(run("status", "--on", "0999-01-01").stderr).toContain(": Year 0999 is before 1000");
    // an instant is held to the same years in Seoul as a day: no "+010000-01 01T17" date, no 0999
    const past = run("status", "2024", "--on", "9999-12-31T23:00:00-09:00");
    expect(past.exitCode).toBe(2);
    expect(past.stdout).toBe("");
    expect(past.stderr).toContain("INVALID_DATE");
    expect(past.stderr).toContain("it is 10000-01-01 17:00 in Seoul, after the year 9999");
    expect(run("status", "2024", "--on", "1000-01-01T00:00:00+14:00").stderr).toContain(
      "it is 0999-12-31 19:00 in Seoul, before the year 1000",
    );
    expect(run("deadlines", "--on", "9999-12-31T23:00:00-09:00").exitCode).toBe(2);
    // the date an instant starts with is the fault, whatever follows it; a fault after the date
    // (second 60) gets the plain refusal
    expect(run("status", "--on", "2025-02-30T10:00:00Z").stderr).toMatch(
      /: Day 30 does not exist in 2025-02/,
    );
    expect(run("status", "--on", "2024-04-30T18:00:60").stderr).toMatch(/received "2024-04-30T18:00:60"\n$/);
    expect(run("status", "--on", "tomorrow").stderr).toMatch(/received "tomorrow"\n$/);
    // the day typed reads back as that day in Seoul
    expect(out.stdout.split("\n")[0]).toBe("As of 2024-04-30 00:00 KST");
    expect(run("status", "2024", "--on", "2024-04-29T15:30:00Z", "--lang", "ko").stdout.split("\n")[0]).toBe(
      "기준 시각 2024-04-30 00:30(한국 시간)",
    );
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/2024 {2}planning +Open \(a proposal made then counts for 2024\)/);
    const after = run("status", "2024", "--on", "2024-05-01");
    // the intake takes proposals all year: open after the cutoff, for 2025
    expect(after.stdout).toMatch(/2024 {2}planning +Open \(a proposal made then counts for 2025\)/);
    expect(run("status", "2024", "--on", "2024-05-01", "--lang", "ko").stdout).toContain(
      "\n2024  계획수립형 (planning)                접수 중 (이 시점에 제안하면 2025년 지원 대상)\n",
    );
  });

  it("uses ctx.now() without --on, and prints JSON", () => {
    const js = JSON.parse(run("status", "--json").stdout);
    expect(js.asOf).toBe("2026-03-01T00:00:00.000Z");
    expect(
      js.statuses.find(
        (s: { year: number; subProgramId: string }) =>
          s.year === 2026 && s.subProgramId === "overseas-demonstration",
      ).status,
    ).toBe("open");
  });

  it("accepts instants and refuses months", () => {
    // "~" marks an approximate status, and the legend says what it means, only when one is shown
    const approx = run("status", "2026", "--on", "2026-11-27").stdout;
    expect(approx).toContain("2026  planning                        Unknown (opening day not known) ~");
    expect(approx).toContain("~ approximate: a boundary date is known only to the month or not at all");
    expect(run("status", "2026", "--on", "2026-11-27", "--lang", "ko").stdout).toContain(
      "\n~ 근사치: 접수 시작·마감일이 월 단위로만 알려졌거나 알려지지 않아, 정확한 날짜가 확인되면 상태가 바뀔 수 있음\n",
    );
    expect(run("status", "2021", "--on", "2021-04-19T14:00:00Z").stdout).not.toContain("~");
    expect(run("status", "2021", "--on", "2021-04-19T14:00:00Z").stdout).toContain("Open");
    expect(run("status", "2021", "--on", "2021-04-19T15:00:00Z").stdout).toContain("Closed");
    const bad = run("status", "--on", "2021-06");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("INVALID_DATE");
    expect(run("status", "--on", "tomorrow").exitCode).toBe(2);
  });
});

describe("kcity status: a status resting on a day the sources do not state firmly", () => {
  it("marks it with † and names the day and its grade under the list", () => {
    const out = run("status", "2026", "--on", "2026-01-27T12:00").stdout;
    expect(out).toContain("2026  overseas-demonstration          Forthcoming †\n");
    expect(out).toMatch(
      /\n† the status depends on a boundary day the sources do not state firmly: 2026-01-28 \(inferred\)\n$/,
    );
    const ko = run("status", "2021", "--on", "2021-05-19T12:00", "--lang", "ko").stdout;
    expect(ko).toContain("접수 마감 †\n");
    expect(ko).toMatch(/\n† 출처에서 확정되지 않은 날짜에 따라 달라지는 상태: 2021-04-19 \(기계 번역\)\n$/);
    // once the results are out, the status rests on their day, which the sources give
    const after = run("status", "2021", "--on", "2021-07-01").stdout;
    expect(after).not.toContain("†");
    // 2024's days are stated (S27, S53): no mark
    expect(run("status", "2024", "--on", "2024-03-01").stdout).not.toContain("†");
  });
  it("looks at the opening day while the call is forthcoming or open, at the closing day while it is open or closed", () => {
    // open: the 2026 demonstration call rests on its inferred opening day (its closing day is stated)
    const open2026 = run("status", "2026", "--on", "2026-02-10").stdout;
    expect(open2026).toContain("2026  overseas-demonstration          Open †\n");
    expect(open2026).toMatch(
      /\n† the status depends on a boundary day the sources do not state firmly: 2026-01-28 \(inferred\)\n$/,
    );
    // closed on its stated closing day (17 March 2026): no mark
    expect(run("status", "2026", "--on", "2026-04-01").stdout).not.toContain("†");
    // open: the 2021 calls rest on their machine-translated closing day (their opening day is stated)
    expect(run("status", "2021", "--on", "2021-03-01").stdout).toBe(
      [
        "As of 2021-03-01 00:00 KST",
        "2021  smart-city-planning             Open †",
        "2021  smart-solution-planning         Open †",
        "2021  smart-solution-demonstration    Open †",
        "† the status depends on a boundary day the sources do not state firmly: 2021-04-19 (machine-translated)",
        "",
      ].join("\n"),
    );
    // every edition: each day once, in the order of the list
    expect(run("status", "--on", "2021-03-01", "--lang", "ko").stdout).toMatch(
      /\n† 출처에서 확정되지 않은 날짜에 따라 달라지는 상태: 2021-04-19 \(기계 번역\), 2026-01-28 \(추정\)\n$/,
    );
    expect(run("status", "--on", "2021-03-01").stdout).toMatch(
      /\n† the status depends on a boundary day the sources do not state firmly: 2021-04-19 \(machine-translated\), 2026-01-28 \(inferred\)\n$/,
    );
  });
});

describe("kcity deadlines", () => {
  it("lists deadlines ahead, with days and business days left", () => {
    const out = run("deadlines");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe(
      "17 March 2026  2026  Demonstration applications close  [overseas-demonstration]  (16 days left, 11 business days)\n",
    );
    expect(run("deadlines", "--lang", "ko").stdout).toContain("영업일 11일");
    const js = JSON.parse(run("deadlines", "--on", "2024-03-01", "--json").stdout);
    expect(js.deadlines[0].entry.id).toBe("2024/call-closes/overseas-demonstration/2024-03-19");
  });

  it("exits 1 when nothing is ahead", () => {
    const out = run("deadlines", "--on", "2027-01-01");
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain("No deadlines");
  });
});

describe("kcity status, timeline and deadlines in Korean", () => {
  it("name each sub-program by its Korean name first, its id in parentheses", () => {
    expect(run("status", "2024", "--on", "2024-05-01", "--lang", "ko").stdout).toBe(
      [
        "기준 시각 2024-05-01 00:00(한국 시간)",
        "2024  계획수립형 (planning)                접수 중 (이 시점에 제안하면 2025년 지원 대상)",
        "2024  해외실증형 (overseas-demonstration)  결과 발표",
        "",
      ].join("\n"),
    );
    expect(run("timeline", "2024", "--lang", "ko").stdout).toContain(
      "  해외실증형 신청 마감  [해외실증형 (overseas-demonstration)]  (S27)\n",
    );
    expect(run("deadlines", "--on", "2024-01-01", "--lang", "ko").stdout).toContain(
      "  2024  해외실증형 신청 마감  [해외실증형 (overseas-demonstration)]  (78일 남음, ",
    );
    expect(run("timeline", "2024").stdout).toContain("  [overseas-demonstration]  (S27)\n");
  });
  it("says 지금 of a proposal only when the date is now", () => {
    const now = (year: string) =>
      runCli(["status", year, "--lang", "ko"], { ...ctx, now: () => new Date("2024-05-01T00:00:00Z") });
    expect(now("2024").stdout).toContain("(지금 제안하면 2025년 지원 대상)");
    expect(run("status", "2024", "--on", "2024-05-01", "--lang", "ko").stdout).not.toContain("지금");
  });
  it("says 'now' of a proposal in English only when the date is now, 'made then' of a date given", () => {
    const now = runCli(["status", "2024"], { ...ctx, now: () => new Date("2024-05-01T00:00:00Z") });
    expect(now.stdout).toMatch(/\n2024 {2}planning +Open \(a proposal now counts for 2025\)\n/);
    const given = run("status", "2024", "--on", "2024-05-01").stdout;
    expect(given).toMatch(/\n2024 {2}planning +Open \(a proposal made then counts for 2025\)\n/);
    expect(given).not.toContain("now");
  });
});
